import Foundation
import Testing

@testable import Extraction

/// The embedded metric vocabulary matches `Ontology/metrics.ttl`, and wordings map as intended.
@Suite struct FigureVocabularyTests {
    @Test func embeddedTableMatchesTurtle() throws {
        let url = FigureTestSupport.packageRoot.appendingPathComponent("Ontology/metrics.ttl")
        let text = try String(contentsOf: url, encoding: .utf8)
        let fromTurtle = FigureTestSupport.readMetricsTurtle(text)
        #expect(fromTurtle.count == MetricVocabulary.concepts.count)
        #expect(fromTurtle == MetricVocabulary.concepts)
    }

    @Test func slugsAreUniqueASCII() {
        let slugs = MetricVocabulary.concepts.map(\.slug)
        #expect(Set(slugs).count == slugs.count)
        #expect(
            slugs.allSatisfy {
                $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            })
    }

    @Test(arguments: [
        ("“双师型”教师比例", "dual-qualified-teacher-ratio"),
        ("专业课教师中“双师型”教师比例", "dual-qualified-teacher-ratio"),
        ("“双师型”专业教师比例", "dual-qualified-teacher-ratio"),
        ("高级“双师型”教师比例", "senior-dual-qualified-teacher-ratio"),
        ("产教融合型企业", "industry-education-enterprises"),
        ("全日制在校生人数*", "enrolment"),
        ("其中：专任教师总数", "full-time-teachers"),
        ("在线精品课程数", "online-quality-courses"),
        ("校企合作企业数量", "partner-enterprises"),
        ("现代学徒中心（左右）", "apprenticeship-centres"),
        ("生师比", "student-teacher-ratio"),
        ("毕业生人数", "graduates"),
        ("升学率", "progression-rate"),
    ])
    func maps(_ wording: String, _ slug: String) {
        #expect(MetricMapper().concept(for: wording)?.slug == slug)
    }

    @Test(arguments: [
        "“双师型”教师比例较去年增长",  // a change, not the ratio
        "占毕业生人数",  // a share
        "生均教学科研仪器设备值较2024年提升",
        "校企合作专业",  // 专业 alone is too short to match inside a longer wording
        "国家级优质中职学校建设经费",
    ])
    func doesNotMap(_ wording: String) {
        #expect(MetricMapper().concept(for: wording) == nil)
    }

    @Test func largerIsBetterIsFalseForRatios() throws {
        let ratio = try #require(
            MetricVocabulary.concepts.first { $0.slug == "student-teacher-ratio" })
        #expect(ratio.largerIsBetter == false)
    }
}
