import Foundation
import RDF
import Testing

@testable import Datalog

/// Malformed input must produce diagnostics, never a crash.
@Suite struct RobustnessTests {
    /// Every prefix of every golden program is parsed, checked and (when valid) evaluated.
    @Test func truncatedProgramsNeverCrash() throws {
        var programs: [String] = []
        for category in ["syntax", "semantic", "evaluation", "explain"] {
            for c in GoldenCase.all(in: category) {
                if let text = c.read("query.dl") { programs.append(text) }
            }
        }
        #expect(programs.count > 20)
        var diagnosed = 0
        for program in programs {
            let scalars = Array(program.unicodeScalars)
            for end in stride(from: 0, through: scalars.count, by: 3) {
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[0..<end])
                var request = QueryRequest(program: text, file: "t.dl")
                request.options.maxFacts = 100_000
                do {
                    _ = try QueryDriver.run(
                        request, facts: RandomGraphs.graph(seed: 1, nodes: 5, edges: 8))
                } catch {
                    #expect(error.rendered.contains("error:"))
                    diagnosed += 1
                }
            }
        }
        #expect(diagnosed > 100)
    }

    @Test func randomBytesNeverCrash() {
        var rng = SeededGenerator(seed: 99)
        let alphabet = Array("abXY_:(),.-?<>=!\"%{}@^ 0123456789\n华为".unicodeScalars)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 1..<60, using: &rng) {
                text.unicodeScalars.append(
                    alphabet[Int.random(in: 0..<alphabet.count, using: &rng)])
            }
            var parser = Parser(source: text, file: "r.dl")
            if let syntax = try? parser.parse() { _ = try? Analyzer.check(syntax) }
        }
    }
}
