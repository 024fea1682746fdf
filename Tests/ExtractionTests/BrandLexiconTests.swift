import Testing

@testable import Extraction

@Suite struct BrandLexiconTests {
    let lexicon = BrandLexicon.standard

    func match(_ text: String, contextual: Bool = false) -> BrandLexicon.Match? {
        lexicon.longestMatch(
            in: Array(text.unicodeScalars), at: 0, includingContextual: contextual)
    }

    @Test func brandsResolveToLegalNames() throws {
        #expect(lexicon.brands.count >= 400)
        #expect(lexicon.brand(named: "华为")?.legalName == "华为技术有限公司")
        #expect(lexicon.brand(named: "宁德时代")?.industry == .newEnergy)
        #expect(lexicon.brand(named: "海康")?.name == "海康威视")
        #expect(lexicon.brand(named: "宁波方太厨具有限公司")?.name == "方太")
        #expect(lexicon.brand(named: "长城汽车股份有限公司")?.name == "长城汽车")
        #expect(Set(lexicon.brands(legalName: "长城汽车股份有限公司").map(\.name)) == ["长城", "长城汽车"])
        #expect(lexicon.brand(named: "某某公司") == nil)
    }

    @Test func longestMatchPrefersTheLongerName() throws {
        let found = try #require(match("宁德时代新能源科技股份有限公司与本校"))
        #expect(found.form == .legalName)
        #expect(found.length == 15)
        #expect(match("比亚迪汽车工业学院")?.brand.name == "比亚迪")
        #expect(match("比亚迪汽车工业学院")?.length == 5)
    }

    @Test func contextualBrandsNeedAsking() throws {
        for name in ["小米", "美的", "长城", "平安", "东风", "吉利", "光明"] {
            #expect(lexicon.brand(named: name)?.needsContext == true, "\(name)")
        }
        #expect(match("小米之家") == nil)
        #expect(match("小米之家", contextual: true)?.brand.name == "小米")
        #expect(match("小米集团")?.form == .alias)
        #expect(match("方太厨电")?.brand.name == "方太")
    }

    /// A brand that is also a region's name or short form needs context; no alias is one.
    @Test func regionNamesAreMarked() {
        let gazetteer = RegionGazetteer.standard
        for brand in lexicon.brands {
            if !gazetteer.divisions(named: brand.name).isEmpty {
                #expect(brand.needsContext, "\(brand.name) is a region name")
            }
            for alias in brand.aliases {
                #expect(gazetteer.divisions(named: alias).isEmpty, "alias \(alias) is a region")
                #expect(alias.unicodeScalars.count >= 2)
            }
        }
    }

    @Test func badRowsAreRejected() {
        let header = "# key: brand\nbrand\tlegalName\taliases\tindustry\tneedsContext\n"
        let repeated = header + "甲乙\t\t丙丁\tauto\tno\n丙丁\t\t\tauto\tno\n"
        do {
            _ = try BrandLexicon(table: OntologyTable(parsing: repeated, name: "b.tsv"))
            Issue.record("accepted a name given twice")
        } catch {
            #expect("\(error)" == "b.tsv:3: error: '丙丁' (alias of 甲乙) already names 丙丁")
        }
        let short = header + "甲\t\t\tauto\tno\n"
        #expect(throws: OntologyTableError.self) {
            try BrandLexicon(table: OntologyTable(parsing: short, name: "b.tsv"))
        }
    }
}
