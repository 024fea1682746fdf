import ArgumentParser
import Extraction
import Foundation
import RaptorIO

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract many reports (in parallel) and write one merged graph with provenance.")

    @Argument(help: "Text files, or directories whose .txt files are read.")
    var inputs: [String]

    @Option(
        name: .shortAndLong,
        help: "Write the graph to this file (atomically); format from its extension.")
    var output: String?

    @Option(name: .shortAndLong, help: "RDF format: turtle, ntriples, nquads, rdfxml, rdfjson.")
    var format: RDFFormat?

    @Flag(help: "Extract one document after the other instead of on all cores (same output).")
    var sequential = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one file or directory") }
    }

    func run() throws {
        try CLI.run {
            let files = try CorpusBuilder.inputFiles(inputs)
            let showProgress = files.count > 1 && isatty(2) != 0
            let result = CorpusBuilder().buildGraph(files, parallel: !sequential) { done, total in
                if showProgress {
                    CLI.printErr("\rextracting \(done)/\(total)")
                }
            }
            if showProgress { CLI.printErr("\n") }
            for (path, reason) in result.skipped { CLI.printWarning("skipped \(path): \(reason)") }
            let graph = result.graph
            let chosen = format ?? output.flatMap { RDFFormat(fileName: $0) } ?? .turtle
            try CLI.write(graph, format: chosen, to: output, protecting: files)
            let summary = result.summary
            if output != nil {
                try CLI.printOut(summary)
            } else {
                CLI.printErr(summary)
            }
        }
    }
}
