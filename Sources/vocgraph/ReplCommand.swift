import ArgumentParser
import Datalog
import Foundation

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Load graphs once, then add rules and ask ?- queries interactively.")

    @Option(
        name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to query (merged).")
    var graphs: [String] = []
    @OptionGroup var graphInputs: GraphInputs
    @OptionGroup var limits: LimitOptions

    func run() throws {
        try CLI.run {
            let session = ReplSession(graph: try graphInputs.load(graphs))
            session.options = limits.evaluationOptions
            let interactive = isatty(0) != 0
            if interactive {
                try CLI.printOut(
                    "vocgraph repl: \(graphs.count) graph file(s) loaded; :help for help\n")
            }
            var more = false
            while true {
                if interactive { try CLI.printOut(more ? "...> " : "?> ") }
                guard let line = readLine() else { break }
                let response = session.handle(line)
                try CLI.printOut(response.output)
                if response.isQuit { break }
                more = response.needsMore
            }
        }
    }
}
