import ArgumentParser
import Foundation
import RaptorIO

@main
struct VocGraph: ParsableCommand {
    static func main() {
        // A closed pipe makes writes fail with EPIPE, reported like any write error, instead of
        // killing the process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            // Parsing writes nothing; the REPL handles Ctrl-C itself (and writes no files).
            AtomicFile.removeTemporaryFilesOnInterrupt(
                keeping: command is ReplCommand ? [SIGINT] : [])
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "vocgraph",
        abstract:
            "Knowledge graphs and Datalog queries over Chinese vocational-education documents.",
        version: "0.1.0",
        subcommands: [
            ExportCommand.self,
            ExtractCommand.self,
            BuildCommand.self,
            StatsCommand.self,
            ValidateCommand.self,
            MetricsCommand.self,
            TraceCommand.self,
            ChartCommand.self,
            ServeCommand.self,
            QueryCommand.self,
            SparqlCommand.self,
            ExplainCommand.self,
            ReplCommand.self,
            SnapshotCommand.self,
        ]
    )
}
