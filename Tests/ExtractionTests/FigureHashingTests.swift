import Testing

@testable import Extraction

/// Our SHA-256 against known digests, and the IRI recipes built on it.
@Suite struct FigureHashingTests {
    @Test func knownDigests() {
        #expect(
            FigureHashing.sha256Hex("")
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            FigureHashing.sha256Hex("abc")
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = String(repeating: "a", count: 1000)
        #expect(
            FigureHashing.sha256Hex(long)
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // hashlib.sha256("深圳市教育局".encode()).hexdigest()[:16]
        #expect(FigureHashing.shortHash("深圳市教育局") == "7c13aee63f1453af")
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
