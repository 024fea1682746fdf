import ArgumentParser
import Datalog
import Foundation
import RDF
import RaptorIO

/// Options shared by `query` and `explain`: graphs, limits, extra outputs, materialisation.
struct DatalogOptions: ParsableArguments {
    @Option(
        name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to query (merged).")
    var graphs: [String] = []
    @Option(name: .customLong("relation"), help: "Also print this relation (repeatable).")
    var outputs: [String] = []
    @Option(help: "Stop after this many seconds.") var timeout: Double?
    @Option(name: .customLong("max-facts"), help: "Stop after deriving this many facts.")
    var maxFacts: Int?
    @Option(help: "Write binary relation REL as triples with predicate IRI (REL=IRI, repeatable).")
    var materialize: [String] = []
    @Option(name: .shortAndLong, help: "File for --materialize triples (Turtle, or by extension).")
    var output: String?
    @OptionGroup var graphInputs: GraphInputs

    func request(program: String) throws -> QueryRequest {
        let text = try TextInput.read(program)
        var request = QueryRequest(program: text, file: program)
        request.outputs = outputs
        request.options = EvaluationOptions(timeout: timeout, maxFacts: maxFacts)
        request.materialize = materialize
        return request
    }

    func execute(_ request: QueryRequest) throws {
        let start = Date()
        // One file needs no merge (which would re-intern every term).
        let graph =
            try graphs.count == 1 && graphInputs.inputFormat == nil
            ? RDFReader().read(file: graphs[0], format: nil) : graphInputs.load(graphs)
        let loaded = Date().timeIntervalSince(start)
        do {
            let report = try QueryDriver.run(request, facts: graph)
            if !report.warnings.isEmpty {
                CLI.printErr(report.warnings)
            }
            var text = report.text
            if request.resultLine { text += String(format: "LOAD_S %.3f\n", loaded) }
            try CLI.emit(text, to: nil)
            if !materialize.isEmpty {
                guard let output else { throw ValidationError("--materialize needs -o FILE") }
                let format = RDFFormat(fileName: output) ?? .turtle
                try RDFWriter().write(
                    Graph(report.materialized), format: format, to: output,
                    protecting: graphs + [request.file])
            }
        } catch let failure as QueryFailure {
            CLI.printErr(failure.rendered)
            throw ExitCode(1)
        }
    }
}
