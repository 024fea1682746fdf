import Foundation
import RDF
import Testing

@testable import Extraction
@testable import Trace

/// A plan whose goals are relative to a base year (`relative-targets/input.txt`) traced against a
/// later report that gives the base year and the deadline year (`relative-targets/report.txt`),
/// both of our own writing: the target values are computed from the report's base-year column.
@Suite struct FigureRelativeTraceTests {
    func document(_ file: String, as name: String) throws -> Document {
        let url = FigureTestSupport.casesDirectory.appendingPathComponent("relative-targets")
            .appendingPathComponent(file)
        return Document(name: name, text: try String(contentsOf: url, encoding: .utf8))
    }

    func rows() throws -> [String: TraceRow] {
        var figures = FigureGraph()
        for d in [
            try document("input.txt", as: "plan.txt"), try document("report.txt", as: "report.txt"),
        ] {
            figures.add(d, report: FigureRecognizer().report(for: d))
        }
        figures.link()
        var out: [String: TraceRow] = [:]
        for row in TraceReport(graph: figures.graph).rows where row.policy == "plan.txt" {
            out[row.metric] = row
        }
        return out
    }

    @Test func percentagePointsAreAddedToTheBaseYear() throws {
        // 到2027年…比2025年提高5个百分点; the report: 58 % in 2025, 64 % in 2027 ≥ 58 + 5.
        let row = try #require(try rows()["中职学校“双师型”教师占专业课教师比例"])
        #expect(row.target == "63")
        #expect(row.unit == "%")
        #expect(row.comparator == ">=")
        #expect(row.observed == 64)
        #expect(row.observedYear == 2027)
        #expect(row.status == .met)
        #expect(row.reason == "2025年 58% +5个百分点")
    }

    @Test func aDoublingMultipliesTheBase() throws {
        // 比2025年翻一番: 30 个 in 2025, so 60 are needed; the report has 58 in 2027.
        let row = try #require(try rows()["校企合作订单班数量"])
        #expect(row.target == "60")
        #expect(row.unit == "个")
        #expect(row.observed == 58)
        #expect(row.status == .notMet)
    }

    @Test func aMissingBaseYearIsNoDataWithAReason() throws {
        // 比2024年提高3个百分点: the report has 2025 and 2027 only, so the target stays open.
        let row = try #require(try rows()["毕业生留本地就业率"])
        #expect(row.status == .noData)
        #expect(row.target == "")
        #expect(row.reason == "no region-wide observation for the base year 2024")
    }

    @Test func growthRatesAndDecreasesAreComputedFromTheBase() throws {
        let growth = try RelativeGoalFixture.goal(delta: 10, unit: "%")
        #expect(growth.absolute(base: 1200, unit: "人") == 1320)
        let drop = try RelativeGoalFixture.goal(delta: -2, unit: "个百分点")
        #expect(drop.isDecrease)
        #expect(drop.absolute(base: 3.5, unit: "%") == 1.5)
        // Percentage points do not add to a head count.
        #expect(drop.absolute(base: 1200, unit: "人") == nil)
    }

    @Test func theRelativeFieldRoundTripsThroughJSON() throws {
        let json =
            #"{"line": 3, "metric": "生均公用经费水平", "comparator": ">=", "relative": {"base_year": 2024, "factor": 1}}"#
        let record = try JSONDecoder().decode(TargetRecord.self, from: Data(json.utf8))
        #expect(record.relative == RelativeTarget(baseYear: 2024, factor: 1))
        let again = try JSONDecoder().decode(
            TargetRecord.self, from: try JSONEncoder().encode(record))
        #expect(again == record)
    }
}

/// Relative goals built from a one-target graph, as ``RelativeGoal`` reads them.
enum RelativeGoalFixture {
    static func goal(delta: Double, unit: String) throws -> RelativeGoal {
        let target = Term.iri("https://example.org/target")
        var graph = Graph()
        graph.insert(Triple(target, .iri(Vocab.vg.baseYear), Term.gYear(2024)))
        graph.insert(Triple(target, .iri(Vocab.vg.delta), Term.decimal(delta)))
        graph.insert(Triple(target, .iri(Vocab.vg.deltaUnit), .string(unit)))
        return try #require(RelativeGoal(GraphReader(graph: graph), target: target))
    }
}
