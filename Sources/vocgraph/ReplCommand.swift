import ArgumentParser
import Datalog
import Foundation
import LineEditor

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Load graphs once, then add rules and ask ?- queries interactively.",
        discussion: """
            On a terminal: arrow keys edit and recall lines (history in ~/.vocgraph_history, \
            or $VOCGRAPH_HISTORY), Ctrl-C drops the line being typed, Ctrl-D leaves.
            """)

    @Option(
        name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to query (merged).")
    var graphs: [String] = []
    @OptionGroup var graphInputs: GraphInputs
    @OptionGroup var limits: LimitOptions

    func run() throws {
        try CLI.run {
            let session = ReplSession(graph: try graphInputs.load(graphs))
            session.options = limits.evaluationOptions
            if isatty(0) != 0 { session.options.isCancelled = { LineEditor.interruptRequested } }
            session.loader = { path in try TextInput.read(path) }
            let editor =
                isatty(0) != 0 ? LineEditor(program: "vocgraph", historyFile: historyFile) : nil
            if editor != nil {
                try CLI.printOut(
                    "vocgraph repl: \(graphs.count) graph file(s) loaded; :help for help\n")
            }
            var more = false
            while true {
                let line: String
                if let editor {
                    editor.prompt = more ? "...> " : "?> "
                    switch editor.read() {
                    case .end: return
                    case .interrupted:
                        session.cancelInput()
                        more = false
                        continue
                    case .text(let text):
                        editor.remember(text)
                        line = text
                    }
                } else {
                    guard let text = readLine() else { break }
                    line = text
                }
                let response = session.handle(line)
                try CLI.printOut(response.output)
                if response.isQuit { break }
                more = response.needsMore
            }
        }
    }

    /// `$VOCGRAPH_HISTORY`, else `~/.vocgraph_history`; none when neither can be named.
    private var historyFile: String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["VOCGRAPH_HISTORY"] { return path.isEmpty ? nil : path }
        return environment["HOME"].map { $0 + "/.vocgraph_history" }
    }
}
