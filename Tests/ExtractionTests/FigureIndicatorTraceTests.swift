import Foundation
import RDF
import Testing

@testable import Extraction
@testable import Trace

/// A plan's indicator table (`plan-indicator-table`) traced against a later report that gives the
/// same indicators in a unit-column table (`trace-plan-report/report.txt`), both of our own writing.
@Suite struct FigureIndicatorTraceTests {
    func document(_ directory: String, _ file: String, as name: String) throws -> Document {
        let url = FigureTestSupport.casesDirectory.appendingPathComponent(directory)
            .appendingPathComponent(file)
        return Document(name: name, text: try String(contentsOf: url, encoding: .utf8))
    }

    func report() throws -> TraceReport {
        var figures = FigureGraph()
        let plan = try document("plan-indicator-table", "input.txt", as: "plan.txt")
        let later = try document("trace-plan-report", "report.txt", as: "report.txt")
        for d in [plan, later] { figures.add(d, report: FigureRecognizer().report(for: d)) }
        figures.link()
        return TraceReport(graph: figures.graph)
    }

    @Test func everyIndicatorOfThePlanIsMetOrNotMet() throws {
        let rows = try report().rows.filter { $0.deadline == 2027 && $0.policy == "plan.txt" }
        // Six indicators with a 2027 target (the two prose goals have 2026 as deadline).
        let table = rows.filter { !$0.metric.contains("实训基地") && !$0.metric.contains("达标率") }
        #expect(table.count == 6)
        var status: [String: TraceStatus] = [:]
        for row in table { status[row.metric] = row.status }
        // 5.3 万人 ≥ 5.0, 12300 元 < 12500, 66 % ≥ 65, 17.5 > 17 (smaller is better), 62 ≥ 60,
        // 72 % ≥ 70: every row is decided by the report's 2027 column.
        #expect(status["中职学校在校生人数"] == .met)
        #expect(status["生均教学仪器设备值"] == .notMet)
        #expect(status["“双师型”教师占专业课教师比例"] == .met)
        #expect(status["生师比"] == .notMet)
        #expect(status["校企合作订单班数量"] == .met)
        #expect(status["毕业生留本地就业率"] == .met)
        for row in table {
            #expect(row.observedYear == 2027, "\(row.metric)")
            #expect(row.observedSource == "report.txt", "\(row.metric)")
        }
    }
}
