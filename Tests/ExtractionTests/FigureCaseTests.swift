import Foundation
import Testing

@testable import Extraction

/// Golden cases: `FigureCases/<name>/input.txt` and the `expected.json` extraction report
/// (observations and targets, each with line, offsets and quote).
///
/// `VOCGRAPH_RECORD=1 swift test --filter FigureCaseTests` rewrites the goldens and still fails.
@Suite struct FigureCaseTests {
    static let names = [
        "prose-figures", "table-broken-rows", "table-year-columns", "table-year-rows", "task-list",
        "task-list-lead-columns", "plan-indicator-table", "table-unit-column", "compound-units",
        "news-figures", "relative-targets",
    ]

    @Test(arguments: names)
    func golden(_ name: String) throws {
        let directory = FigureTestSupport.casesDirectory.appendingPathComponent(name)
        let text = try String(
            contentsOf: directory.appendingPathComponent("input.txt"), encoding: .utf8)
        let document = Document(name: "input.txt", text: text)
        let report = FigureRecognizer().report(for: document)
        // Every quote is the text at its offsets, on its line.
        for o in report.observations {
            let start = try #require(o.start)
            let end = try #require(o.end)
            #expect(document.slice(start, end) == o.evidence)
            #expect(document.line(at: start) <= o.line)
        }
        for t in report.targets {
            let start = try #require(t.start)
            let end = try #require(t.end)
            #expect(document.slice(start, end) == t.evidence)
        }
        let actual = try FigureTestSupport.json(report)
        if FigureTestSupport.recording {
            let target = FigureTestSupport.sourceCases.appendingPathComponent(name)
                .appendingPathComponent("expected.json")
            try actual.write(to: target, atomically: true, encoding: .utf8)
            Issue.record("recorded new baseline for \(name)")
            return
        }
        let expected = try String(
            contentsOf: directory.appendingPathComponent("expected.json"), encoding: .utf8)
        #expect(actual == expected)
    }

    @Test func brokenRowsAreJoined() throws {
        let directory = FigureTestSupport.casesDirectory.appendingPathComponent("table-broken-rows")
        let text = try String(
            contentsOf: directory.appendingPathComponent("input.txt"), encoding: .utf8)
        let tables = TableReader().tables(in: Document(name: "input.txt", text: text))
        // One table: the header repeated after the page break is dropped.
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table.caption == "表 8-1 示例市中职学校落实政策表")
        #expect(
            table.rows.map { $0[text: 0] } == [
                "全日制在校生人数", "企业提供的校内实践教学设备值", "与企业共建开放型区域产教融合实践中心", "聘请行业导师人数",
            ])
        // The row cut after its unit takes the values of the next line.
        #expect(table.rows[2].cells.map(\.text) == ["与企业共建开放型区域产教融合实践中心", "个", "11", "18", "7"])
        #expect(table.rows[1].line == 7)
    }

    @Test func taskContinuationAcrossPageBreak() throws {
        let directory = FigureTestSupport.casesDirectory.appendingPathComponent("task-list")
        let text = try String(
            contentsOf: directory.appendingPathComponent("input.txt"), encoding: .utf8)
        let report = FigureRecognizer().report(for: Document(name: "input.txt", text: text))
        let task3 = try #require(report.targets.first { $0.taskNo == 3 })
        #expect(task3.responsible.last == "示例市委外办")
        #expect(task3.value == 100 && task3.unit == "%")
    }
}
