import Testing

@testable import Extraction

@Suite struct DocumentTests {
    @Test func offsetsAreUnicodeScalarsAndLinesAreOneBased() {
        let document = Document(name: "t.txt", text: "第一行\n深圳市第二职业技术学校与华为\n末行")
        #expect(document.lineCount == 3)
        #expect(document.lineText(2) == "深圳市第二职业技术学校与华为")
        let start = 4 + 12
        #expect(document.slice(start, start + 2) == "华为")
        #expect(document.line(at: start) == 2)
        #expect(document.line(at: 0) == 1)
        #expect(document.line(at: document.scalars.count - 1) == 3)
    }

    @Test func carriageReturnIsNotPartOfTheLineText() {
        let document = Document(name: "t.txt", text: "甲\r\n乙")
        #expect(document.lineText(1) == "甲")
        #expect(document.lineText(2) == "乙")
    }
}
