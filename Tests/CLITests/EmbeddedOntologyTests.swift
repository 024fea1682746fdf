import Foundation
import TestSupport
import Testing

/// `validate` carries `Ontology/*.ttl` inside the binary: the embedded copy is in sync, and the
/// binary validates from any directory.
@Suite struct EmbeddedOntologyTests {
    static let root = Command.packageRoot
    static let target = root.appendingPathComponent("Sources/vocgraph/EmbeddedOntology.swift")

    /// The Swift source embedding `files` (name order), as `EmbeddedOntology.swift` holds it.
    static func render(_ files: [(name: String, text: String)]) -> String {
        var source =
            "// Generated from Ontology/*.ttl; do not edit. `VOCGRAPH_RECORD=1 swift test --filter\n"
            + "// EmbeddedOntologyTests` regenerates it, and a test fails while the two differ.\n\n"
            + "/// The ontology files of `Ontology/`, embedded so that `validate` works from any\n"
            + "/// directory and after `make install`.\n"
            + "enum EmbeddedOntology {\n"
            + "    /// File name → Turtle text, in name order.\n"
            + "    static let files: [(name: String, text: String)] = [\n"
        for file in files {
            var hashes = "#"
            while file.text.contains("\"\"\"" + hashes) || file.text.contains("\\" + hashes) {
                hashes += "#"
            }
            let body = file.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "            " + $0 }.joined(separator: "\n")
            source +=
                "        (\n            \"\(file.name)\",\n            \(hashes)\"\"\"\n" + body
                + "\n            \"\"\"\(hashes)\n        ),\n"
        }
        return source + "    ]\n}\n"
    }

    @Test func embeddedOntologyMatchesTheFiles() throws {
        let dir = Self.root.appendingPathComponent("Ontology")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".ttl") }.sorted()
        let files = try names.map {
            ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8))
        }
        let expected = Self.render(files)
        let actual = try? String(contentsOf: Self.target, encoding: .utf8)
        if actual != expected && ProcessInfo.processInfo.environment["VOCGRAPH_RECORD"] == "1" {
            try expected.write(to: Self.target, atomically: true, encoding: .utf8)
            Issue.record("regenerated EmbeddedOntology.swift: rebuild and commit")
            return
        }
        #expect(
            actual == expected, "run VOCGRAPH_RECORD=1 swift test --filter EmbeddedOntologyTests")
    }

    /// From a directory without `Ontology/`, with the binary copied away from the repository,
    /// `validate` gives the answer it gives with the repository's files named explicitly.
    @Test func validateWorksFromAnyDirectory() throws {
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("vocgraph")
        try FileManager.default.copyItem(atPath: Command.vocgraph, toPath: binary.path)
        let graph = Self.root.appendingPathComponent("Graphs/corpus.ttl").path
        let away = try Command.run(binary.path, ["validate", graph], in: dir)
        let ontology = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("Ontology").path
        ).filter { $0.hasSuffix(".ttl") }.sorted().flatMap { ["--ontology", "Ontology/" + $0] }
        let here = try CLITests.vocgraph(["validate", graph] + ontology)
        #expect(away.status == here.status, "\(away.err)")
        #expect(away.out == here.out)
        #expect(away.out.contains("violation(s) in"), "\(away.out)\(away.err)")
    }
}
