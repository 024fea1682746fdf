import Foundation
import RDF
import RaptorIO
import TestSupport
import Testing

/// Every node an analyst meets in results has a name in the committed corpus graph.
@Suite struct NodeLabelTests {
    static let classes: [(String, IRI)] = [
        ("task", Vocab.vg.PolicyTask), ("target", Vocab.vg.Target),
        ("observation", Vocab.qb.Observation), ("document", Vocab.vg.Document),
        ("policy", Vocab.vg.Policy), ("organisation", Vocab.org.FormalOrganization),
    ]

    @Test func everyNodeAnAnalystMeetsHasALabel() throws {
        let path = Command.packageRoot.appendingPathComponent("Graphs/corpus.ttl").path
        let graph = try RDFReader().read(file: path, format: nil)
        let label = Term.iri(Vocab.rdfs.label)
        for (name, type) in Self.classes {
            let nodes = graph.match(predicate: .iri(Vocab.rdf.type), object: .iri(type)).map(
                \.subject)
            #expect(!nodes.isEmpty, "no \(name) in the corpus graph")
            let unnamed = nodes.filter { graph.match(subject: $0, predicate: label).isEmpty }
            #expect(
                unnamed.isEmpty,
                "\(unnamed.count) \(name) nodes without rdfs:label: \(unnamed.prefix(3))")
        }
        // A task's label holds its list, number and text; a document's title is its preferred
        // label (its rdfs:label stays the file name, which `trace 003` and evidence lines use).
        let task = try #require(
            graph.match(predicate: .iri(Vocab.vg.taskNumber), object: .integer(1)).first?.subject)
        let taskLabel = graph.match(subject: task, predicate: label).first?.object.literal?.lexical
        #expect(taskLabel?.contains("第1项：") == true, "\(String(describing: taskLabel))")
        for triple in graph.match(predicate: .iri(Vocab.dcterms.title))
        where graph.contains(Triple(triple.subject, .iri(Vocab.rdf.type), .iri(Vocab.vg.Document)))
        {
            #expect(
                graph.contains(Triple(triple.subject, .iri(Vocab.skos.prefLabel), triple.object)))
        }
    }
}
