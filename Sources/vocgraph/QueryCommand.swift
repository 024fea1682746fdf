import ArgumentParser
import Datalog
import Foundation
import QueryResults
import RDF
import RaptorIO

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a Datalog program over RDF graphs and print its answers.")

    @Argument(help: "The Datalog program (.dl).") var program: String
    @OptionGroup var datalog: DatalogOptions
    @OptionGroup var results: ResultOptions
    @Flag(help: "Print a derivation tree for each answer instead of the table.") var explain = false
    @Flag(help: "Print the evaluation plan of every rule first.") var plan = false
    @Flag(
        name: .customLong("full-evaluation"),
        help: "Compute every relation in full, even for queries with constants.")
    var fullEvaluation = false
    @Flag(help: "Print 'RESULT <first row of the last query>' (benchmark harness).") var result =
        false

    func run() throws {
        try CLI.run {
            var request = try datalog.request(program: program)
            try results.configure(&request)
            request.explain = explain
            request.explainFormat = results.format == .json ? .json : .text
            request.showPlan = plan
            request.demandDriven = !fullEvaluation
            request.resultLine = result
            try datalog.execute(request)
        }
    }
}
