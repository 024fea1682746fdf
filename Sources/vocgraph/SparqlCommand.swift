import ArgumentParser
import Foundation
import QueryResults
import RaptorIO
import SPARQL

struct SparqlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sparql",
        abstract: "Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT) over RDF graphs, through Rasqal."
    )

    @Argument(help: "The query (.rq).") var query: String
    @Option(
        name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to query (merged).")
    var graphs: [String] = []
    @OptionGroup var results: ResultOptions
    @Option(
        name: .shortAndLong,
        help:
            "Write to this file: results (format from .csv .tsv .json) or CONSTRUCT triples (.ttl .nt …)."
    )
    var output: String?
    @OptionGroup var graphInputs: GraphInputs

    func run() throws {
        try CLI.run {
            let text = try TextInput.read(query)
            if graphs.isEmpty {
                CLI.printWarning("no --graph given: the query runs over an empty graph")
            }
            let graph = try graphInputs.load(graphs)
            for warning in SPARQLLimits.warnings(for: text) { CLI.printWarning(warning) }
            let answer: SPARQLAnswer
            do {
                answer = try SPARQLEngine.run(text, file: query, over: graph)
            } catch let error as SPARQLError {
                CLI.printError("\(error)")
                if let line = error.line {
                    CLI.printSourceLine(file: query, line: line, column: error.column)
                }
                throw ExitCode(1)
            }
            switch answer {
            case .table(let set):
                let writer = results.writer(labels: LabelLookup(graph: graph))
                let text = writer.write([set], format: try results.format(output: output))
                try CLI.emit(text, to: output, protecting: graphs + [query])
            case .graph(let triples):
                let format = try OutputFormat.rdf(nil, output: output)
                try CLI.write(triples, format: format, to: output, protecting: graphs + [query])
            }
        }
    }
}
