import Foundation
import RDF
import RaptorIO
import Testing

@testable import Extraction

/// One vocabulary: the `vg:` constants are the terms `Ontology/vocgraph.ttl` declares, every
/// `vg:` term the code, the data files and the examples use is declared there, and no source file
/// but `Sources/RDF/Vocab*.swift` spells a namespace.
@Suite struct VocabularyTests {
    static let root = TestSupport.packageRoot

    /// The `vg:` terms the ontology declares (typed as a class or a property), in file order.
    static func declaredTerms() throws -> [IRI] {
        let path = root.appendingPathComponent("Ontology/vocgraph.ttl").path
        let ontology = try RDFReader().read(file: path, format: .turtle)
        let kinds: Set<IRI> = [
            Vocab.owl.Class, Vocab.owl.ObjectProperty, Vocab.owl.DatatypeProperty,
            Vocab.owl.AnnotationProperty,
        ]
        return ontology.match(predicate: .iri(Vocab.rdf.type)).compactMap { t in
            guard let s = t.subject.iri, s.string.hasPrefix(Vocab.vg.namespace),
                let kind = t.object.iri, kinds.contains(kind)
            else { return nil }
            return s
        }
    }

    /// The files under `directory` whose names end in one of `extensions`, sorted.
    static func files(under directory: String, _ extensions: [String]) -> [URL] {
        let base = root.appendingPathComponent(directory)
        let walker = FileManager.default.enumerator(atPath: base.path)
        var out: [URL] = []
        while let name = walker?.nextObject() as? String {
            if extensions.contains(where: { name.hasSuffix($0) }) {
                out.append(base.appendingPathComponent(name))
            }
        }
        return out.sorted { $0.path < $1.path }
    }

    /// Lines that are code, not `//` comments.
    static func codeLines(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter {
            !$0.drop(while: { $0 == " " }).hasPrefix("//")
        }
    }

    @Test func constantsAreTheOntologysTerms() throws {
        let declared = try Self.declaredTerms()
        #expect(Set(declared).count == declared.count)
        // Regenerate with `python3 scripts/gen-vocab.py` when this fails.
        #expect(Set(Vocab.vg.all) == Set(declared))
        #expect(Set(Vocab.vg.all).count == Vocab.vg.all.count)
    }

    /// Every `vg:name` in code, data files and examples is a declared term.
    @Test func everyUsedTermIsDeclared() throws {
        let declared = Set(
            try Self.declaredTerms().map { "vg:" + $0.string.dropFirst(Vocab.vg.namespace.count) })
        let pattern = try Regex(#"\bvg:[A-Za-z_][A-Za-z0-9_]*"#)
        var undeclared: [String] = []
        var used = Set<String>()
        let sources = Self.files(under: "Sources", [".swift"])
        let data = Self.files(under: "Ontology", [".ttl"])
        let examples = Self.files(under: "Examples", [".dl", ".rq", ".ttl"])
        for url in sources + data + examples {
            let text = try String(contentsOf: url, encoding: .utf8)
            let lines =
                url.pathExtension == "swift" ? Self.codeLines(text) : text.split(separator: "\n")
            for line in lines where !line.hasPrefix("#") && !line.hasPrefix("%") {
                for match in line.matches(of: pattern) {
                    let term = String(line[match.range])
                    used.insert(term)
                    if !declared.contains(term) {
                        undeclared.append("\(url.lastPathComponent): \(term)")
                    }
                }
            }
        }
        #expect(undeclared == [])
        // The data files and examples use most of the vocabulary: the scan sees them.
        #expect(used.count >= 20, "\(used.sorted())")
    }

    /// Namespaces are spelled once, in `Sources/RDF/Vocab.swift` and `Vocab+VocGraph.swift`
    /// (and in the embedded lexicon and ontology, which are Turtle data).
    @Test func namespacesAreSpelledOnlyInVocab() throws {
        let owners: Set<String> = [
            "Vocab.swift", "Vocab+VocGraph.swift", "LexiconText.swift", "EmbeddedOntology.swift",
        ]
        var spelled: [String] = []
        for url in Self.files(under: "Sources", [".swift"])
        where !owners.contains(url.lastPathComponent) {
            let code = Self.codeLines(try String(contentsOf: url, encoding: .utf8))
            for (_, namespace) in Vocab.namespaces
            where code.contains(where: { $0.contains(namespace) }) {
                spelled.append("\(url.lastPathComponent): \(namespace)")
            }
        }
        #expect(spelled == [])
        #expect(PrefixMap.standard.bindings.map(\.prefix) == Vocab.namespaces.map(\.prefix))
    }
}
