import Testing

@testable import RDF

@Suite struct OntologyValidatorTests {
    let owl = "http://www.w3.org/2002/07/owl#"
    let type = Term.iri(Vocab.rdf.type)

    var ontology: Graph {
        let school = Term.iri(Vocab.vg.School)
        let org = Term.iri(Vocab.vg.Organization)
        let enterprise = Term.iri(Vocab.vg.Enterprise)
        let partners = Term.iri(Vocab.vg.partnersWith)
        return Graph([
            Triple(org, type, .iri(owl + "Class")),
            Triple(school, .iri(Vocab.rdfs.subClassOf), org),
            Triple(enterprise, .iri(Vocab.rdfs.subClassOf), org),
            Triple(partners, type, .iri(owl + "ObjectProperty")),
            Triple(partners, .iri(Vocab.rdfs.domain), org),
            Triple(partners, .iri(Vocab.rdfs.range), enterprise),
        ])
    }

    @Test func conformingGraphHasNoViolations() {
        let graph = Graph([
            Triple(.iri("http://e/s"), type, .iri(Vocab.vg.School)),
            Triple(.iri("http://e/e"), type, .iri(Vocab.vg.Enterprise)),
            Triple(.iri("http://e/s"), .iri(Vocab.vg.partnersWith), .iri("http://e/e")),
        ])
        #expect(OntologyValidator(ontology: ontology).validate(graph).isEmpty)
    }

    @Test func rangeViolationNamesTheTriple() {
        let bad = Triple(
            .iri("http://e/s"), .iri(Vocab.vg.partnersWith), .iri("http://e/s2"))
        let graph = Graph([
            Triple(.iri("http://e/s"), type, .iri(Vocab.vg.School)),
            Triple(.iri("http://e/s2"), type, .iri(Vocab.vg.School)),
            bad,
        ])
        let violations = OntologyValidator(ontology: ontology).validate(graph)
        #expect(violations.map(\.kind) == [.range])
        #expect(violations.first?.triple == bad)
        #expect(violations.first?.description.contains("vg:partnersWith") == true)
    }

    @Test func undeclaredTermsAreReportedOncePerTerm() {
        let graph = Graph([
            Triple(.iri("http://e/a"), .iri("http://e/unknown"), .string("1")),
            Triple(.iri("http://e/b"), .iri("http://e/unknown"), .string("2")),
            Triple(.iri("http://e/a"), type, .iri("http://e/Thing")),
        ])
        let kinds = OntologyValidator(ontology: ontology).validate(graph).map(\.kind)
        #expect(kinds.sorted() == [.undeclaredClass, .undeclaredProperty])
    }
}
