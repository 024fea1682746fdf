import Foundation
import Testing

/// Drives the built `vocgraph` executable the way users and scripts do (pipes, exit codes).
@Suite struct CommandLineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `vocgraph` binary next to the test bundle (`swift test` builds it too).
    static func executable() -> URL? {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("vocgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let fallback = root.appendingPathComponent(".build/debug/vocgraph")
        return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
    }

    static func run(_ arguments: [String], input: String = "") throws -> (
        status: Int32, out: String, err: String
    ) {
        let binary = try #require(executable(), "build vocgraph first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: out, as: UTF8.self),
            String(decoding: err, as: UTF8.self)
        )
    }

    @Test func replThroughPipe() throws {
        let session = """
            partner(S, E) :- vg:partnersWith(S, E).
            ?- partner(S, vgi:ent-huawei).
            :quit
            """
        let result = try CommandLineTests.run(
            ["repl", "--graph", "Examples/datalog/sample.ttl"], input: session)
        #expect(result.status == 0)
        #expect(result.out.contains("vgi:school-szpt (深圳职业技术大学)"))
        #expect(result.out.contains("(2 rows)"))
    }

    @Test func resultLineForHarness() throws {
        let result = try CommandLineTests.run(
            [
                "query", "Examples/datalog/partners-per-school.dl", "--graph",
                "Examples/datalog/sample.ttl", "--result",
            ])
        #expect(result.status == 0)
        #expect(result.out.contains("RESULT 5\n"))
    }

    @Test func errorsExitNonZeroWithCaret() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vocgraph-bad.dl")
        try "p(X) :- q(X, .\nr(X) :- not r(X), q(X).\n".write(
            to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandLineTests.run(["query", file.path])
        #expect(result.status == 1)
        #expect(result.err.contains("vocgraph-bad.dl:1:14: error:"))
        #expect(result.err.contains("             ^"))
    }
}
