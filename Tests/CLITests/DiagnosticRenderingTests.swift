import Foundation
import Testing

/// Golden stderr of the one diagnostic renderer: Datalog and Raptor errors look alike, and the
/// caret sits under the right column after Chinese text (2 terminal cells per character).
@Suite struct DiagnosticRenderingTests {
    typealias CLI = CLITests

    static func run(_ name: String, _ text: String, _ arguments: (String) -> [String]) throws
        -> (status: Int32, err: String, dir: URL)
    {
        let dir = try CLI.scratch()
        let file = dir.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.vocgraph(arguments(file.path))
        return (result.status, result.err.replacingOccurrences(of: dir.path + "/", with: ""), dir)
    }

    @Test func turtleErrorAfterChineseText() throws {
        let (status, err, dir) = try Self.run(
            "bad.ttl",
            "@prefix ex: <http://example.org/> .\nex:学校 ex:名称 \"职业教育\" ; ex:c <oops x> .\n"
        ) { ["stats", $0] }
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(status == 1)
        #expect(
            err == """
                bad.ttl:2:27: error: syntax error at '<'
                    ex:学校 ex:名称 "职业教育" ; ex:c <oops x> .
                                                      ^

                """)
    }

    /// Raptor's N-Triples parser counts bytes (it says column 37 here); the column shown is the
    /// scalar column, 33, and the caret is under the space after `<oops`.
    @Test func nTriplesByteColumnBecomesAScalarColumn() throws {
        let (status, err, dir) = try Self.run(
            "bad.nt", "<http://a> <http://b> \"中文\" <oops .\n"
        ) { ["stats", $0] }
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(status == 1)
        #expect(
            err == """
                bad.nt:1:33: error: URI error - illegal character 32 (0x20) found.
                    <http://a> <http://b> "中文" <oops .
                                                      ^

                """)
    }

    /// A Turtle error whose place Raptor does not give (no column): the line, no caret.
    @Test func turtleErrorWithoutColumnShowsTheLineOnly() throws {
        let (status, err, dir) = try Self.run(
            "bad.ttl", "@prefix ex: <http://example.org/> .\nex:学校 ex:c \"x\"^^ .\n"
        ) { ["stats", $0] }
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(status == 1)
        #expect(
            err == """
                bad.ttl:2: error: syntax error, unexpected ., expecting URI literal or QName
                    ex:学校 ex:c "x"^^ .

                """)
    }

    @Test func datalogErrorAfterChineseText() throws {
        let program = """
            @prefix vg: <https://w3id.org/vocgraph/ns#> .
            名称(X) :- vg:School(X), "学校名称" = X, Z > 1.
            ?- 名称(X).

            """
        let (status, err, dir) = try Self.run("bad.dl", program) {
            ["query", $0, "--graph", "Examples/datalog/sample.ttl"]
        }
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(status == 1)
        #expect(
            err == """
                bad.dl:2:1: error: unsafe rule: Z is not bound
                    名称(X) :- vg:School(X), "学校名称" = X, Z > 1.
                    ^
                bad.dl:2:36: note: variable Z occurs only in a comparison; no positive atom binds it
                    名称(X) :- vg:School(X), "学校名称" = X, Z > 1.
                                                             ^
                bad.dl:2:36: warning: singleton variable Z; write _ or _Z if that is intended
                    名称(X) :- vg:School(X), "学校名称" = X, Z > 1.
                                                             ^

                """)
    }
}
