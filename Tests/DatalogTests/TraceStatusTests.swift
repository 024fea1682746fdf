import Datalog
import Foundation
import RDF
import RaptorIO
import Testing

/// The status rules of `Examples/trace/status.dl`, run by the engine, give the statuses the
/// plain-Swift `TraceReport` gives (`status.tsv`, checked in ExtractionTests).
@Suite struct TraceStatusTests {
    static let trace = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Examples/trace")

    @Test func datalogRulesGiveTheSameStatusesAsTheTraceReport() throws {
        let graph = try RDFReader().read(file: Self.trace.appendingPathComponent("facts.nt").path)
        let source = try String(
            contentsOf: Self.trace.appendingPathComponent("status.dl"), encoding: .utf8)
        var request = QueryRequest(program: source, file: "status.dl")
        request.outputs = ["status"]
        request.format = .tsv
        let report = try QueryDriver.run(request, facts: graph)
        let rows = report.text.split(separator: "\n").map(String.init)
            .filter {
                $0.hasPrefix("<https://w3id.org/vocgraph/id/") || $0.hasPrefix("https://")
                    || $0.hasPrefix("vgi:")
            }
            .map { row -> String in
                let cells = row.split(separator: "\t").map(String.init)
                let target = cells[0].replacingOccurrences(
                    of: "vgi:", with: "https://w3id.org/vocgraph/id/"
                )
                .trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
                let status = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return "\(target)\t\(status)"
            }
            .filter { row in
                ["met", "not-met", "no-data", "not-comparable"].contains {
                    row.hasSuffix("\t" + $0)
                }
            }
        // The program also asks `?- status(T, S).`, so each row is printed twice: compare sets.
        let distinct = Set(rows).sorted()
        let expected = try String(
            contentsOf: Self.trace.appendingPathComponent("status.tsv"), encoding: .utf8
        )
        .split(separator: "\n").map(String.init).sorted()
        #expect(!rows.isEmpty)
        #expect(distinct == expected, "engine output:\n\(report.text)")
    }
}
