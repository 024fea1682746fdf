import Testing

@testable import Extraction

@Suite struct ScriptConverterTests {
    let converter = ScriptConverter.standard

    func simplified(_ text: String) -> String {
        String(String.UnicodeScalarView(converter.simplified(Array(text.unicodeScalars))))
    }

    @Test func traditionalSentenceBecomesSimplifiedOfEqualLength() {
        let traditional = "寧波市職業技術教育中心學校與吉利汽車控股有限責任公司共建產業學院。"
        let expected = "宁波市职业技术教育中心学校与吉利汽车控股有限责任公司共建产业学院。"
        let converted = converter.simplified(Array(traditional.unicodeScalars))
        #expect(converted.count == traditional.unicodeScalars.count)
        #expect(String(String.UnicodeScalarView(converted)) == expected)
        #expect(simplified("香港職業訓練局與澳門理工大學簽署合作備忘錄") == "香港职业训练局与澳门理工大学签署合作备忘录")
    }

    @Test func hongKongFormsAreConverted() {
        // Hong Kong writes 衞 for 衛 (衞生署); OpenCC's HKVariantsRev takes it to 衛, then 卫.
        #expect(simplified("衞生署與教育局") == "卫生署与教育局")
        #expect(converter.isTraditional("衞"))
    }

    @Test func simplifiedTextIsUnchanged() {
        let text = "广东省教育厅关于深化产教融合的通知：职业院校与华为、比亚迪共建实训基地，著名企业参与，ABC 123。"
        #expect(simplified(text) == text)
        #expect(converter.traditionalShare(of: Array(text.unicodeScalars)) == 0)
    }

    @Test func detectsTraditionalText() {
        let traditional = Array("本校與多家企業簽訂校企合作協議，共同培養技術技能人才。".unicodeScalars)
        #expect(converter.traditionalShare(of: traditional) > 0.2)
        #expect(converter.traditionalShare(of: Array("abc，。".unicodeScalars)) == 0)
        #expect(converter.isTraditional("學"))
        #expect(!converter.isTraditional("学"))
        // 乾 is converted but is no evidence: simplified text writes 乾隆 too.
        #expect(!converter.isTraditional("乾"))
        #expect(simplified("乾") == "干")
    }

    @Test func compatibilityIdeographsAreUnified() {
        // U+F900 is a compatibility form of U+8C48 (豈), whose simplified form is 岂.
        let out = converter.simplified(["\u{F900}"])
        #expect(out.map(\.value) == [0x5C82])
        #expect(converter.count > 4000)
    }

    @Test func badTablesAreRejected() throws {
        let text = "# key: traditional\ntraditional\tsimplified\tkind\n個們\t个\ttraditional\n"
        do {
            _ = try ScriptConverter(table: OntologyTable(parsing: text, name: "t.tsv"))
            Issue.record("accepted two scalars")
        } catch {
            #expect(
                "\(error)" == "t.tsv:3: error: traditional and simplified must be one scalar each")
        }
    }
}
