import Foundation
import Testing

/// `--lexicon` and `--corrections` on `extract` and `build`: a user's own organisations and
/// corrections change the report without rebuilding VocGraph (Examples/lexicon/).
extension CLITests {
    struct Report: Decodable {
        struct Entity: Decodable {
            var type: String
            var name: String
            var aliases: [String]
        }
        struct Relation: Decodable {
            var type: String
            var subject: String
            var object: String
        }
        var entities: [Entity]
        var relations: [Relation]
    }

    static func report(_ arguments: [String]) throws -> Report {
        let result = try vocgraph(["extract", "Examples/lexicon/report.txt", "--json"] + arguments)
        #expect(result.status == 0, "\(result.err)")
        return try JSONDecoder().decode(Report.self, from: Data(result.out.utf8))
    }

    @Test func userLexiconAndCorrectionsChangeTheReport() throws {
        let plain = try Self.report([])
        // Without the lexicon the brand-only company is unknown, and the typo 学院 is a second
        // body (names of different suffix classes are never merged on their own).
        #expect(!plain.entities.contains { $0.type == "Enterprise" })
        #expect(plain.entities.map(\.name).contains("北湖区职业技术学院"))

        let own = try Self.report([
            "--lexicon", "Examples/lexicon/lexicon.ttl",
            "--corrections", "Examples/lexicon/corrections.tsv",
        ])
        let school = own.entities.first { $0.name == "北湖区职业技术学校" }
        #expect(school?.type == "School")
        #expect(school?.aliases.contains("北湖区职业技术学院") == true)
        #expect(school?.aliases.contains("北湖职校") == true)
        #expect(!own.entities.map(\.name).contains("北湖区职业技术学院"))
        #expect(own.entities.contains { $0.type == "Enterprise" && $0.name.hasPrefix("青山智造") })
        #expect(
            own.relations.contains {
                $0.type == "partnersWith" && $0.subject == "北湖区职业技术学校"
                    && $0.object.hasPrefix("青山智造")
            })
    }

    @Test func correctionsDropAndRetype() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("c.tsv")
        try "# ours\nnot\t北湖区职业技术学院\ntype\t北湖区职业技术学校\tHigherEd\n".write(
            to: file, atomically: true, encoding: .utf8)
        let report = try Self.report(["--corrections", file.path])
        #expect(!report.entities.map(\.name).contains("北湖区职业技术学院"))
        #expect(report.entities.first { $0.name == "北湖区职业技术学校" }?.type == "HigherEd")
    }

    @Test func badCorrectionsAndLexiconsAreNamed() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.tsv")
        try "merge\tA\tB\ntype\tA\tCollege\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try Self.vocgraph([
            "extract", "Examples/lexicon/report.txt", "--json", "--corrections", bad.path,
        ])
        #expect(result.status != 0)
        #expect(result.err.contains("bad.tsv:2:"))
        #expect(result.err.contains("unknown type 'College'"))

        let lexicon = dir.appendingPathComponent("lex.ttl")
        try "@prefix vg: <https://w3id.org/vocgraph/ns#> .\n<https://example.org/x> a vg:School .\n"
            .write(to: lexicon, atomically: true, encoding: .utf8)
        let unlabelled = try Self.vocgraph([
            "build", "Examples/lexicon/report.txt", "--lexicon", lexicon.path,
        ])
        #expect(unlabelled.status != 0)
        #expect(unlabelled.err.contains("without a skos:prefLabel"))
    }
}
