import Testing

@testable import Extraction

@Suite struct RegionGazetteerTests {
    let gazetteer = RegionGazetteer.standard

    func match(_ text: String, at index: Int = 0, words: Bool = false) -> (String, [String])? {
        let scalars = Array(text.unicodeScalars)
        guard
            let found = gazetteer.longestMatch(
                in: scalars, at: index, includingWordShortForms: words)
        else { return nil }
        let label = String(String.UnicodeScalarView(scalars[index..<(index + found.length)]))
        return (label, found.candidates.map(\.division.name))
    }

    @Test func coversEveryLevel() {
        let levels = Dictionary(grouping: gazetteer.divisions, by: \.level).mapValues(\.count)
        #expect(levels[.province] == 34)
        #expect((levels[.city] ?? 0) > 330)
        #expect((levels[.county] ?? 0) > 2800)
        for name in ["香港特别行政区", "澳门特别行政区", "台湾省", "神农架林区", "六枝特区", "阿拉善盟", "雄安新区"] {
            #expect(!gazetteer.divisions(named: name).isEmpty, "\(name)")
        }
    }

    @Test func findsFullAndShortNamesLongestFirst() throws {
        #expect(match("和林格尔县职业中学")?.0 == "和林格尔县")
        #expect(match("和林格尔职业中学")?.0 == "和林格尔")
        #expect(match("与和林格尔县职业中学", at: 1)?.1 == ["和林格尔县"])
        #expect(match("新疆维吾尔自治区教育厅")?.1 == ["新疆维吾尔自治区"])
        #expect(match("新疆教育厅")?.1 == ["新疆维吾尔自治区"])
        #expect(match("延边州职业技术学院")?.1 == ["延边朝鲜族自治州"])
        #expect(match("延边大学")?.1 == ["延边朝鲜族自治州"])
        #expect(match("呼和浩特职业学院")?.1 == ["呼和浩特市"])
        #expect(match("香港特区政府")?.1 == ["香港特别行政区"])
        #expect(match("澳门理工大学")?.1 == ["澳门特别行政区"])
        #expect(match("职业学院") == nil)
        #expect(match("宁波市职业技术教育中心学校")?.1 == ["宁波市"])
        #expect(match("长阳县职教中心")?.1 == ["长阳土家族自治县"])
    }

    @Test func reportsAmbiguity() throws {
        let scalars = Array("和田职业技术学院".unicodeScalars)
        let found = try #require(gazetteer.longestMatch(in: scalars, at: 0))
        #expect(found.isAmbiguous)
        #expect(found.candidates.map(\.division.name) == ["和田地区", "和田市", "和田县"])
        let chaoyang = gazetteer.divisions(named: "朝阳区").map(\.division.adcode)
        #expect(chaoyang.contains("110105") && chaoyang.contains("220104"))
        // Full names come before short forms of the same label.
        let jilin = gazetteer.divisions(named: "吉林")
        #expect(jilin.first?.division.name == "吉林省")
    }

    @Test func wordLikeShortFormsNeedAsking() {
        #expect(match("复兴路") == nil)
        #expect(match("复兴路", words: true)?.1.contains("复兴区") == true)
        #expect(match("复兴区教育局")?.1 == ["复兴区"])
        #expect(match("光明区")?.1 == ["光明区"])
    }

    @Test func noOneCharacterShortForms() {
        for division in gazetteer.divisions {
            for form in division.shortForms + division.wordShortForms {
                #expect(form.unicodeScalars.count >= 2, "\(division.name) → \(form)")
                #expect(form != division.name)
            }
        }
    }

    @Test func parentsAndProvinces() throws {
        let county = try #require(gazetteer.division(adcode: "150123"))
        #expect(county.name == "和林格尔县")
        #expect(county.level == .county)
        #expect(gazetteer.parent(of: county)?.name == "呼和浩特市")
        #expect(gazetteer.province(of: county).name == "内蒙古自治区")
        #expect(gazetteer.chain(of: county).map(\.name) == ["内蒙古自治区", "呼和浩特市", "和林格尔县"])
        // Municipality districts and province-administered counties hang on the province.
        let chaoyang = try #require(gazetteer.division(adcode: "110105"))
        #expect(gazetteer.parent(of: chaoyang)?.name == "北京市")
        let shennongjia = try #require(gazetteer.division(adcode: "429021"))
        #expect(gazetteer.parent(of: shennongjia)?.name == "湖北省")
        #expect(shennongjia.kind == .forestryDistrict)
        let province = try #require(gazetteer.division(adcode: "650000"))
        #expect(gazetteer.parent(of: province) == nil)
        #expect(gazetteer.province(of: province) == province)
        #expect(gazetteer.division(adcode: "990000") == nil)
    }

    @Test func badTablesAreRejectedWithTheirLine() throws {
        let header =
            "# key: adcode\nadcode\tname\tlevel\tkind\tparent\tshortForms\twordShortForms\n"
        let orphan =
            header + "110000\t北京市\tprovince\tmunicipality\t\t北京\t\n"
            + "120101\t和平区\tcounty\tdistrict\t120000\t\t和平\n"
        do {
            _ = try RegionGazetteer(table: OntologyTable(parsing: orphan, name: "r.tsv"))
            Issue.record("accepted a missing parent")
        } catch {
            #expect("\(error)" == "r.tsv:4: error: parent 120000 is no division of a higher level")
        }
        let badLevel = header + "110000\t北京市\tstate\tmunicipality\t\t北京\t\n"
        #expect(throws: OntologyTableError.self) {
            try RegionGazetteer(table: OntologyTable(parsing: badLevel, name: "r.tsv"))
        }
    }
}
