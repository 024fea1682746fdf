import Foundation
import TestSupport
import Testing

/// `build` over many documents shows progress on a terminal and nothing in a pipe.
@Suite struct ProgressTests {
    /// Runs `vocgraph ARGS` with standard error on a pseudo-terminal; what the terminal showed.
    static func onTerminal(_ arguments: [String]) throws -> String {
        let script = """
            import os, pty, select, sys
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[1], sys.argv[1:])
            out = b""
            while True:
                ready, _, _ = select.select([fd], [], [], 30)
                if not ready:
                    break
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            sys.stdout.write(out.decode("utf-8", "replace"))
            """
        return try Command.run("python3", ["-c", script, Command.vocgraph] + arguments).out
    }

    @Test func buildShowsDocumentsRateAndTimeOnATerminalOnly() throws {
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("g.ttl").path
        let arguments = ["build", "Examples/documents", "-o", output]
        let screen = try Self.onTerminal(arguments)
        #expect(screen.contains("extracting 3/3 documents"), "\(screen)")
        #expect(screen.contains("/s"), "a rate: \(screen)")
        let piped = try CLITests.vocgraph(arguments)
        #expect(piped.status == 0)
        #expect(!piped.err.contains("extracting"), "\(piped.err)")
    }
}
