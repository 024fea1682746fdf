import Foundation
import RDF
import Testing

@testable import Extraction

/// The RDF that `FigureGraph` writes: IRIs, Data Cube observations, tasks, targets and evidence spans.
@Suite struct FigureGraphTests {
    func document(_ name: String) throws -> Document {
        let url = FigureTestSupport.casesDirectory.appendingPathComponent(name)
            .appendingPathComponent("input.txt")
        return Document(name: name + ".txt", text: try String(contentsOf: url, encoding: .utf8))
    }

    func graph(_ names: [String]) throws -> Graph {
        var figures = FigureGraph()
        for name in names {
            let d = try document(name)
            figures.add(d, report: FigureRecognizer().report(for: d))
        }
        figures.link()
        return figures.graph
    }

    func objects(_ g: Graph, _ s: Term, _ p: Term) -> [Term] {
        g.match(subject: s, predicate: p).map(\.object)
    }

    @Test func iriAreASCIIAndDeterministic() throws {
        let first = try graph(["task-list", "table-broken-rows"])
        let second = try graph(["task-list", "table-broken-rows"])
        #expect(first.triples == second.triples)
        for triple in first.triples {
            for term in [triple.subject, triple.predicate, triple.object] {
                guard let iri = term.iri?.string, iri.hasPrefix(Vocab.vgi.namespace) else {
                    continue
                }
                let local = iri.dropFirst(Vocab.vgi.namespace.count)
                #expect(local.allSatisfy { $0.isASCII } && local.first?.isLetter == true, "\(iri)")
            }
        }
    }

    @Test func tasksTargetsAndSpans() throws {
        let d = try document("task-list")
        let g = try graph(["task-list"])
        let docID = FigureGraph.documentID(d)
        let task = Term.iri(InstanceIRI.task(documentID: docID, list: "示例市工作任务清单", number: 2))
        #expect(objects(g, task, .iri(Vocab.rdf.type)).contains(.iri(Vocab.vg.PolicyTask)))
        #expect(objects(g, task, .iri(Vocab.vg.taskNumber)) == [.integer(2)])
        #expect(objects(g, task, .iri(Vocab.vg.responsibleUnit)).count == 5)
        #expect(
            objects(g, task, .iri(Vocab.vg.leadUnit)) == [
                .iri(OrganizationKey(naming: "示例市教育局", fallback: .govBody).iri)
            ])
        let targets = g.match(predicate: .iri(Vocab.vg.task), object: task).map(\.subject)
        #expect(targets.count == 3)
        // The range target: value, maximum and comparator.
        let range = try #require(
            targets.first { objects(g, $0, .iri(Vocab.vg.targetValueMax)).count == 1 })
        #expect(objects(g, range, .iri(Vocab.vg.targetValue)) == [Term.decimal(6)])
        #expect(objects(g, range, .iri(Vocab.vg.targetValueMax)) == [Term.decimal(8)])
        #expect(
            objects(g, range, .iri(Vocab.vg.comparator)) == [.iri(InstanceIRI.comparator("range"))])
        // Its evidence span: the quote is the text at the position selector's offsets.
        let span = try #require(objects(g, range, .iri(Vocab.prov.wasDerivedFrom)).first)
        #expect(objects(g, span, .iri(Vocab.oa.hasSource)) == [.iri(InstanceIRI.document(d))])
        let selectors = objects(g, span, .iri(Vocab.oa.hasSelector))
        let quote = try #require(
            selectors.flatMap { objects(g, $0, .iri(Vocab.oa.exact)) }.first?.literal?.lexical)
        let start = try #require(
            selectors.flatMap { objects(g, $0, .iri(Vocab.oa.start)) }.first?.literal?.lexical)
        let end = try #require(
            selectors.flatMap { objects(g, $0, .iri(Vocab.oa.end)) }.first?.literal?.lexical)
        #expect(d.slice(Int(start) ?? -1, Int(end) ?? -1) == quote)
        #expect(quote.contains("6—8 所"))
    }

    @Test func observationsAreDataCube() throws {
        let g = try graph(["table-broken-rows"])
        let observations = g.match(
            predicate: .iri(Vocab.rdf.type), object: .iri(Vocab.qb.Observation)
        )
        .map(\.subject)
        #expect(observations.count == 8)
        let enrolment = try #require(
            observations.first {
                objects(g, $0, .iri(Vocab.sdmxMeasure.obsValue)) == [Term.decimal(43591)]
            })
        #expect(objects(g, enrolment, .iri(Vocab.sdmxDimension.refPeriod)) == [Term.gYear(2025)])
        #expect(
            objects(g, enrolment, .iri(Vocab.vg.metric)) == [
                .iri(MetricVocabulary.conceptPrefix + "enrolment")
            ])
        #expect(objects(g, enrolment, .iri(Vocab.vg.unit)) == [.string("人")])
        #expect(objects(g, enrolment, .iri(Vocab.vg.region)) == [.string("示例市")])
        #expect(objects(g, enrolment, .iri(Vocab.vg.regionWide)).count == 1)
        #expect(objects(g, enrolment, .iri(Vocab.qb.dataSet)).count == 1)
        #expect(
            Term.decimalLexical(43591) == "43591.0"
                && Term.decimalLexical(0.7) == "0.7")
    }
}
