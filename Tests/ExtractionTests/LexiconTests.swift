import Foundation
import Testing

@testable import Extraction

@Suite struct LexiconTests {
    /// The embedded lexicon is `Ontology/lexicon.ttl`; `VOCGRAPH_RECORD=1` regenerates it.
    @Test func embeddedLexiconMatchesOntologyFile() throws {
        let url = TestSupport.packageRoot.appendingPathComponent("Ontology/lexicon.ttl")
        let file = try String(contentsOf: url, encoding: .utf8)
        if TestSupport.recording && file != Lexicon.embeddedTurtle {
            // Indented as swift-format leaves it (the closing delimiter sets the indentation).
            let body = file.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "        " + $0 }
                .joined(separator: "\n")
            let swift =
                "// Generated from Ontology/lexicon.ttl; do not edit. `VOCGRAPH_RECORD=1 swift test --filter\n"
                + "// ExtractionTests` regenerates it, and a test fails while the two differ.\n\n"
                + "extension Lexicon {\n"
                + "    /// The text of `Ontology/lexicon.ttl`, embedded so the binary works from any directory.\n"
                + "    static let embeddedTurtle = #\"\"\"\n" + body + "\n        \"\"\"#\n}\n"
            let target = TestSupport.packageRoot.appendingPathComponent(
                "Sources/Extraction/Lexicon/LexiconText.swift")
            try swift.write(to: target, atomically: true, encoding: .utf8)
            Issue.record("regenerated LexiconText.swift: rebuild and commit")
            return
        }
        #expect(
            file == Lexicon.embeddedTurtle,
            "run VOCGRAPH_RECORD=1 swift test --filter ExtractionTests")
    }

    @Test func brandsAndRegionsAreKnown() {
        let lexicon = Lexicon.standard
        #expect(lexicon.organization(named: "华为")?.prefLabel == "华为技术有限公司")
        #expect(lexicon.organization(named: "腾讯")?.type == .enterprise)
        #expect(lexicon.regions.contains { $0.prefLabel == "深圳市" && $0.altLabels.contains("深圳") })
        #expect(lexicon.regions.contains { $0.prefLabel == "福田区" && $0.level == .district })
    }
}
