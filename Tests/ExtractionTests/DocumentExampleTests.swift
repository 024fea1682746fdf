import Foundation
import TestSupport
import Testing

@testable import Extraction

/// `Examples/documents/` is the test report as text, DOCX and PDF (with other towns' names, so
/// the three are three schools), made by `DocumentFixtures`. `VOCGRAPH_RECORD=1` rewrites them
/// (and fails); otherwise the committed files must be what the generator makes.
@Suite struct DocumentExampleTests {
    static let directory = TestSupport.packageRoot.appendingPathComponent("Examples/documents")

    static func expectedFiles() throws -> [(String, Data)] {
        let text = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent(
                "Tests/ExtractionTests/Documents/report.txt"), encoding: .utf8)
        return [
            ("a-report.txt", Data(text.utf8)),
            (
                "b-report.docx",
                try DocumentFixtures.docx(text.replacingOccurrences(of: "韶关市", with: "梅州市"))
            ),
            (
                "c-report.pdf",
                DocumentFixtures.pdf(
                    text.replacingOccurrences(of: "韶关市", with: "河源市"), wrap: 30, linesPerPage: 18)
            ),
        ]
    }

    @Test func examplesAreWhatTheGeneratorMakes() throws {
        for (name, data) in try Self.expectedFiles() {
            let url = Self.directory.appendingPathComponent(name)
            if TestSupport.recording {
                try FileManager.default.createDirectory(
                    at: Self.directory, withIntermediateDirectories: true)
                try data.write(to: url)
                Issue.record("recorded new baseline \(url.path)")
                continue
            }
            let committed = try Data(contentsOf: url)
            #expect(committed == data, "\(name) differs: VOCGRAPH_RECORD=1 swift test rewrites it")
        }
    }
}
