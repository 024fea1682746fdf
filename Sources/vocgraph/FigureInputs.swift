import ArgumentParser
import Extraction
import Foundation

/// Reading documents and writing reports for the figure commands.
enum FigureInputs {
    /// The document at `path`, decoded from UTF-8 or GB18030 as `extract` does.
    static func document(at path: String) throws -> Document {
        try Document(contentsOf: path)
    }

    /// Pretty, key-sorted JSON of `value`, with a final newline.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return (String(data: data, encoding: .utf8) ?? "") + "\n"
    }
}
