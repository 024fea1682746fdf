import Datalog
import Foundation
import RDF
import RaptorIO

/// One golden case directory: `Cases/<category>/<name>/{query.dl, facts.ttl?, expected.*}`.
struct GoldenCase: CustomStringConvertible, Sendable {
    let category: String
    let name: String
    let directory: URL

    var description: String { "\(category)/\(name)" }

    /// The source tree's case directory (goldens are recorded there, not in the build's copy).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Cases")

    /// Every case of a category, sorted by name.
    static func all(in category: String) -> [GoldenCase] {
        let dir = root.appendingPathComponent(category)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map {
            GoldenCase(category: category, name: $0, directory: dir.appendingPathComponent($0))
        }
    }

    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    func read(_ name: String) -> String? { try? String(contentsOf: file(name), encoding: .utf8) }

    /// The case's graph (empty when it has no facts.ttl).
    func graph() throws -> Graph {
        let path = file("facts.ttl").path
        guard FileManager.default.fileExists(atPath: path) else { return Graph() }
        return try RDFReader().read(file: path, format: .turtle)
    }

    /// Runs the case: returns (golden file name, actual text).
    func run() throws -> (String, String) {
        let source = read("query.dl") ?? ""
        var request = QueryRequest(program: source, file: "query.dl")
        request.format = .tsv
        request.explain = category == "explain"
        let graph = try graph()
        do {
            let report = try QueryDriver.run(request, facts: graph)
            if category == "semantic" || category == "syntax" {
                return (
                    "expected.err",
                    DiagnosticRenderer(source: source).render(report.diagnostics)
                )
            }
            if category == "explain" { return ("expected.explain", report.text) }
            return ("expected.tsv", GoldenCase.sortRows(report.text))
        } catch {
            return ("expected.err", error.rendered)
        }
    }

    /// Sorts the rows of each TSV block (the header stays first).
    static func sortRows(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { block -> String in
            var lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            while lines.last == "" { lines.removeLast() }
            guard let header = lines.first else { return "" }
            return ([header] + lines.dropFirst().sorted()).joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    /// Compares with the golden; with `VOCGRAPH_RECORD=1` rewrites it and reports a failure.
    /// - Returns: nil when equal, else a message.
    func check() throws -> String? {
        let (golden, actual) = try run()
        let expected = read(golden)
        if ProcessInfo.processInfo.environment["VOCGRAPH_RECORD"] == "1" {
            for other in ["expected.tsv", "expected.err", "expected.explain"] where other != golden
            {
                try? FileManager.default.removeItem(at: file(other))
            }
            try actual.write(to: file(golden), atomically: true, encoding: .utf8)
            return "recorded new baseline \(description)/\(golden); read the diff, then commit"
        }
        guard let expected else {
            return "\(description): missing \(golden); actual output:\n\(actual)"
        }
        return expected == actual
            ? nil
            : "\(description)/\(golden) differs.\n--- expected\n\(expected)\n--- actual\n\(actual)"
    }
}
