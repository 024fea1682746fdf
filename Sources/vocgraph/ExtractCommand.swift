import ArgumentParser
import Extraction
import Foundation
import RaptorIO

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract organisations, relations and cited policies from one report (UTF-8 or GB18030).")

    @Argument(help: "The text file to read.")
    var file: String

    @Flag(help: "Print the extraction report as JSON (the eval shape) instead of RDF.")
    var json = false

    @Flag(help: "Print every organisation mention (line, offsets, type, rule, name) as TSV, for debugging.")
    var mentions = false

    @Option(name: .shortAndLong, help: "RDF format: turtle, ntriples, nquads, rdfxml, rdfjson.")
    var format: RDFFormat = .turtle

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    func run() throws {
        try CLI.run {
            let extraction = Extractor.standard.extract(try Document(contentsOf: file))
            if mentions {
                try CLI.emit(extraction.mentionTable(), to: output)
            } else if json {
                try CLI.emit(try extraction.report.jsonText() + "\n", to: output)
            } else {
                let graph = GraphBuilder().graph(for: [extraction])
                try CLI.emit(try RDFWriter().serialize(graph, format: format), to: output)
            }
        }
    }
}
