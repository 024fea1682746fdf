import Foundation
import QueryResults
import RDF
import RaptorIO
import SPARQL
import TestSupport
import Testing

/// Every `.rq` in Examples/ answered by Rasqal (through `SPARQLEngine`) and by pyoxigraph over
/// the same graph must agree row for row; a query marked `# vocgraph: unsupported FEATURE` must
/// be answered by pyoxigraph (so it is valid SPARQL 1.1) and refused by us naming the feature.
@Suite struct RasqalDifferentialTests {
    static let root = Command.packageRoot
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("oxigraph_answers.py")

    /// One query of an example file (files of Examples/datalog hold several, split by `#---`).
    struct Example: CustomTestStringConvertible, Sendable {
        var file: String
        var index: Int
        var text: String
        var testDescription: String { index == 0 ? file : "\(file) #\(index + 1)" }

        /// The graph it runs over: `sample.ttl` beside it, else the corpus graph.
        var graph: String {
            let dir = URL(fileURLWithPath: file).deletingLastPathComponent()
            let sample = dir.appendingPathComponent("sample.ttl").path
            let local = RasqalDifferentialTests.root.appendingPathComponent(sample).path
            return FileManager.default.fileExists(atPath: local) ? sample : "Graphs/corpus.ttl"
        }

        /// `property paths` for `# vocgraph: unsupported property paths`.
        var unsupported: String? { marker("# vocgraph: unsupported ") }
        /// `COUNT(?E) over an OPTIONAL` for `# vocgraph: rasqal differs COUNT(?E) over an OPTIONAL`:
        /// Rasqal answers differently from SPARQL 1.1, and we warn.
        var differs: String? { marker("# vocgraph: rasqal differs ") }

        private func marker(_ prefix: String) -> String? {
            text.split(separator: "\n").first { $0.hasPrefix(prefix) }
                .map { String($0.dropFirst(prefix.count)) }
        }
    }

    static let examples: [Example] = {
        let base = root.appendingPathComponent("Examples")
        let files =
            FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".rq") }.sorted() ?? []
        return files.flatMap { name -> [Example] in
            let path = "Examples/" + name
            let text =
                (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
            return text.components(separatedBy: "#---")
                .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                .enumerated().map { Example(file: path, index: $0.offset, text: $0.element) }
        }
    }()

    /// Graphs read once for every example; guarded by `lock` (test cases run in parallel).
    nonisolated(unsafe) static var graphs: [String: Graph] = [:]
    static let lock = NSLock()

    static func graph(_ path: String) throws -> Graph {
        lock.lock()
        defer { lock.unlock() }
        if let graph = graphs[path] { return graph }
        let graph = try RDFReader().read(file: root.appendingPathComponent(path).path, format: nil)
        graphs[path] = graph
        return graph
    }

    /// pyoxigraph's answers to every query of `example.file`.
    static func oxigraph(_ example: Example) throws -> [String: Any] {
        let outcome = try Command.run(
            "python3",
            [
                script.path, root.appendingPathComponent(example.graph).path,
                root.appendingPathComponent(example.file).path,
            ])
        try #require(outcome.status == 0, "oxigraph_answers.py failed: \(outcome.err)")
        let lines = outcome.out.split(separator: "\n")
        try #require(lines.count > example.index, "pyoxigraph gave \(lines.count) answers")
        let object = try JSONSerialization.jsonObject(with: Data(lines[example.index].utf8))
        return try #require(object as? [String: Any])
    }

    /// A term as pyoxigraph prints it, blank nodes made equal (their labels are each engine's own).
    static func cell(_ term: Term?) -> String {
        guard let term else { return "UNBOUND" }
        if term.isBlank { return "_:b" }
        return canonicalDecimal(term.description)
    }

    static func cell(_ text: Any?) -> String {
        guard let text = text as? String else { return "UNBOUND" }
        return text.hasPrefix("_:") ? "_:b" : canonicalDecimal(text)
    }

    /// pyoxigraph stores decimals by value and prints `10.0` as `"10"`; Rasqal keeps the lexical
    /// form. Both sides are compared in pyoxigraph's form.
    static func canonicalDecimal(_ text: String) -> String {
        let suffix = "\"^^<http://www.w3.org/2001/XMLSchema#decimal>"
        guard text.hasPrefix("\""), text.hasSuffix(suffix) else { return text }
        var lexical = String(text.dropFirst().dropLast(suffix.count))
        if lexical.contains(".") {
            while lexical.hasSuffix("0") { lexical.removeLast() }
            if lexical.hasSuffix(".") { lexical.removeLast() }
        }
        return "\"" + lexical + suffix
    }

    @Test(arguments: RasqalDifferentialTests.examples)
    func rasqalAgreesWithPyoxigraph(_ example: Example) throws {
        #expect(!Self.examples.isEmpty)
        let expected = try Self.oxigraph(example)
        let graph = try Self.graph(example.graph)
        if let feature = example.unsupported {
            #expect(expected["kind"] as? String != "error", "pyoxigraph rejects it: \(expected)")
            let error = #expect(throws: SPARQLError.self) {
                _ = try SPARQLEngine.run(example.text, file: example.file, over: graph)
            }
            #expect(error?.kind == .unsupported)
            #expect(error?.message.contains(feature) == true, "\(String(describing: error))")
            // Features found at a token are reported there; the others have no position.
            if SPARQLLimits.Feature(rawValue: feature) != .aggregateOverSubquery {
                #expect(error?.line != nil && error?.column != nil)
            }
            return
        }
        let answer = try SPARQLEngine.run(example.text, file: example.file, over: graph)
        if let difference = example.differs {
            // The warning is printed, and the answers do differ (a Rasqal that fixes it fails
            // here, so that the marker and the README are updated).
            let warnings = SPARQLLimits.warnings(for: example.text)
            #expect(warnings.contains { $0.contains(difference) }, "\(warnings)")
            if case .table(let set) = answer {
                let theirs = (expected["rows"] as? [[Any]] ?? []).map { $0.map(Self.cell) }
                #expect(Set(set.rows.map { $0.map(Self.cell) }) != Set(theirs))
            }
            return
        }
        #expect(SPARQLLimits.warnings(for: example.text).isEmpty)
        switch (answer, expected["kind"] as? String) {
        case (.table(let set), "boolean"):
            #expect(set.isBoolean)
            #expect(set.boolean == (expected["value"] as? Bool))
        case (.table(let set), "bindings"):
            let vars = expected["vars"] as? [String] ?? []
            #expect(set.columns == vars)
            let theirs = (expected["rows"] as? [[Any]] ?? []).map { $0.map(Self.cell) }
            let ours = set.rows.map { $0.map(Self.cell) }
            let ordered = example.text.uppercased().contains("ORDER BY")
            if ordered {
                #expect(ours == theirs)
            } else {
                #expect(
                    ours.map { $0.joined(separator: "\t") }.sorted()
                        == theirs.map { $0.joined(separator: "\t") }.sorted())
            }
            #expect(!ours.isEmpty, "an example that answers nothing tests nothing")
        case (.graph(let triples), "triples"):
            let ours = triples.triples.map {
                [$0.subject, $0.predicate, $0.object].map { Self.cell(Optional($0)) }
            }
            let theirs = (expected["triples"] as? [[Any]] ?? []).map { $0.map(Self.cell) }
            #expect(!ours.isEmpty, "an example that constructs nothing tests nothing")
            #expect(
                ours.map { $0.joined(separator: " ") }.sorted()
                    == Set(theirs.map { $0.joined(separator: " ") }).sorted())
        default:
            Issue.record("different kinds of answer: ours \(answer), pyoxigraph \(expected)")
        }
    }
}
