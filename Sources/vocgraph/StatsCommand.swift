import ArgumentParser
import Foundation
import RDF
import RaptorIO

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count triples, distinct terms, instances per class and triples per predicate.")

    @Argument(help: "RDF files to read and merge.")
    var inputs: [String]

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var graphInputs: GraphInputs

    func run() throws {
        try CLI.run {
            let graph = try graphInputs.load(inputs)
            let stats = GraphStatistics(graph)
            let text = json ? try stats.json() : stats.table(prefixes: .standard)
            try CLI.emit(text, to: nil)
        }
    }
}
