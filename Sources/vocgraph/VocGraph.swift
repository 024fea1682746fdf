import ArgumentParser
import Foundation
import RaptorIO

@main
struct VocGraph: ParsableCommand {
    static func main() {
        AtomicFile.removeTemporaryFilesOnInterrupt()
        // A closed pipe makes writes fail with EPIPE, reported like any write error, instead of
        // killing the process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
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
            QueryCommand.self,
            ExplainCommand.self,
            ReplCommand.self,
            SnapshotCommand.self,
        ]
    )
}
