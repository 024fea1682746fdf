import Foundation
import RDF
import RaptorIO
import Testing

@testable import Extraction

/// Every relation's quote shows the relation: it contains its cue word and both names, or the
/// word that refers to a party and a second evidence span where that party was named.
@Suite struct RelationEvidenceTests {
    /// The texts the relations are checked on: the corpus when it is beside the package, and
    /// the evaluation cases of our own writing.
    static func files() -> [String] {
        let cases = TestSupport.packageRoot.appendingPathComponent(
            "Tests/ExtractionTests/EvalCases")
        let texts =
            ((try? FileManager.default.contentsOfDirectory(atPath: cases.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { cases.appendingPathComponent($0).path }
        return (TestSupport.corpusAvailable ? TestSupport.corpusFiles() : []) + texts
    }

    @Test func everyQuoteHoldsItsCueAndBothNames() throws {
        var checked = 0
        for file in Self.files() {
            let extraction = Extractor.standard.extract(try Document(contentsOf: file))
            let document = extraction.document
            for fact in extraction.relations {
                let evidence = fact.start..<fact.end
                let place = "\(document.name):\(document.line(at: fact.start)) \(fact.rule)"
                // The cue: inside the quote, or for a table row in the caption or header that
                // says what the rows are (never in another row).
                guard let cue = fact.cue else {
                    Issue.record("\(place): no cue in “\(document.slice(fact.start, fact.end))”")
                    continue
                }
                let isTableRow = fact.rule == "table-row" || fact.rule == "member-table"
                #expect(
                    evidence.contains(cue.lowerBound) && cue.upperBound <= fact.end
                        || (isTableRow && cue.upperBound <= fact.start),
                    "\(place): cue \(document.slice(cue.lowerBound, cue.upperBound)) outside “\(document.slice(fact.start, fact.end))”"
                )
                // The quote never runs across a paragraph break (but for a name broken across a
                // page: 深圳市⏎⏎第二职业技术学校) or a table row.
                let names = extraction.mentions.filter {
                    $0.entity == fact.subject || $0.entity == fact.object
                }
                let s = document.scalars
                for i in fact.start..<fact.end where s[i] == "\n" {
                    var j = i + 1
                    while j < fact.end && (s[j] == " " || s[j] == "\u{3000}") { j += 1 }
                    guard j < fact.end && s[j] == "\n" else { continue }
                    #expect(
                        names.contains { $0.start <= i && i < $0.end },
                        "\(place): quote runs across a blank line")
                }
                if isTableRow {
                    #expect(
                        document.line(at: fact.start) == document.line(at: fact.end - 1), "\(place)"
                    )
                }
                // Both parties: named in the quote, or (through coreference) named in the
                // referent span.
                for party in [fact.subject, fact.object] {
                    let spans = extraction.mentions.filter { $0.entity == party }.map {
                        $0.start..<$0.end
                    }
                    let inQuote = spans.contains {
                        evidence.contains($0.lowerBound) && $0.upperBound <= fact.end
                    }
                    let inReferent =
                        fact.referentNamed.map { named in
                            spans.contains { named.contains($0.lowerBound) }
                        } ?? false
                    #expect(
                        inQuote || inReferent,
                        "\(place): \(extraction.entities[party].name) not in “\(document.slice(fact.start, fact.end))”"
                    )
                }
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// In the committed corpus graph every relation fact carries its rule, a confidence and
    /// the cue, and a coreference fact a second evidence span.
    @Test(.enabled(if: TestSupport.corpusAvailable))
    func corpusGraphFactsCarryRuleConfidenceAndReferent() throws {
        let path = TestSupport.packageRoot.appendingPathComponent("Graphs/corpus.ttl").path
        let graph = try RDFReader().read(file: path, format: .turtle)
        let relationPredicates = Set(RelationType.allCases.map(\.predicate))
        var facts = 0
        for triple in graph.match(predicate: .iri(Vocab.rdf.predicate)) {
            guard let p = triple.object.iri, relationPredicates.contains(p) else { continue }
            let node = triple.subject
            facts += 1
            #expect(!graph.match(subject: node, predicate: .iri(Vocab.vg.rule)).isEmpty)
            #expect(graph.match(subject: node, predicate: .iri(Vocab.vg.confidence)).count == 1)
            #expect(graph.match(subject: node, predicate: .iri(Vocab.vg.cue)).count == 1)
            if !graph.match(subject: node, predicate: .iri(Vocab.vg.viaCoreference)).isEmpty {
                #expect(
                    graph.match(subject: node, predicate: .iri(Vocab.vg.referentEvidence)).count
                        == 1)
            }
        }
        #expect(facts > 50)
    }
}
