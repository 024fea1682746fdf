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
