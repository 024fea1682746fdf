import ArgumentParser
import Datalog
import Foundation
import RDF
import RaptorIO

/// The guards of an evaluation, shared by `query`, `explain` and `repl`.
struct LimitOptions: ParsableArguments {
    // `.unconditional` so that `--timeout -1` reaches validation instead of reading as an option.
    @Option(parsing: .unconditional, help: "Stop after this many seconds.")
    var timeout: Double?
    @Option(
        name: .customLong("max-facts"), parsing: .unconditional,
        help: "Stop after deriving this many facts.")
    var maxFacts: Int?
    @Option(
        name: .customLong("max-memory"), parsing: .unconditional,
        help: "Stop when created terms and derived facts need more than this many MB.")
    var maxMemory: Int = EvaluationOptions.defaultMaxMemory / 1_000_000

    func validate() throws {
        if let timeout, !(timeout.isFinite && timeout > 0) {
            throw ValidationError(
                "--timeout must be a positive number of seconds, not '\(timeout)'")
        }
        if let maxFacts, maxFacts <= 0 {
            throw ValidationError("--max-facts must be a positive number, not \(maxFacts)")
        }
        guard maxMemory > 0, maxMemory <= Int.max / 1_000_000 else {
            throw ValidationError("--max-memory must be a positive number of MB, not \(maxMemory)")
        }
    }

    var evaluationOptions: EvaluationOptions {
        EvaluationOptions(timeout: timeout, maxFacts: maxFacts, maxMemory: maxMemory * 1_000_000)
    }
}

/// Options shared by `query` and `explain`: graphs, limits, extra outputs, materialisation.
struct DatalogOptions: ParsableArguments {
    @Option(
        name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to query (merged).")
    var graphs: [String] = []
    @Option(name: .customLong("relation"), help: "Also print this relation (repeatable).")
    var outputs: [String] = []
    @OptionGroup var limits: LimitOptions
    @Option(help: "Write binary relation REL as triples with predicate IRI (REL=IRI, repeatable).")
    var materialize: [String] = []
    @Option(name: .shortAndLong, help: "File for --materialize triples (Turtle, or by extension).")
    var output: String?
    @OptionGroup var graphInputs: GraphInputs

    func request(program: String) throws -> QueryRequest {
        let text = try TextInput.read(program)
        var request = QueryRequest(program: text, file: program)
        request.outputs = outputs
        request.options = limits.evaluationOptions
        request.materialize = materialize
        return request
    }

    func execute(_ request: QueryRequest) throws {
        if graphs.isEmpty {
            CLI.printWarning("no --graph given: the program runs over an empty graph")
        }
        let start = Date()
        let graph = try graphInputs.load(graphs)
        let loaded = Date().timeIntervalSince(start)
        do {
            let report = try QueryDriver.run(request, facts: graph)
            CLI.printDiagnostics(report.diagnostics, source: request.program)
            var text = report.text
            if request.resultLine { text += String(format: "LOAD_S %.3f\n", loaded) }
            try CLI.emit(text, to: nil)
            if !materialize.isEmpty {
                guard let output else { throw ValidationError("--materialize needs -o FILE") }
                let format = try OutputFormat.rdf(nil, output: output)
                try RDFWriter().write(
                    Graph(report.materialized), format: format, to: output,
                    protecting: graphs + [request.file])
            }
        } catch let failure as QueryFailure {
            CLI.printDiagnostics(failure.diagnostics, source: failure.source)
            throw ExitCode(1)
        }
    }
}
