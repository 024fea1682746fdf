import Foundation
import Testing

@testable import Extraction

/// Comparators, ranges, approximations, 全部 and deadlines of quantified goals.
@Suite struct FigureComparatorTests {
    func goals(_ text: String) -> [TargetRecord] {
        let document = Document(name: "goal.txt", text: text)
        let profile = DocumentProfile(kind: .policy, region: "示例市", year: 2020)
        return GoalRecognizer(profile: profile).goals(
            in: document, range: 0..<document.scalars.count)
    }

    @Test func words() {
        #expect(Comparator.parse(prefix: "教师比例不低于", suffix: "、", isRange: false) == .atLeast)
        #expect(Comparator.parse(prefix: "培育", suffix: "以上产教", isRange: false) == .atLeast)
        #expect(Comparator.parse(prefix: "建设", suffix: "左右现代", isRange: false) == .approximately)
        #expect(Comparator.parse(prefix: "控制在", suffix: "。", isRange: false) == .atMost)
        #expect(Comparator.parse(prefix: "建设", suffix: "以内", isRange: false) == .atMost)
        #expect(Comparator.parse(prefix: "建设", suffix: "个", isRange: true) == .range)
        #expect(Comparator.parse(prefix: "建设", suffix: "卓越", isRange: false) == .equal)
        #expect(Comparator.approximately.reportString == "=")
        #expect(Comparator(reportString: "=", approximate: true) == .approximately)
    }

    @Test func atLeast() throws {
        let found = goals("专业课教师中“双师型”教师比例不低于80%、企业兼职教师比例不低于30%。")
        #expect(found.map(\.comparator) == [">=", ">="])
        #expect(found.map(\.value) == [80, 30])
        #expect(found.map(\.metric) == ["专业课教师中“双师型”教师比例", "企业兼职教师比例"])
        #expect(found.map(\.unit) == ["%", "%"])
    }

    @Test func aboveAndAbout() {
        let found = goals("建设50个左右现代学徒中心。培育50家以上产教融合型企业。")
        #expect(found.map(\.comparator) == ["=", ">="])
        #expect(found.map(\.approximate) == [true, nil])
        #expect(found.map(\.metric) == ["现代学徒中心（左右）", "产教融合型企业"])
    }

    @Test func range() throws {
        let found = goals("支持深圳创建6—8所国家级优质中职学校。建设1-3个全球领先的生产性实训中心。")
        #expect(found.map(\.comparator) == ["range", "range"])
        #expect(found.map(\.value) == [6, 1])
        #expect(found.map(\.valueMax) == [8, 3])
        #expect(found.first?.metric == "国家级优质中职学校")
    }

    @Test func allMeansHundredPercent() throws {
        let found = goals("到2022年，深圳全部职业学校建成5G智慧校园。")
        let goal = try #require(found.first)
        #expect(found.count == 1)
        #expect(goal.value == 100 && goal.unit == "%" && goal.comparator == "=")
        #expect(goal.deadline == 2022)
        #expect(goal.metric == "建成5G智慧校园的职业学校比例")
    }

    @Test func deadlineOnlyFromToYear() {
        #expect(goals("计划到2022年累计投入100亿元支持职业教育发展。").first?.deadline == 2022)
        #expect(goals("2021年启动，建设10个示范性特色产业学院。").first?.deadline == nil)
    }

    @Test func datesDurationsAndCodesAreNotGoals() {
        #expect(goals("深圳经济特区建立40年来，2019年，对接5G、“3+4”和第3批项目。").isEmpty)
    }

    @Test func rangeEncodesAsPairInJSON() throws {
        let record = TargetRecord(comparator: "range", value: 6, valueMax: 8, unit: "所", line: 1)
        let json = try FigureTestSupport.json(record)
        #expect(json.contains("\"value\" : [\n    6,\n    8\n  ]"))
        let decoded = try JSONDecoder().decode(TargetRecord.self, from: Data(json.utf8))
        #expect(decoded == record)
    }
}
