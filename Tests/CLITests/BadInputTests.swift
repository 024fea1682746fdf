import Foundation
import TestSupport
import Testing

/// Bad input of every kind gets a clear message and a non-zero exit status (never a signal), and
/// leaves no output file behind (issue: reliability).
@Suite struct BadInputTests {
    typealias CLI = CLITests

    func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func undecodableTextNamesTheByteAndOffset() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let invalid = try write(
            Array("深圳".utf8) + [0xFF, 0xFE] + Array("市".utf8), "invalid.txt", in: dir)
        let out = dir.appendingPathComponent("out.json").path
        let result = try CLI.vocgraph(["extract", invalid, "--json", "-o", out])
        #expect(result.status == 1)
        #expect(
            result.err.contains(
                "invalid.txt:1:3: error: neither UTF-8 nor GB18030 nor Big5 (byte 0xFF at offset 6)"
            ),
            "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: out))

        var rng = SystemRandomNumberGenerator()
        let binary = try write(
            (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) } + [0x00, 0xFF],
            "binary.bin", in: dir)
        let second = try CLI.vocgraph(["extract", binary, "--json"])
        #expect(second.status == 1)
        #expect(second.err.contains("binary.bin:"), "\(second.err)")
        #expect(second.err.contains("NUL byte"), "\(second.err)")
    }

    @Test func gb18030TextIsDecodedLikeUTF8() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let utf8 = CLI.root.appendingPathComponent("Examples/sample-report.txt").path
        let gbk = dir.appendingPathComponent("sample-report.txt").path
        _ = try Command.run("iconv", ["-f", "UTF-8", "-t", "GB18030", "-o", gbk, utf8])
        let a = try CLI.vocgraph(["extract", utf8, "--json"])
        let b = try CLI.vocgraph(["extract", gbk, "--json"])
        #expect(b.status == 0, "\(b.err)")
        #expect(a.out == b.out)
        #expect(a.out.contains("\"type\" : \"partnersWith\""))
    }

    @Test func emptyAndEntityFreeDocumentsGiveEmptyReports() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = try write([], "empty.txt", in: dir)
        let plain = try write(Array("今天天气很好，没有提到任何机构。\n".utf8), "plain.txt", in: dir)
        for file in [empty, plain] {
            let result = try CLI.vocgraph(["extract", file, "--json"])
            #expect(result.status == 0, "\(result.err)")
            #expect(result.err.contains("is empty") == (file == empty), "\(result.err)")
            let json =
                try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
            #expect((json?["entities"] as? [Any])?.isEmpty == true)
            #expect((json?["relations"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func buildSkipsUnreadableFilesWithAWarningEach() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CLI.root.appendingPathComponent("Examples/sample-report.txt"),
            to: docs.appendingPathComponent("a.txt"))
        _ = try write([0xFF, 0x00, 0xFE, 0x81], "b.txt", in: docs)
        try FileManager.default.createSymbolicLink(
            atPath: docs.appendingPathComponent("c.txt").path,
            withDestinationPath: "/nonexistent/c.txt")
        let out = dir.appendingPathComponent("g.ttl").path
        let refused = try CLI.vocgraph(["build", docs.path, "-o", out])
        #expect(refused.status == 1, "\(refused.err)")
        #expect(refused.err.contains("2 of 3 documents skipped"), "\(refused.err)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let result = try CLI.vocgraph(["build", docs.path, "--keep-going", "-o", out])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("b.txt"))
        #expect(result.err.contains("c.txt"))
        #expect(result.out.contains("documents: 1"))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func longSingleLineIsExtractedWithoutCrashing() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let line = String(repeating: "深圳市第一职业技术学校与华为技术有限公司合作共建实训基地，", count: 4_000)
        // One 350 KB line (the tests run the debug build).
        let path = try write(Array(line.utf8), "long.txt", in: dir)
        let result = try CLI.vocgraph(["extract", path, "--json"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("华为技术有限公司"))
    }

    @Test func brokenDatalogProgramsReportEveryErrorAndWriteNothing() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = dir.appendingPathComponent("bad.dl")
        try """
        p(X) :- vg:School(Y).
        q(X) :- nope:thing(X).
        r(X, Y) :- vg:School(X), not s(Y).
        """.write(to: program, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("m.ttl").path
        let result = try CLI.vocgraph([
            "query", program.path, "--graph", "Examples/datalog/sample.ttl",
            "--materialize", "p=https://w3id.org/vocgraph/ns#p", "-o", out,
        ])
        #expect(result.status != 0)
        #expect(result.err.contains("bad.dl:1:"), "\(result.err)")
        #expect(result.err.contains("bad.dl:2:"), "\(result.err)")
        #expect(result.err.contains("bad.dl:3:"), "\(result.err)")
        #expect(result.err.contains("^"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func divisionByZeroAndRunawayProgramsStopCleanly() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let division = dir.appendingPathComponent("div.dl")
        try "d(Z) :- vg:School(S), Z = 1 / 0.\n?- d(Z).\n".write(
            to: division, atomically: true, encoding: .utf8)
        let a = try CLI.vocgraph(["query", division.path, "--graph", "Examples/datalog/sample.ttl"])
        #expect(a.status != 0)
        #expect(a.err.lowercased().contains("division by zero"), "\(a.err)")

        let runaway = dir.appendingPathComponent("runaway.dl")
        try "n(0).\nn(Y) :- n(X), Y = X + 1.\n?- n(X).\n".write(
            to: runaway, atomically: true, encoding: .utf8)
        let b = try CLI.vocgraph([
            "query", runaway.path, "--graph", "Examples/datalog/sample.ttl", "--max-facts", "10000",
        ])
        #expect(b.status != 0)
        #expect(b.err.contains("10000") || b.err.contains("max-facts"), "\(b.err)")
        let c = try CLI.vocgraph([
            "query", runaway.path, "--graph", "Examples/datalog/sample.ttl", "--timeout", "1",
        ])
        #expect(c.status != 0)
        #expect(
            c.err.lowercased().contains("timeout") || c.err.lowercased().contains("time"),
            "\(c.err)")
    }
}

extension BadInputTests {
    /// A join that derives nothing for a long time still stops at --timeout.
    @Test func timeoutStopsAJoinThatDerivesNothing() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = dir.appendingPathComponent("edges.nt")
        var text = ""
        for i in 0..<6000 { text += "<http://e/n\(i)> <http://e/edge> <http://e/n\(i + 1)> .\n" }
        try text.write(to: graph, atomically: true, encoding: .utf8)
        let program = dir.appendingPathComponent("never.dl")
        try """
        never(A, C) :- <http://e/edge>(A, B), <http://e/edge>(C, D), strlen(concat(str(B), str(D))) > 1000.
        ?- never(A, C).
        """.write(to: program, atomically: true, encoding: .utf8)
        let start = Date()
        let result = try CLI.vocgraph([
            "query", program.path, "--graph", graph.path, "--timeout", "1",
        ])
        #expect(result.status == 1)
        #expect(result.err.contains("--timeout"), "\(result.err)")
        #expect(Date().timeIntervalSince(start) < 30)
    }
}
