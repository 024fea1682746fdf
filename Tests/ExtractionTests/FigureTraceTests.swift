import Foundation
import RDF
import Testing

@testable import Extraction
@testable import Trace

/// The trace statuses on `Examples/trace/facts.nt` (one target per case), in Swift and in Datalog.
@Suite struct FigureTraceTests {
    static let examples = FigureTestSupport.packageRoot.appendingPathComponent("Examples/trace")

    func facts() throws -> Graph {
        let text = try String(
            contentsOf: Self.examples.appendingPathComponent("facts.nt"), encoding: .utf8)
        return FigureTestSupport.readNTriples(text)
    }

    /// `status.expected`: `target IRI<TAB>status`, sorted.
    func expectedStatuses() throws -> [String] {
        let text = try String(
            contentsOf: Self.examples.appendingPathComponent("status.tsv"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }

    @Test func statusesMatchExpected() throws {
        let report = TraceReport(graph: try facts())
        let actual = report.rows.map { row in
            "https://w3id.org/vocgraph/id/target-\(row.taskNo ?? 0)\t\(row.status.rawValue)"
        }.sorted()
        #expect(actual == (try expectedStatuses()))
    }

    @Test func csvMatchesExpected() throws {
        let report = TraceReport(graph: try facts())
        let expected = try String(
            contentsOf: Self.examples.appendingPathComponent("trace.expected.csv"), encoding: .utf8)
        #expect(report.csv() == expected)
        #expect(
            report.csv().hasPrefix(
                "policy,list,task_no,metric,comparator,target,unit,deadline,responsible,observed,observed_year,observed_source,status\n"
            ))
    }

    @Test func latestYearDecides() throws {
        let report = TraceReport(graph: try facts())
        // Task 6: 生师比 <= 18, 21 in 2024 and 15.5 in 2025: the 2025 figure is met.
        let row = try #require(report.rows.first { $0.taskNo == 6 })
        #expect(row.observed == 15.5 && row.observedYear == 2025 && row.status == .met)
        #expect(row.responsible == ["示例市教育局"])
        #expect(row.observedSource == "report.txt")
    }

    @Test func formats() throws {
        let report = TraceReport(graph: try facts())
        let markdown = report.markdown()
        #expect(markdown.contains("| policy | list | task_no |"))
        #expect(markdown.contains("met 3"))
        let json = try report.json()
        let decoded = try JSONDecoder().decode([TraceRow].self, from: Data(json.utf8))
        #expect(decoded == report.rows)
        let dot = report.dot()
        #expect(dot.hasPrefix("digraph trace {"))
        #expect(dot.contains("label=\"not-comparable\""))
        #expect(dot == report.dot())  // deterministic
    }
}
