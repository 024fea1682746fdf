import Foundation
import TestSupport
import Testing

/// `vocgraph repl` at a terminal (a pseudo-terminal driven by repl_pty.py) and through a pipe.
@Suite struct ReplTerminalTests {
    static let driver = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("repl_pty.py").path

    /// Types `keys` into the REPL over Examples/datalog/sample.ttl; what the terminal showed.
    static func type(_ keys: [String]) throws -> String {
        let outcome = try Command.run(
            "python3", [driver, Command.vocgraph, "Examples/datalog/sample.ttl"] + keys)
        #expect(outcome.status == 0, "repl_pty.py: \(outcome.out)\(outcome.err)")
        return outcome.out
    }

    @Test func upArrowRecallsTheLastQuery() throws {
        let screen = try Self.type([
            "p(X) :- vg:School(X).\\n", "?- p(X).\\n", "\\x1b[A\\n", "\\x04",
        ])
        #expect(screen.components(separatedBy: "(4 rows)").count == 3, "\(screen)")
        #expect(screen.hasSuffix("EXIT 0\n"), "\(screen)")
    }

    @Test func ctrlCDropsTheLineAndKeepsEarlierRules() throws {
        let screen = try Self.type([
            "p(X) :- vg:School(X).\\n", "q(X) :- vg:", "\\x03", "r(X) :-\\n", "vg:School(X\\n",
            "\\x03", ":list\\n", "?- p(X).\\n", "\\x04",
        ])
        #expect(screen.contains("^C"), "\(screen)")
        let listing = try #require(screen.components(separatedBy: ":list").last)
        #expect(listing.contains("p(X) :- vg:School(X)."))
        #expect(!listing.contains("q(X)") && !listing.contains("r(X)"), "\(listing)")
        #expect(listing.contains("(4 rows)"), "the session survived Ctrl-C: \(screen)")
        #expect(screen.hasSuffix("EXIT 0\n"), "\(screen)")
    }

    @Test func ctrlCStopsARunningQueryAndKeepsTheSession() throws {
        // n/1 never ends: only Ctrl-C (or a limit) stops the query.
        let screen = try Self.type([
            "p(X) :- vg:School(X).\\n", "n(0).\\n", "n(Y) :- n(X), Y = X + 1.\\n", "?- n(X).\\n",
            "~\\x03", ":list\\n", "\\x04",
        ])
        #expect(screen.contains("stopped: interrupted (Ctrl-C)"), "\(screen)")
        let listing = try #require(screen.components(separatedBy: ":list").last)
        #expect(listing.contains("p(X) :- vg:School(X)."), "\(screen)")
        #expect(screen.hasSuffix("EXIT 0\n"), "\(screen)")
    }

    @Test func loadAndTypedErrorsPointAtTheirOwnLines() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vocgraph-repl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("rules.dl")
        try "% two rules, the second broken\nschool(X) :- vg:School(X).\n\nbad(X) :- foo(X, .\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let session = """
            partner(S, E) :- vg:partnersWith(S, E).
            :load \(file.path)
            ?- school(X).
            oops(X) :-
              vg:School(X, .
            :load \(dir.path)/missing.dl
            """
        let outcome = try Command.run(
            Command.vocgraph, ["repl", "--graph", "Examples/datalog/sample.ttl"], stdin: session)
        #expect(outcome.status == 0)
        #expect(outcome.out.contains("\(file.path):4:18: error:"), "\(outcome.out)")
        #expect(outcome.out.contains("    bad(X) :- foo(X, .\n"), "\(outcome.out)")
        #expect(outcome.out.contains("loaded \(file.path): 1 statement(s)"))
        #expect(outcome.out.contains("(4 rows)"), "the loaded rule answers: \(outcome.out)")
        // The fifth line typed (the :load line counts).
        #expect(outcome.out.contains("<repl>:5:16: error:"), "\(outcome.out)")
        #expect(outcome.out.contains("missing.dl: cannot read: no such file"), "\(outcome.out)")
    }
}
