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

extension DatalogLimitTests {
    /// A program that cannot be read gets the file and the reason in plain words.
    @Test func unreadableProgramsAreNamed() throws {
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let latin = dir.appendingPathComponent("latin.dl")
        try Data("p(1).\n\u{FF}".utf8.map { $0 == 0xC3 ? 0xFF : $0 }.filter { $0 != 0xBF })
            .write(to: latin)
        let cases: [(String, String)] = [
            (
                dir.appendingPathComponent("missing.dl").path,
                "missing.dl: cannot read: no such file"
            ),
            (dir.path, "is a directory"),
            ("/dev/zero", "not a regular file"),
            (latin.path, "is not UTF-8 text (byte 0xFF at line 2, column 1)"),
        ]
        for (path, reason) in cases {
            let result = try CLITests.vocgraph(["query", path])
            #expect(result.status == 1, "\(path)")
            #expect(result.err.contains(reason), "\(result.err)")
            #expect(!result.err.contains("NSCocoaErrorDomain"), "\(result.err)")
        }
    }
}
