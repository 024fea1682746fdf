import Foundation
import Testing

/// `query` and `repl` validate their guards before running anything.
@Suite struct DatalogLimitTests {
    @Test(arguments: [
        ["--timeout", "nan"], ["--timeout", "-1"], ["--timeout", "0"], ["--timeout", "inf"],
        ["--max-facts", "-5"], ["--max-memory", "0"],
    ])
    func badLimitsAreRefused(_ arguments: [String]) throws {
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = dir.appendingPathComponent("p.dl")
        try "p(1).\n?- p(X).\n".write(to: program, atomically: true, encoding: .utf8)
        for command in [["query", program.path], ["repl"]] {
            let result = try CLITests.vocgraph(command + arguments)
            #expect(result.status != 0, "\(command + arguments)")
            #expect(result.err.contains(arguments[0]), "\(result.err)")
            #expect(result.err.contains("must be a positive"), "\(result.err)")
        }
    }
}
