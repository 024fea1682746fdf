import Datalog
import Foundation
import RDF
import RaptorIO
import Testing

/// Every `Examples/**/*.dl` runs against the Turtle graph of its directory and matches its `.expected`.
@Suite struct ExamplesTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")

    static func programs() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: examples.path)
        var out: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".dl") { out.append(path) }
        }
        return out.sorted()
    }

    @Test func examplesExist() {
        #expect(ExamplesTests.programs().count >= 4)
    }

    @Test(arguments: ExamplesTests.programs())
    func example(_ path: String) throws {
        let url = ExamplesTests.examples.appendingPathComponent(path)
        let directory = url.deletingLastPathComponent()
        let graphFiles = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".ttl") || $0.hasSuffix(".nt") }.sorted()
        var graph = Graph()
        for file in graphFiles {
            graph.merge(try RDFReader().read(file: directory.appendingPathComponent(file).path))
        }
        let source = try String(contentsOf: url, encoding: .utf8)
        let report = try QueryDriver.run(QueryRequest(program: source, file: path), facts: graph)
        let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
        if ProcessInfo.processInfo.environment["VOCGRAPH_RECORD"] == "1" {
            try report.text.write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("recorded new baseline \(expectedURL.lastPathComponent)")
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(report.text == expected, "\(path)")
    }
}
