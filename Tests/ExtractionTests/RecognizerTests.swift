import Testing

@testable import Extraction

@Suite struct RecognizerTests {
    private func entities(_ text: String) -> [ResolvedEntity] {
        Extractor().extract(Document(name: "t.txt", text: text)).entities
    }

    @Test func genericPhrasesAreNotNames() {
        let names = entities("全市各中职学校与合作企业共建实训基地，多所学校加入产教联合体。").map(\.name)
        #expect(names.isEmpty, "\(names)")
    }

    @Test func regionPrefixedNamesAreFound() {
        let found = entities("2025年，广州市番禺区新港职业技术学校与广州数控设备有限公司签约。")
        #expect(found.map(\.name).contains("广州市番禺区新港职业技术学校"))
        #expect(found.map(\.name).contains("广州数控设备有限公司"))
    }

    @Test func shortFormsResolveToTheFullName() {
        let found = entities("惠州市惠城区东江职业技术学校成立于1985年。东江职校现有学生3000人，惠城区东江职业技术学校获评示范校。")
        #expect(found.count == 1)
        #expect(found.first?.aliases == ["东江职校", "惠城区东江职业技术学校"])
    }

    @Test func ordinalSchoolsOfDifferentDistrictsStayApart() {
        let found = entities("深圳市第二职业技术学校与深圳市龙岗区第二职业技术学校开展交流。")
        #expect(found.count == 2)
    }

    @Test func documentNumbersAndTitles() {
        let text = "根据《关于推动现代职业教育高质量发展的意见》（粤府〔2021〕12号）和《烹饪基础教程》编写。"
        let (cited, _) = PolicyRecognizer().policies(in: Document(name: "p.txt", text: text))
        #expect(cited.count == 1)
        #expect(cited.first?.title == "关于推动现代职业教育高质量发展的意见")
        #expect(cited.first?.number == "粤府〔2021〕12号")
    }
}

@Suite struct RecognizerPatternTests {
    private func extraction(_ text: String) -> Extraction {
        Extractor().extract(Document(name: "t.txt", text: text))
    }

    @Test func coordinatedAlliancesAreRebuilt() {
        let x = extraction("阳江市阳东区海陵职业技术学校持续深化产教融合。学校先后获任全国海洋装备、全国现代农业及食品加工两大行业产教融合共同体的理事单位。")
        let names = x.report.entities.filter { $0.type == "Alliance" }.map(\.name)
        #expect(names == ["全国海洋装备行业产教融合共同体", "全国现代农业及食品加工行业产教融合共同体"])
        #expect(x.report.relations.filter { $0.type == "memberOf" }.count == 2)
    }

    @Test func departmentsKeepTheirWords() {
        let names = Set(extraction("责任单位：市委组织部、市科技创新委、省科技厅").entities.map(\.name))
        #expect(names == ["市委组织部", "市科技创新委", "省科技厅"])
    }

    @Test func bracketTailBelongsToTheName() {
        let names = extraction("学校与佛山市南海区工商联(总商会)共建实训基地。").entities.map(\.name)
        #expect(names.contains("佛山市南海区工商联（总商会）"))
    }

    @Test func unlistedDistrictAfterACity() {
        let x = extraction("韶关市浈江区曲江职业技术学校办学历史悠久。曲江职校与韶关学院合作。")
        #expect(x.entities.first?.aliases == ["曲江职校"])
    }

    @Test func coLeadersLeadAndCooperate() {
        let x = extraction("湛江市海洋产教联合体由广东海洋大学和湛江港集团有限公司共同牵头组建。")
        let types = x.report.relations.map { "\($0.type) \($0.subject) \($0.object)" }.sorted()
        #expect(
            types == [
                "leads 广东海洋大学 湛江市海洋产教联合体",
                "leads 湛江港集团有限公司 湛江市海洋产教联合体",
                "partnersWith 广东海洋大学 湛江港集团有限公司",
            ])
    }
}
