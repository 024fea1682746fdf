import Foundation
import RDF
import RaptorIO
import Testing

@testable import Extraction

@Suite(
    .enabled(if: TestSupport.corpusAvailable, "../shared/corpus is absent: corpus tests skipped"))
struct CorpusTests {
    /// Every fact of every corpus document quotes exactly the text at its offsets and line.
    @Test func everyQuoteEqualsTheTextAtItsOffsets() throws {
        let files = TestSupport.corpusFiles()
        #expect(!files.isEmpty)
        for file in files {
            let extraction = Extractor.standard.extract(try Document(contentsOf: file))
            let document = extraction.document
            for fact in extraction.relations {
                #expect(fact.start < fact.end)
                #expect(document.slice(fact.start, fact.end).isEmpty == false)
            }
            for record in extraction.report.relations {
                #expect(
                    document.slice(record.start, record.end) == record.evidence,
                    "\(document.name):\(record.line)")
                #expect(document.line(at: record.start) == record.line)
            }
            for policy in extraction.policies {
                let quote = document.slice(policy.start, policy.end)
                #expect(quote.hasPrefix("《"), "\(document.name):\(policy.line)")
            }
            for mention in extraction.mentions {
                #expect(document.slice(mention.start, mention.end) == mention.surface)
            }
        }
    }

    /// The quote selectors of the built graph agree with the position selectors.
    @Test func graphSelectorsAgree() throws {
        let files = TestSupport.corpusFiles()
        let extractions = try files.map { Extractor.standard.extract(try Document(contentsOf: $0)) }
        let graph = GraphBuilder().graph(for: extractions)
        let oa = "http://www.w3.org/ns/oa#"
        let exact = graph.match(predicate: .iri(oa + "exact"))
        #expect(!exact.isEmpty)
        let documents = Dictionary(
            uniqueKeysWithValues: extractions.map {
                (Vocab.vgi.namespace + GraphBuilder.documentLocalName($0.document), $0.document)
            })
        for quote in exact {
            guard let quoteIRI = quote.subject.iri?.string, quoteIRI.hasSuffix("-q") else {
                continue
            }
            let span = String(quoteIRI.dropLast(2))
            let position = Term.iri(span + "-p")
            let start = graph.match(subject: position, predicate: .iri(oa + "start")).first?.object
                .literal
            let end = graph.match(subject: position, predicate: .iri(oa + "end")).first?.object
                .literal
            let source = graph.match(subject: .iri(span), predicate: .iri(oa + "hasSource")).first?
                .object.iri
            let document = try #require(source.flatMap { documents[$0.string] })
            let a = try #require(start.flatMap { Int($0.lexical) })
            let b = try #require(end.flatMap { Int($0.lexical) })
            #expect(document.slice(a, b) == quote.object.literal?.lexical)
        }
    }

    /// Graphs/corpus.ttl is what `make graphs` builds, byte for byte.
    @Test func committedCorpusGraphIsUpToDate() throws {
        let result = CorpusBuilder().build(
            try CorpusBuilder.inputFiles([TestSupport.corpusDirectory.path]))
        #expect(result.skipped.isEmpty)
        let text = try RDFWriter().serialize(
            GraphBuilder().graph(for: result.extractions), format: .turtle)
        let url = TestSupport.packageRoot.appendingPathComponent("Graphs/corpus.ttl")
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(text == committed, "Graphs/corpus.ttl is stale: run `make graphs` and commit it")
    }

    /// Two builds give the same bytes (parallel extraction, deterministic merge).
    @Test func buildIsDeterministic() throws {
        let files = try CorpusBuilder.inputFiles([TestSupport.corpusDirectory.path])
        let a = try RDFWriter().serialize(
            GraphBuilder().graph(for: CorpusBuilder().build(files).extractions), format: .ntriples)
        let b = try RDFWriter().serialize(
            GraphBuilder().graph(for: CorpusBuilder().build(files.reversed()).extractions),
            format: .ntriples)
        #expect(a == b)
    }
}
