import Foundation
import Testing
import Trace

@Suite struct PictureTests {
    @Test func chineseWrapsPerCharacterAndClosingPunctuationStays() {
        let lines = TextWrap.lines("支持深圳创建国家级优质中职学校。", width: 14 * 5, size: 14)
        #expect(lines == ["支持深圳创", "建国家级优", "质中职学校。"])
        #expect(lines.joined() == "支持深圳创建国家级优质中职学校。")
        // Latin words and numbers are never cut.
        let mixed = TextWrap.lines("到2025年建成80所", width: 14 * 3, size: 14)
        #expect(mixed.contains { $0.contains("2025") })
    }

    @Test func noDataTasksAreFoldedUnlessAll() {
        let rows = ExplorerFixture.index.trace.rows.filter {
            $0.policyIRI.hasSuffix("d-2f88e54daf6a343d")
        }
        let noData = rows.filter { $0.status == .noData }
        #expect(!noData.isEmpty)
        let folded = TracePicture(rows: rows, title: "t").svg()
        let all = TracePicture(rows: rows, title: "t", showAll: true).svg()
        let boxes = { (svg: String) in svg.components(separatedBy: "class=\"task\"").count - 1 }
        #expect(folded.contains("class=\"folded\""))
        #expect(!all.contains("class=\"folded\""))
        #expect(boxes(all) > boxes(folded))
        #expect(folded.contains("class=\"legend\""))
        // The full task text is in the picture: the last characters of a long task are drawn.
        #expect(all.contains("培养高素质职业教育师资。"))
    }

    @Test func picturesAreDeterministicAndEscaped() {
        let row = TraceRow(
            policy: "p", list: "清单", taskNo: 1, metric: "<比例> & 数", comparator: ">=",
            target: "80", unit: "%", deadline: 2025, responsible: ["甲"], observed: 72,
            observedYear: 2024, observedSource: "r.txt", status: .notMet,
            taskText: "任务<b>文本</b>")
        let a = TracePicture(rows: [row], title: "T & <U>").svg()
        #expect(a == TracePicture(rows: [row], title: "T & <U>").svg())
        #expect(!a.contains("<b>"))
        #expect(a.contains("T &amp; &lt;U&gt;"))
        #expect(a.contains("目标 target: ≥ 80%"))
        #expect(a.contains("观测 observed: 72%"))
        let chart = TargetChart(rows: [row], title: "T").svg()
        #expect(chart.contains("data-status=\"not-met\""))
    }

    @Test func metricSeriesKeepsRegionWideFiguresByRegionAndYear() throws {
        let series = try #require(
            MetricSeries(graph: ExplorerFixture.graph, metric: "full-time-teachers"))
        #expect(series.unit == "人")
        #expect(series.regions.contains("深圳市"))
        #expect(series.years.contains(2024) && series.years.contains(2025))
        let svg = MetricChart(series: series).svg()
        #expect(svg.contains("data-region=\"深圳市\""))
        #expect(MetricSeries(graph: ExplorerFixture.graph, metric: "no-such-metric") == nil)
    }
}
