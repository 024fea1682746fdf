import Foundation
import RDF

@testable import Extraction

/// Paths and small readers shared by the figure tests.
enum FigureTestSupport {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` beside the package, where the five corpus documents live.
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/corpus")
    /// `../shared/eval/gold`.
    static let gold = packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/eval/gold")

    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    /// The corpus document whose file name starts with `prefix` (`000`).
    static func corpusDocument(_ prefix: String) throws -> Document {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        guard let name = names.first(where: { $0.hasPrefix(prefix + "_") }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
        return Document(name: name, text: text)
    }

    /// The directory of the golden cases (`FigureCases/<name>/{input.txt, expected.json}`).
    static var casesDirectory: URL {
        Bundle.module.url(forResource: "FigureCases", withExtension: nil)
            ?? packageRoot.appendingPathComponent("Tests/ExtractionTests/FigureCases")
    }

    /// The source directory of the cases, where `VOCGRAPH_RECORD=1` writes new baselines.
    static let sourceCases = packageRoot.appendingPathComponent("Tests/ExtractionTests/FigureCases")

    static var recording: Bool { ProcessInfo.processInfo.environment["VOCGRAPH_RECORD"] == "1" }

    /// Pretty JSON with sorted keys, as the goldens are written.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (String(data: try encoder.encode(value), encoding: .utf8) ?? "") + "\n"
    }

    /// Reads the N-Triples subset of `Examples/trace/facts.nt` (IRIs, plain, typed and tagged literals).
    static func readNTriples(_ text: String) -> Graph {
        var graph = Graph()
        for line in text.split(separator: "\n") {
            var rest = Substring(line).drop(while: { $0 == " " })
            guard !rest.isEmpty, !rest.hasPrefix("#") else { continue }
            var terms: [Term] = []
            while terms.count < 3, let (term, remainder) = readTerm(rest) {
                terms.append(term)
                rest = remainder.drop(while: { $0 == " " })
            }
            if terms.count == 3 { _ = graph.insert(Triple(terms[0], terms[1], terms[2])) }
        }
        return graph
    }

    private static func readTerm(_ s: Substring) -> (Term, Substring)? {
        if s.hasPrefix("<"), let close = s.firstIndex(of: ">") {
            return (
                .iri(String(s[s.index(after: s.startIndex)..<close])), s[s.index(after: close)...]
            )
        }
        guard s.hasPrefix("\"") else { return nil }
        var i = s.index(after: s.startIndex)
        var lexical = ""
        while i < s.endIndex, s[i] != "\"" {
            if s[i] == "\\", s.index(after: i) < s.endIndex {
                i = s.index(after: i)
            }
            lexical.append(s[i])
            i = s.index(after: i)
        }
        guard i < s.endIndex else { return nil }
        var rest = s[s.index(after: i)...]
        if rest.hasPrefix("^^<"), let close = rest.firstIndex(of: ">") {
            let datatype = String(rest[rest.index(rest.startIndex, offsetBy: 3)..<close])
            rest = rest[rest.index(after: close)...]
            return (.literal(Literal(lexical, datatype: IRI(unchecked: datatype))), rest)
        }
        if rest.hasPrefix("@") {
            let tag = rest.dropFirst().prefix { $0.isLetter || $0 == "-" }
            rest = rest.dropFirst(1 + tag.count)
            return (.text(lexical, language: String(tag)), rest)
        }
        return (.string(lexical), rest)
    }

    /// The concepts of `Ontology/metrics.ttl`, read from its one-statement-per-line layout.
    static func readMetricsTurtle(_ text: String) -> [MetricConcept] {
        var concepts: [MetricConcept] = []
        var current: MetricConcept?
        func quoted(_ line: String) -> String {
            guard let open = line.firstIndex(of: "\""), let close = line.lastIndex(of: "\""),
                open < close
            else {
                return ""
            }
            return String(line[line.index(after: open)..<close])
        }
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("vgi:metric-"), line.contains(" a skos:Concept") {
                let slug = line.dropFirst("vgi:metric-".count).prefix { $0 != " " }
                current = MetricConcept(
                    slug: String(slug), prefLabel: "", altLabels: [], unit: "", largerIsBetter: true
                )
            } else if line.hasPrefix("skos:prefLabel") {
                current?.prefLabel = quoted(line)
            } else if line.hasPrefix("skos:altLabel") {
                current?.altLabels.append(quoted(line))
            } else if line.hasPrefix("vg:unit ") {
                current?.unit = quoted(line)
            } else if line.hasPrefix("vg:largerIsBetter"), var concept = current {
                concept.largerIsBetter = line.contains("true")
                concepts.append(concept)
                current = nil
            }
        }
        return concepts
    }
}
