import Foundation
import Testing

@testable import Extraction

/// The `Ontology/*.tsv` data files: embedded in sync, parsed, sorted and unique by their key.
@Suite struct OntologyTableTests {
    static let ontology = TestSupport.packageRoot.appendingPathComponent("Ontology")
    static let target = TestSupport.packageRoot.appendingPathComponent(
        "Sources/Extraction/Lexicon/EmbeddedData.swift")

    /// The `.tsv` files of `Ontology/`, sorted by name.
    static func dataFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: ontology.path)
            .filter { $0.hasSuffix(".tsv") }.sorted()
    }

    /// Every `Ontology/*.tsv` is embedded, scalar for scalar; `VOCGRAPH_RECORD=1` regenerates
    /// `EmbeddedData.swift` (and the test still fails: rebuild, read the diff, commit).
    @Test func embeddedDataMatchesOntologyFiles() throws {
        var texts: [(name: String, text: String)] = []
        for name in try OntologyTableTests.dataFiles() {
            let url = OntologyTableTests.ontology.appendingPathComponent(name)
            texts.append((name, try String(contentsOf: url, encoding: .utf8)))
        }
        let inSync =
            texts.map(\.name) == EmbeddedData.files.keys.sorted()
            && texts.allSatisfy { name, text in
                EmbeddedData.files[name].map { Array($0.unicodeScalars) }
                    == Array(text.unicodeScalars)
            }
        if TestSupport.recording && !inSync {
            let source = EmbeddedDataSource.render(texts)
            try source.write(to: OntologyTableTests.target, atomically: true, encoding: .utf8)
            Issue.record("regenerated EmbeddedData.swift: rebuild and commit")
            return
        }
        #expect(inSync, "run VOCGRAPH_RECORD=1 swift test --filter OntologyTableTests")
    }

    /// Each file parses, and its `# key:` column is sorted and unique.
    @Test(arguments: try OntologyTableTests.dataFiles())
    func dataFileIsSortedAndUnique(name: String) throws {
        let url = OntologyTableTests.ontology.appendingPathComponent(name)
        let table = try OntologyTable(parsing: String(contentsOf: url, encoding: .utf8), name: name)
        #expect(table.key != nil, "\(name) declares no '# key:' column")
        #expect(!table.rows.isEmpty)
        for problem in table.keyViolations() {
            Issue.record("\(problem)")
        }
        let header = table.comments.joined(separator: "\n")
        #expect(header.contains("Source") || header.contains("source"), "\(name): no source")
        #expect(header.contains("icen"), "\(name): no licence")
        #expect(header.contains("Regenerate") || header.contains("Written"), "\(name): no command")
    }

    @Test func parsesByColumnName() throws {
        let text = "# test\n# key: k\nk\tv\tlist\n\na\t1\tx, y\n# a note\nb\t\t\n"
        let table = try OntologyTable(parsing: text, name: "t.tsv")
        let v = try table.column("v")
        let list = try table.column("list")
        #expect(table.comments == ["test", "key: k"])
        #expect(table.key?.name == "k")
        #expect(table.rows.map(\.line) == [5, 7])
        #expect(table.rows.map { $0[v] } == ["1", ""])
        #expect(OntologyTable.list(table.rows[0][list]) == ["x", "y"])
        #expect(OntologyTable.list(table.rows[1][list]).isEmpty)
        #expect(table.keyViolations().isEmpty)
    }

    @Test func errorsNameFileAndLine() throws {
        do {
            _ = try OntologyTable(parsing: "# x\nk\tv\na\n", name: "t.tsv")
        } catch {
            #expect("\(error)" == "t.tsv:3: error: 1 fields, the header has 2 (k, v)")
        }
        do {
            _ = try OntologyTable(parsing: "k\tv\n", name: "t.tsv").column("w")
        } catch {
            #expect("\(error)" == "t.tsv: error: no column 'w' (columns: k, v)")
        }
        do {
            _ = try OntologyTable(parsing: "# key: w\nk\tv\n", name: "t.tsv")
        } catch {
            #expect(error.message == "key column 'w' is not among the columns")
        }
        do {
            _ = try OntologyTable(parsing: "# only comments\n", name: "t.tsv")
        } catch {
            #expect(error.message == "no header row of column names")
        }
        do {
            _ = try OntologyTable(parsing: "k\tk\n", name: "t.tsv")
        } catch {
            #expect("\(error)" == "t.tsv:1: error: column 'k' repeated")
        }
    }

    @Test func keyViolationsAreReportedByLine() throws {
        let table = try OntologyTable(parsing: "# key: k\nk\nb\na\na\n", name: "t.tsv")
        #expect(
            table.keyViolations().map(\.description) == [
                "t.tsv:4: error: k 'a' sorts before line 3's",
                "t.tsv:5: error: k 'a' repeats line 4",
            ])
    }

    @Test func crlfAndExactScalarsAreKept() throws {
        // U+F900 is canonically equivalent to U+8C48: String equality would hide a change.
        let table = try OntologyTable(parsing: "k\tv\r\n\u{F900}\tx\r\n", name: "t.tsv")
        let k = try table.column("k")
        #expect(table.rows.count == 1)
        #expect(table.rows[0][k].unicodeScalars.map(\.value) == [0xF900])
        #expect(table.rows[0].fields[1] == "x")
    }

    @Test func embeddedTablesLoad() throws {
        for name in EmbeddedData.files.keys {
            _ = try OntologyTable.embedded(name)
        }
        #expect(throws: OntologyTableError.self) { try OntologyTable.embedded("nothing.tsv") }
    }
}

/// The Swift source of `EmbeddedData.swift`.
enum EmbeddedDataSource {
    static func render(_ files: [(name: String, text: String)]) -> String {
        var source =
            "// Generated from Ontology/*.tsv; do not edit. `VOCGRAPH_RECORD=1 swift test --filter\n"
            + "// OntologyTableTests` regenerates it, and a test fails while the two differ.\n\n"
            + "/// The data files of `Ontology/`, embedded so the binary works from any directory.\n"
            + "enum EmbeddedData {\n"
            + "    /// File name → text.\n"
            + "    static let files: [String: String] = [\n"
        for file in files {
            source += "        \"\(file.name)\": \(identifier(file.name)),\n"
        }
        source += "    ]\n"
        for file in files {
            let hashes = String(repeating: "#", count: delimiterLength(file.text))
            let body = file.text.unicodeScalars.split(
                separator: "\n", omittingEmptySubsequences: false
            )
            .map { $0.isEmpty ? "" : "        " + String(Substring($0)) }
            .joined(separator: "\n")
            source +=
                "\n    /// `Ontology/\(file.name)`.\n"
                + "    static let \(identifier(file.name)) = \(hashes)\"\"\"\n"
                + body + "\n        \"\"\"\(hashes)\n"
        }
        return source + "}\n"
    }

    /// `government-departments.tsv` → `governmentDepartments`.
    static func identifier(_ name: String) -> String {
        let stem = name.hasSuffix(".tsv") ? String(name.dropLast(4)) : name
        let parts = stem.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var result = parts.first.map(String.init) ?? "file"
        for part in parts.dropFirst() {
            result += part.prefix(1).uppercased() + part.dropFirst()
        }
        return result
    }

    /// The number of `#` a raw string needs so that the text cannot close or interpolate it.
    static func delimiterLength(_ text: String) -> Int {
        var count = 1
        while text.contains("\"\"\"" + String(repeating: "#", count: count))
            || text.contains("\\" + String(repeating: "#", count: count))
        {
            count += 1
        }
        return count
    }
}
