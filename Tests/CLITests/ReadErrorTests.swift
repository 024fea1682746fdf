import Foundation
import TestSupport
import Testing

/// Read failures name the file and the reason in plain words (issue 15, unclear errors).
@Suite struct ReadErrorTests {
    typealias CLI = CLITests

    @Test func datalogProgramsThatCannotBeReadSayWhy() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try CLI.vocgraph(["query", dir.appendingPathComponent("none.dl").path])
        #expect(missing.status == 1)
        #expect(missing.err.contains("none.dl: cannot read: no such file"), "\(missing.err)")
        let program = dir.appendingPathComponent("bad.dl")
        try Data("p(1).\n?- p(X\u{FF}).\n".utf8.map { $0 == 0xC3 ? 0xFF : $0 }).write(to: program)
        let bad = try CLI.vocgraph(["query", program.path])
        #expect(bad.status == 1)
        #expect(
            bad.err.contains("bad.dl: is not UTF-8 text (byte 0xFF at line 2, column 7)"),
            "\(bad.err)")
        let directory = try CLI.vocgraph(["query", dir.path])
        #expect(directory.err.contains("is a directory"), "\(directory.err)")
        for result in [missing, bad, directory] {
            #expect(!result.err.contains("NSCocoaErrorDomain") && !result.err.contains("Usage:"))
        }
    }

    @Test func rdfInputsThatCannotBeReadSayWhy() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let zero = try CLI.vocgraph(["stats", "/dev/zero", "--input-format", "ntriples"])
        #expect(zero.status == 1)
        #expect(zero.err.contains("/dev/zero: is a device"), "\(zero.err)")
        let gzip = dir.appendingPathComponent("g.nt").path
        _ = try Command.run("sh", ["-c", "gzip -c Examples/sample-graph.ttl > \(gzip)"])
        let compressed = try CLI.vocgraph(["stats", gzip])
        #expect(compressed.err.contains("is gzip-compressed"), "\(compressed.err)")
        let wrong = try CLI.vocgraph([
            "stats", "Examples/sample-graph.ttl", "--input-format", "rdfxml",
        ])
        #expect(wrong.status == 1)
        #expect(wrong.err.contains("the file name suggests Turtle"), "\(wrong.err)")
    }

    @Test func anRDFXMLFileNamingALocalFileIsRefused() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dtd = dir.appendingPathComponent("evil.dtd").path
        try "<!ENTITY secret \"SECRET\">\n".write(toFile: dtd, atomically: false, encoding: .utf8)
        let input = dir.appendingPathComponent("in.rdf").path
        try """
        <?xml version="1.0"?>
        <!DOCTYPE rdf:RDF [ <!ENTITY % pe SYSTEM "file://\(dtd)"> %pe; ]>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">
        <rdf:Description rdf:about="http://e/a"><ex:p>&secret;</ex:p></rdf:Description>
        </rdf:RDF>
        """.write(toFile: input, atomically: false, encoding: .utf8)
        let out = dir.appendingPathComponent("out.nt").path
        let result = try CLI.vocgraph(["export", input, "--format", "ntriples", "-o", out])
        #expect(result.status == 1)
        #expect(
            result.err.contains("in.rdf:2:21: error: parameter entities are not read"),
            "\(result.err)")
        #expect(!result.err.contains("SECRET") && !FileManager.default.fileExists(atPath: out))
    }
}

extension ReadErrorTests {
    /// Every command names a missing input the same way: `FILE: cannot read: reason`.
    @Test func everyCommandSaysCannotRead() throws {
        let missing = "/nonexistent/missing"
        let commands: [[String]] = [
            ["query", missing + ".dl"], ["explain", missing + ".dl"], ["sparql", missing + ".rq"],
            ["query", "Examples/datalog/huawei-partners.dl", "--graph", missing + ".ttl"],
            ["sparql", "Examples/sparql/huawei-partners.rq", "--graph", missing + ".ttl"],
            ["export", missing + ".ttl"], ["stats", missing + ".ttl"],
            ["validate", missing + ".ttl"], ["trace", "--graph", missing + ".ttl"],
            ["repl", "--graph", missing + ".ttl"], ["extract", missing + ".txt"],
            ["metrics", missing + ".txt"], ["build", missing, "-o", "/tmp/never-written.ttl"],
        ]
        for arguments in commands {
            let result = try CLITests.vocgraph(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(
                result.err.contains(": cannot read: no such file"),
                "\(arguments.joined(separator: " ")): \(result.err)")
            #expect(!result.err.contains("NSCocoaErrorDomain"), "\(result.err)")
        }
    }
}

extension ReadErrorTests {
    /// `query` and `sparql` without `--graph` say so on stderr, and still answer (over nothing).
    @Test func aQueryWithoutAGraphWarns() throws {
        for arguments in [
            ["query", "Examples/datalog/huawei-partners.dl"],
            ["sparql", "Examples/sparql/huawei-partners.rq"],
        ] {
            let result = try CLITests.vocgraph(arguments)
            #expect(result.status == 0, "\(result.err)")
            #expect(result.err.contains("warning: no --graph given"), "\(result.err)")
        }
        let given = try CLITests.vocgraph([
            "query", "Examples/datalog/huawei-partners.dl", "--graph",
            "Examples/datalog/sample.ttl",
        ])
        #expect(!given.err.contains("no --graph given"))
    }
}
