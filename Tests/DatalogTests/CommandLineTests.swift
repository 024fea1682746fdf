import Foundation
import TestSupport
import Testing

/// Drives the built `vocgraph` executable the way users and scripts do (pipes, exit codes).
@Suite struct CommandLineTests {
    static let root = Command.packageRoot

    static func run(_ arguments: [String], input: String = "") throws -> (
        status: Int32, out: String, err: String
    ) {
        let outcome = try Command.run(Command.vocgraph, arguments, stdin: input)
        return (outcome.status, outcome.out, outcome.err)
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
        // A label column beside the IRI column.
        #expect(result.out.contains("S_label"), "\(result.out)")
        #expect(result.out.contains("vgi:school-szpt   深圳职业技术大学"), "\(result.out)")
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
