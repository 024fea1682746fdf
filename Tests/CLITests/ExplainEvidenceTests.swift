import Foundation
import TestSupport
import Testing

/// `vocgraph explain` on the Huawei question shows, for each school, a quote from which a
/// reader sees the partnership: the cue and Huawei in the quote, the school in it or in a
/// second span that names it.
@Suite struct ExplainEvidenceTests {
    @Test func huaweiPartnersExplainWithReadableQuotes() throws {
        let outcome = try Command.run(
            Command.vocgraph,
            ["explain", "Examples/datalog/huawei-partners.dl", "--graph", "Graphs/corpus.ttl"])
        #expect(outcome.status == 0, "\(outcome.err)")
        let lines = outcome.out.split(separator: "\n").map(String.init)
        let sources = lines.indices.filter { lines[$0].contains("source:") }
        #expect(sources.count >= 4)
        for index in sources {
            let line = lines[index]
            // The quote names Huawei and gives the rule that read it.
            #expect(line.contains("华为"), "\(line)")
            #expect(line.contains("confidence"), "\(line)")
            let quote = line.split(separator: "“", maxSplits: 1).last.map(String.init) ?? ""
            let namesSchool = ["学校", "学院", "大学"].contains { quote.contains($0) }
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            #expect(
                namesSchool || next.contains("which names"),
                "no school in “\(quote)” and no second span")
        }
    }
}
