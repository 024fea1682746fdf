import Foundation
import Testing

@testable import Extraction

/// One directory of `Cases/`: `input.txt` (UTF-8 or GB18030) and `expected.json`, the report.
struct GoldenCase: CustomTestStringConvertible, Sendable {
    var name: String
    var directory: URL

    var testDescription: String { name }

    static func all() -> [GoldenCase] {
        let root = TestSupport.packageRoot.appendingPathComponent("Tests/ExtractionTests/Cases")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            let directory = root.appendingPathComponent(name)
            guard
                FileManager.default.fileExists(
                    atPath: directory.appendingPathComponent("input.txt").path)
            else {
                return nil
            }
            return GoldenCase(name: name, directory: directory)
        }
    }
}

@Suite struct GoldenCaseTests {
    @Test(arguments: GoldenCase.all())
    func extractionMatchesExpected(_ golden: GoldenCase) throws {
        let input = golden.directory.appendingPathComponent("input.txt")
        let expectedURL = golden.directory.appendingPathComponent("expected.json")
        // Organisations, relations and policies only: figures have their own cases (FigureCases).
        let extraction = Extractor().extract(try Document(contentsOf: input.path))
        let actual = try extraction.report.jsonText() + "\n"
        // Every fact's quote is the text at its offsets.
        for relation in extraction.report.relations {
            #expect(extraction.document.slice(relation.start, relation.end) == relation.evidence)
            #expect(extraction.document.line(at: relation.start) == relation.line)
        }
        if TestSupport.recording {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("recorded new baseline for \(golden.name): read the diff, then commit")
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(
            actual == expected, "\(golden.name): rerun with VOCGRAPH_RECORD=1 and read the diff")
    }
}
