import RDF
import Testing

@testable import Extraction

/// Our SHA-256 against known digests, and the IRI recipes of `InstanceIRI` built on it.
@Suite struct InstanceIRITests {
    @Test func knownDigests() {
        #expect(
            SHA256.hex("")
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex("abc")
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = String(repeating: "a", count: 1000)
        #expect(
            SHA256.hex(long)
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // hashlib.sha256("深圳市教育局".encode()).hexdigest()[:16]
        #expect(SHA256.hex("深圳市教育局").prefix(16) == "7c13aee63f1453af")
        // The organisation IRI is that hash of its key's name.
        #expect(
            OrganizationKey(type: .govBody, name: "深圳市教育局").iri.string
                == "https://w3id.org/vocgraph/id/o-7c13aee63f1453af")
    }

    /// Every minted IRI is a `vgi:` local name that starts with a letter and is ASCII.
    @Test func mintedIRIsAreASCII() {
        let document = Document(name: "x.txt", text: "示例")
        let iris = [
            InstanceIRI.document(document),
            InstanceIRI.evidence(document: InstanceIRI.document(document), start: 0, end: 2),
            InstanceIRI.organisation(OrganizationKey(type: .school, name: "示例市第一职业技术学校")),
            InstanceIRI.schoolSystem(SchoolSystem(region: "深圳市")), InstanceIRI.unit("万元"),
            InstanceIRI.task(documentID: "0123456789abcdef", list: "示例清单", number: 3),
            InstanceIRI.programme("三二分段"), InstanceIRI.comparator("ge"),
            InstanceIRI.metric("enrolment"),
        ]
        for iri in iris {
            let local = iri.string.dropFirst(Vocab.vgi.namespace.count)
            #expect(iri.string.hasPrefix(Vocab.vgi.namespace))
            #expect(local.allSatisfy(\.isASCII) && local.first?.isLetter == true, "\(iri)")
        }
        #expect(Set(iris).count == iris.count)
    }

    @Test func organisationIRIUsesNFKC() {
        // Full-width brackets fold to ASCII under NFKC: both spellings are one organisation.
        #expect(
            OrganizationKey(type: .enterprise, name: "行云新能（深圳）有限公司").iri
                == OrganizationKey(type: .enterprise, name: "行云新能(深圳)有限公司").iri)
        // The type is no part of the identity: 深圳技师学院 as a school and as a college is one node.
        #expect(
            OrganizationKey(type: .school, name: "深圳技师学院").iri
                == OrganizationKey(type: .higherEd, name: "深圳技师学院").iri)
    }
}
