import Testing

@testable import Extraction

@Suite struct CorrectionsTests {
    @Test func parsesEveryKindAndSkipsComments() throws {
        let text = "# a comment\n\nmerge\t青禾职业技术学校\t青禾职业技术学院\r\nnot\t天猫\ntype\t松阳技师学院\tSchool\n"
        let parsed = try Corrections(parsing: text, file: "c.tsv")
        #expect(
            parsed.corrections == [
                .merge("青禾职业技术学校", "青禾职业技术学院"), .notAnOrganization("天猫"), .type("松阳技师学院", .school),
            ])
    }

    @Test(arguments: [
        ("merge\tonly-one\n", 1, 1, "expected 'merge NAME NAME'"),
        ("not\tA\nrename\tA\tB\n", 2, 1, "unknown correction 'rename'"),
        ("type\tA\tCollege\n", 1, 8, "unknown type 'College'"),
    ])
    func errorsNameTheLineAndColumn(text: String, line: Int, column: Int, message: String) {
        do {
            _ = try Corrections(parsing: text, file: "c.tsv")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.description.hasPrefix("c.tsv:\(line):\(column): error:"))
        }
    }

    @Test func mergeKeepsTheFirstAndRenumbersMentions() {
        let text = "龙泉市青禾职业技术学校与华为合作。龙泉市青禾职业技术学院负责实训。"
        var extractor = Extractor()
        let plain = extractor.extract(Document(name: "t.txt", text: text))
        #expect(plain.entities.count == 3)
        extractor.corrections = Corrections([.merge("龙泉市青禾职业技术学校", "龙泉市青禾职业技术学院")])
        let x = extractor.extract(Document(name: "t.txt", text: text))
        #expect(x.entities.count == 2)
        let school = x.entities.first { $0.name == "龙泉市青禾职业技术学校" }
        #expect(school?.aliases.contains("龙泉市青禾职业技术学院") == true)
        // Every mention points at an entity that exists.
        #expect(x.mentions.allSatisfy { $0.entity >= 0 && $0.entity < x.entities.count })
        #expect(x.mentions.filter { x.entities[$0.entity].name == "龙泉市青禾职业技术学校" }.count == 2)
    }
}
