import Testing

@testable import Extraction

/// Names read by other recognisers (responsible units, figure scopes) land on the document's
/// organisation when they name it, and nowhere when they name no one organisation.
@Suite struct EntityLookupTests {
    static let text = """
        深圳市中嘉职业技术学校与华为技术有限公司合作。深圳市人力资源和社会保障局、深圳市教育局出席。
        深圳市教育局负责统筹，深圳市中嘉职业技术学校承办。深圳市开展职业教育活动，深圳市举办技能大赛。
        """

    func lookup() -> (EntityLookup, [ResolvedEntity]) {
        let document = Document(name: "t.txt", text: Self.text)
        let x = Extractor().extract(document)
        let home = HomeRegion(document, lexicon: .standard)
        return (EntityLookup(entities: x.entities, home: home, lexicon: .standard), x.entities)
    }

    @Test func variantsAndBareLevelsFindTheBody() {
        let (lookup, _) = lookup()
        #expect(lookup.canonical("深圳市人力资源社会保障局") == "深圳市人力资源和社会保障局")
        #expect(lookup.canonical("市人社局") == "深圳市人力资源和社会保障局")
        #expect(lookup.canonical("市教育局") == "深圳市教育局")
    }

    @Test func aggregatesAndShorterGovernmentsStayAsWritten() {
        let (lookup, _) = lookup()
        // The city's schools as a whole are no one school, though 中职学校 reads like a short form.
        #expect(lookup.canonical("深圳市中职学校") == "深圳市中职学校")
        #expect(lookup.canonical("区政府") == "区政府")
        #expect(lookup.canonical("广州市教育局") == "广州市教育局")
    }
}
