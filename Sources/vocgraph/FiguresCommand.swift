import ArgumentParser
import Extraction
import Foundation

/// `vocgraph figures FILE --json`: observations and targets of one document (temporary, until
/// `extract --json` includes them).
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Print the observations and targets of a document as an extraction report.")

    @Argument(help: "A UTF-8 text document.")
    var file: String

    @Flag(help: "Print the extraction report as JSON (the only format for now).")
    var json = false

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    func run() throws {
        try CLI.run {
            let document = try FigureInputs.document(at: file)
            let report = FigureRecognizer().report(for: document)
            try CLI.emit(try FigureInputs.json(report), to: output)
        }
    }
}

/// Reading documents and writing reports for the figure commands.
enum FigureInputs {
    /// The document at `path`, decoded as UTF-8.
    static func document(at path: String) throws -> Document {
        let url = URL(fileURLWithPath: path)
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(path): not UTF-8 text")
        }
        return Document(name: url.lastPathComponent, text: text)
    }

    /// Pretty, key-sorted JSON of `value`, with a final newline.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return (String(data: data, encoding: .utf8) ?? "") + "\n"
    }
}
