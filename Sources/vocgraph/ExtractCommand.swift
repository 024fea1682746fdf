import ArgumentParser
import Extraction
import Foundation
import RaptorIO

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract:
            "Extract organisations, relations, policies and figures from one document (.txt, .pdf, .docx).",
        discussion: DocumentKinds.help)

    @Argument(
        help:
            "The document: text (UTF-8, UTF-16 with BOM, GB18030, Big5), PDF with a text layer, or DOCX."
    )
    var file: String

    @Flag(help: "Print the extraction report as JSON (the eval shape) instead of RDF.")
    var json = false

    @Flag(
        help:
            "Print every organisation mention (line, offsets, type, rule, name) as TSV, for debugging."
    )
    var mentions = false

    @Option(
        help: ArgumentHelp(
            "Extract the file this many times on one thread and print the speed (benchmarks).",
            visibility: .hidden))
    var benchmarkRepeat: Int?

    @Flag(
        help: ArgumentHelp(
            "With --benchmark-repeat: run the figure recognisers too.", visibility: .hidden))
    var benchmarkFigures = false

    @Option(
        name: .shortAndLong,
        help:
            "RDF format: turtle, ntriples, nquads, rdfxml, rdfjson (default: from -o, else turtle)."
    )
    var format: RDFFormat?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @OptionGroup var extraction: ExtractorOptions

    func run() throws {
        try CLI.run {
            if let count = benchmarkRepeat {
                let document = try Document(contentsOf: file)
                let bytes = document.text.utf8.count
                let extractor = try extraction.extractor(figures: benchmarkFigures)
                _ = extractor.extract(Document(name: "warm-up", text: "深圳市第一职业技术学校与华为合作。"))
                let clock = ContinuousClock()
                var entities = 0
                let elapsed = clock.measure {
                    for _ in 0..<max(1, count) {
                        entities += extractor.extract(document).entities.count
                    }
                }
                let seconds =
                    Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds)
                    / 1e18
                try CLI.printOut(
                    "\(document.name)\t\(bytes * max(1, count))\t\(seconds)\t\(entities)\n")
                return
            }
            let extraction = try self.extraction.extractor().extract(contentsOf: file)
            if extraction.document.text.allSatisfy(\.isWhitespace) {
                CLI.printWarning("\(file): the document is empty; the report is empty too")
            }
            if mentions {
                try CLI.emit(extraction.mentionTable(), to: output, protecting: [file])
            } else if json {
                try CLI.emit(
                    try extraction.report.jsonText() + "\n", to: output, protecting: [file])
            } else {
                let graph = GraphBuilder().graph(for: [extraction])
                try CLI.write(
                    graph, format: try OutputFormat.rdf(format, output: output), to: output,
                    protecting: [file])
            }
        }
    }
}
