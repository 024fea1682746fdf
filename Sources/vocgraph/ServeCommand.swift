import ArgumentParser
import Explorer
import Foundation
import RDF
import RaptorIO

/// `vocgraph serve`: the local web explorer.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Browse a graph in a web browser: search, entities, policy traces, queries.",
        discussion: "Binds 127.0.0.1 unless --host says otherwise; Ctrl-C stops it.")

    @Option(name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to serve.")
    var graphs: [String]
    @Option(
        name: .customLong("documents"),
        help: "A folder with the graph's source documents, for the quotes' context.")
    var documents: String?
    @Option(help: "The port (0: any free port).") var port: Int = 8080
    @Option(help: "The address to bind.") var host: String = "127.0.0.1"
    @OptionGroup var graphInputs: GraphInputs

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be 0…65535, not \(port)")
        }
    }

    func run() throws {
        // The server stops on SIGINT and SIGTERM itself, finishing open requests (exit 0); serve
        // writes no files, so there are no temporary files to remove.
        AtomicFile.handOverInterrupts()
        try CLI.run {
            let graph = try graphInputs.load(graphs)
            let texts = try documents.map { try DocumentTexts(folder: $0) }
            let site = ExplorerSite(
                index: ExplorerIndex(graph: graph), texts: texts,
                sparql: RasqalService(graph: graph))
            let server = ExplorerServer(site: site, host: host, port: port)
            let host = self.host
            try ServeCommand.block {
                try await server.run { bound in
                    // Through FileHandle, unbuffered: a test reading the pipe sees the line at once.
                    let line = "vocgraph serve: http://\(host):\(bound)/  (Ctrl-C stops)\n"
                    FileHandle.standardOutput.write(Data(line.utf8))
                }
            }
        }
    }

    /// Runs `body` on the concurrency pool and waits for it: the root command is synchronous.
    static func block(_ body: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let failure = ErrorBox()
        Task {
            do { try await body() } catch { failure.error = error }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw error }
    }
}

/// The error of a task, handed to the waiting thread.
final class ErrorBox: @unchecked Sendable {
    // Safe: written once by the task before it signals, read only after the wait returns.
    var error: (any Error)?
}
