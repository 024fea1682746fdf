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

    @Argument(
        help:
            "The policy: its 文号 (粤府〔2020〕63号), its title or part of it, its file name, or IRI."
    )
    var policy: String?

    @Option(name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to read.")
    var graphs: [String] = []

    @Option(
        name: .customLong("documents"), parsing: .upToNextOption,
        help: "Text documents to recognise.")
    var documents: [String] = []

    @Option(
        help:
            "markdown, csv, json, dot or svg (the picture); default: from -o's extension, else markdown."
    )
    var format: String?

    @Option(
        name: .shortAndLong,
        help: "Write here instead of stdout (.svg: the picture; with --format dot, Graphviz's).")
    var output: String?

    @Flag(help: "In the picture, draw tasks without data too (by default they are counted).")
    var all = false

    @Option(name: .customLong("save-graph"), help: "Also write the linked graph as Turtle.")
    var saveGraph: String?

    @OptionGroup var graphInputs: GraphInputs

    func run() throws {
        try CLI.run {
            // The picture (our own SVG) for --format svg or -o FILE.svg; --format dot -o FILE.svg
            // renders Graphviz's layout instead.
            let picture =
                format == "svg"
                || (format == nil && (output?.lowercased().hasSuffix(".svg") ?? false))
            let format =
                picture ? TraceFormat.markdown : try TraceCommand.format(format, output: output)
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
            let inputs = graphs + documents
            if let saveGraph {
                try RDFWriter().write(
                    figures.graph, format: .turtle, to: saveGraph, protecting: inputs)
            }
            let everything = TraceReport(graph: figures.graph)
            var report = everything
            var title = "Policy trace · 政策追踪"
            if let policy {
                let selection = PolicySelection(graph: figures.graph, rows: everything.rows)
                let chosen = selection.matches(policy)
                guard !chosen.isEmpty else {
                    CLI.printError(selection.unknown(policy))
                    throw ExitCode(1)
                }
                let names = Set(chosen.map(\.rowName))
                title = chosen.map { $0.titles.first ?? $0.rowName }.joined(separator: "；")
                report = TraceReport(rows: everything.rows.filter { names.contains($0.policy) })
                if report.rows.isEmpty {
                    let which = chosen.map { $0.label ?? $0.titles.first ?? $0.iri }
                    CLI.printWarning(
                        "\(which.joined(separator: ", ")): the graph cites it but holds none of "
                            + "its tasks or targets (build the policy document itself into the graph)"
                    )
                }
            }
            if picture {
                let svg = TracePicture(rows: report.rows, title: title, showAll: all).svg()
                try CLI.emit(svg, to: output, protecting: inputs)
            } else if let output, output.hasSuffix(".svg") {
                try Graphviz.render(report.dot(), toSVG: output, protecting: inputs)
            } else {
                try CLI.emit(try report.render(format), to: output, protecting: inputs)
            }
        }
    }
}

extension TraceCommand {
    /// `--format` when given, else the one `-o`'s extension names (`t.csv`, `t.json`, `t.md`,
    /// `t.dot` or `t.svg`), else markdown; a `--format` the extension contradicts is refused.
    static func format(_ explicit: String?, output: String?) throws -> TraceFormat {
        var chosen: TraceFormat?
        if let explicit {
            guard let parsed = TraceFormat(rawValue: explicit) else {
                throw ValidationError("unknown format \(explicit) (markdown, csv, json, dot)")
            }
            chosen = parsed
        }
        let ext = output.map { ($0 as NSString).pathExtension.lowercased() } ?? ""
        let implied: TraceFormat? =
            switch ext {
            case "csv": .csv
            case "json": .json
            case "md", "markdown": .markdown
            case "dot", "gv", "svg": .dot
            default: nil
            }
        if let chosen, let implied, chosen != implied, let output {
            throw ValidationError(
                "--format \(chosen.rawValue) does not match '\(output)'; drop --format or rename the file"
            )
        }
        return chosen ?? implied ?? .markdown
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
    ///
    /// Graphviz writes to a pipe, never to `path`: the SVG reaches `path` through `AtomicFile`
    /// only once `dot` has succeeded, so a failure leaves the previous file as it was.
    static func render(_ dotText: String, toSVG path: String, protecting inputs: [String]) throws {
        guard let dot = executable() else {
            CLI.printWarning("Graphviz dot not found on PATH; writing the dot text to \(path).dot")
            try CLI.emit(dotText, to: path + ".dot", protecting: inputs)
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both outputs while feeding the input, so no pipe fills up and blocks `dot`.
        let svg = PipeDrain(output.fileHandleForReading)
        let messages = PipeDrain(errors.fileHandleForReading)
        try? input.fileHandleForWriting.write(contentsOf: Data(dotText.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        let rendered = svg.wait()
        let said = String(decoding: messages.wait(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationReason == .exit, process.terminationStatus == 0,
            !rendered.isEmpty
        else {
            throw GraphvizFailure(
                path: path, status: process.terminationStatus, message: said)
        }
        try AtomicFile.write(rendered, to: path, protecting: inputs)
    }
}

/// `dot` failed; nothing was written.
struct GraphvizFailure: Error, CustomStringConvertible {
    var path: String
    var status: Int32
    var message: String

    var description: String {
        "\(path): Graphviz dot failed (status \(status))\(message.isEmpty ? "" : ": " + message); nothing written"
    }
}

/// Reads a pipe to its end on a background thread.
final class PipeDrain: @unchecked Sendable {
    // Safe: `data` is written once by the background block and read only after `done` fires.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = (try? handle.readToEnd()) ?? Data()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
