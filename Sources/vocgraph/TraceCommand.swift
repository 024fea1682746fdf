import ArgumentParser
import Extraction
import Foundation
import RDF
import RaptorIO
import Trace

/// `vocgraph trace`: per policy task, responsible units, linked observations and status.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract:
            "Trace policy tasks to the figures reported since: responsible units, observations, status.",
        discussion: """
            Reads RDF graphs (--graph) and/or text documents (--documents: their figures and targets are \
            recognised), links targets to observations of the same metric and region, and prints one row \
            per task target with status met, not-met, no-data or not-comparable.
            """)

    @Argument(help: "Keep only policies whose label (file name) or IRI contains this text.")
    var policy: String?

    @Option(name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to read.")
    var graphs: [String] = []

    @Option(
        name: .customLong("documents"), parsing: .upToNextOption,
        help: "Text documents to recognise.")
    var documents: [String] = []

    @Option(help: "markdown, csv, json or dot.")
    var format: String = "markdown"

    @Option(
        name: .shortAndLong, help: "Write here instead of stdout (.svg renders dot with Graphviz).")
    var output: String?

    @Option(name: .customLong("save-graph"), help: "Also write the linked graph as Turtle.")
    var saveGraph: String?

    @OptionGroup var graphInputs: GraphInputs

    func run() throws {
        try CLI.run {
            guard let format = TraceFormat(rawValue: format) else {
                throw ValidationError("unknown format \(format) (markdown, csv, json, dot)")
            }
            guard !graphs.isEmpty || !documents.isEmpty else {
                throw ValidationError("give --graph FILE… and/or --documents FILE…")
            }
            var figures = FigureGraph(graph: try graphInputs.load(graphs))
            let recognizer = FigureRecognizer()
            for path in documents {
                let document = try Document(contentsOf: path)
                figures.add(document, report: recognizer.report(for: document))
            }
            figures.link()
            if let saveGraph {
                try RDFWriter().write(figures.graph, format: .turtle, to: saveGraph)
            }
            let report = TraceReport(graph: figures.graph, policy: policy)
            if let output, output.hasSuffix(".svg") {
                try Graphviz.render(report.dot(), toSVG: output)
            } else {
                try CLI.emit(try report.render(format), to: output)
            }
        }
    }
}

/// Runs Graphviz `dot` when it is on PATH.
enum Graphviz {
    /// The path of the `dot` executable, if one is on PATH.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Renders `dotText` to an SVG file, or writes the dot text beside it when Graphviz is missing.
    static func render(_ dotText: String, toSVG path: String) throws {
        guard let dot = executable() else {
            CLI.printWarning("Graphviz dot not found on PATH; writing the dot text to \(path).dot")
            try CLI.emit(dotText, to: path + ".dot")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", "-o", path]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(dotText.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("dot exited with status \(process.terminationStatus)")
        }
    }
}
