import Foundation
import TestSupport
import Testing

@testable import Extraction

/// Text, PDF (through pdftotext) and DOCX copies of one report give the same extraction.
@Suite struct DocumentFormatTests {
    static let fixture: URL =
        Bundle.module.url(forResource: "Documents", withExtension: nil)
        ?? TestSupport.packageRoot.appendingPathComponent("Tests/ExtractionTests/Documents")

    static var pdftotextAvailable: Bool { PDFText.executable() != nil }

    /// A fresh directory under the temporary directory.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vocgraph-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// What must not depend on the format: entities, relations, citations, figures.
    struct Essence: Equatable, CustomStringConvertible {
        var entities: [String]
        var relations: [String]
        var policies: [String]
        var observations: [String]

        init(_ report: ExtractionReport) {
            entities = report.entities.map { "\($0.type) \($0.name)" }.sorted()
            relations = report.relations.map { "\($0.type) \($0.subject) → \($0.object)" }.sorted()
            policies = report.policiesCited.map { "\($0.title ?? "") \($0.number ?? "")" }.sorted()
            observations = report.observations.map {
                "\($0.metric) \($0.value) \($0.unit ?? "") \($0.year.map(String.init) ?? "")"
            }.sorted()
        }

        var description: String {
            (entities + relations + policies + observations).joined(separator: "\n")
        }
    }

    static func essence(_ path: String) throws -> Essence {
        Essence(Extractor.standard.extract(try Document(contentsOf: path)).report)
    }

    @Test func textPDFAndDOCXGiveTheSameExtraction() throws {
        let textPath = Self.fixture.appendingPathComponent("report.txt").path
        let text = try String(contentsOfFile: textPath, encoding: .utf8)
        let expected = try Self.essence(textPath)
        #expect(expected.relations.count >= 3)
        #expect(expected.observations.count == 6)

        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let docx = directory.appendingPathComponent("report.docx")
        try DocumentFixtures.docx(text).write(to: docx)
        let docxDocument = try Document(contentsOf: docx.path)
        #expect(docxDocument.format == .docx)
        let fromDOCX = try Self.essence(docx.path)
        #expect(fromDOCX == expected, "DOCX:\n\(fromDOCX)\ntext:\n\(expected)")

        guard Self.pdftotextAvailable else {
            Issue.record("pdftotext is not installed (scripts/setup.sh installs poppler-utils)")
            return
        }
        let pdf = directory.appendingPathComponent("report.pdf")
        // Lines wrapped at 24 characters break 韶关市南岭职业技术学校, three sentences and
        // 粤府〔2020〕63号 (as 粤府 / 〔2020〕63号); the document runs over two pages.
        try DocumentFixtures.pdf(text, wrap: 24, linesPerPage: 18).write(to: pdf)
        let pdfDocument = try Document(contentsOf: pdf.path)
        #expect(pdfDocument.format == .pdf)
        #expect(pdfDocument.pageStartLines.count == 2)
        let fromPDF = try Self.essence(pdf.path)
        #expect(fromPDF == expected, "PDF:\n\(fromPDF)\n\(pdfDocument.text)\ntext:\n\(expected)")
    }

    @Test func aPDFPageIsKeptForEveryLine() throws {
        guard Self.pdftotextAvailable else { return }
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("two-pages.pdf")
        try DocumentFixtures.pdf("第一页的第一行。\n\n第一页的第二行。\n第二页的一行。", linesPerPage: 3)
            .write(to: pdf)
        let document = try Document(contentsOf: pdf.path)
        #expect(document.pageStartLines.count == 2)
        let second = try #require(
            (1...document.lineCount).first { document.lineText($0) == "第二页的一行。" })
        #expect(document.page(ofLine: second) == 2)
        #expect(document.page(ofLine: 1) == 1)
    }

    @Test func aPDFWithoutTextLayerIsRefusedClearly() throws {
        guard Self.pdftotextAvailable else { return }
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("scan.pdf")
        try DocumentFixtures.pdfWithoutText().write(to: pdf)
        let error = try #require(throws: DocumentReadError.self) {
            try Document(contentsOf: pdf.path)
        }
        #expect(error.description.contains("no text layer"))
        #expect(error.description.contains("OCR"))
    }

    @Test func aDamagedPDFNamesPdftotextsReason() throws {
        guard Self.pdftotextAvailable else { return }
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("broken.txt")
        try Data("%PDF-1.4\nnot really".utf8).write(to: pdf)
        let error = try #require(throws: DocumentReadError.self) {
            try Document(contentsOf: pdf.path)
        }
        #expect(error.description.hasPrefix(pdf.path + ": pdftotext cannot read this PDF"))
    }

    @Test func otherKindsAreRefusedByContentWithTheReason() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(String, Data, String)] = [
            (
                "a.doc", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]),
                "legacy Microsoft Office"
            ),
            ("b.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]), "an image"),
            ("c.docx", Data([0x1F, 0x8B, 0x08, 0x00]), "compressed archive"),
            ("d.docx", try DocumentFixtures.zip([("xl/workbook.xml", "<x/>")]), "Excel workbook"),
            ("e.docx", try DocumentFixtures.zip([("readme.txt", "hi")]), "not a Word document"),
        ]
        for (name, bytes, reason) in cases {
            let path = directory.appendingPathComponent(name).path
            try bytes.write(to: URL(fileURLWithPath: path))
            let error = try #require(throws: DocumentReadError.self) {
                try Document(contentsOf: path)
            }
            #expect(error.description.contains(reason), "\(name): \(error)")
            #expect(error.description.hasPrefix(path + ": "))
        }
    }

    @Test func malformedDOCXXMLGivesItsLineAndColumn() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.docx").path
        try DocumentFixtures.zip([
            (
                "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n  <w:body><w:p></w:body>"
            )
        ])
        .write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DocumentReadError.self) {
            try Document(contentsOf: path)
        }
        #expect(error.description.contains("word/document.xml:2:"), "\(error)")
    }

    @Test func docxTablesBecomeTabSeparatedRows() throws {
        let xml = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>标题</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>2025年</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>备注</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>在校</w:t></w:r></w:p><w:p><w:r><w:t>学生</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t xml:space="preserve">第一行</w:t><w:br/><w:t>第二行</w:t><w:delText>删去</w:delText></w:r></w:p>
            </w:body></w:document>
            """
        let text = try DOCXText.text(ofDocumentXML: Data(xml.utf8), path: "t.docx")
        #expect(text == "标题\n\n指标\t2025年\t\t备注\n在校 学生\t1\n\n第一行\n第二行\n")
    }

    @Test func columnsAlignedWithSpacesAreReadAsATable() throws {
        let textPath = Self.fixture.appendingPathComponent("report.txt").path
        let tabbed = try String(contentsOfFile: textPath, encoding: .utf8)
        // The same table with its columns aligned by spaces, as pdftotext -layout writes it.
        let aligned = tabbed.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.contains("\t") else { return String(line) }
            return line.split(separator: "\t").map {
                $0.padding(toLength: 16, withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
        #expect(!aligned.contains("\t"))
        let expected = Essence(
            Extractor.standard.extract(Document(name: "t.txt", text: tabbed)).report)
        let document = Document(name: "a.txt", text: aligned)
        let layout = DocumentLayout(document)
        #expect(layout.tables.count == 1)
        #expect(layout.tables.first?.lines.count == 4)
        let got = Essence(Extractor.standard.extract(document).report)
        #expect(got.observations == expected.observations)
        #expect(got.observations.count == 6)
        #expect(got.relations == expected.relations)
    }

    @Test func proseWithDoubleSpacesIsNotATable() {
        let text = "学校与华为技术有限公司合作。  共建产业学院。\n学校与比亚迪股份有限公司合作，  开设订单班。\n"
        #expect(AlignedColumns(Document(name: "p.txt", text: text)).rows.isEmpty)
        let single = "指标  2024年  2025年\n"
        #expect(AlignedColumns(Document(name: "s.txt", text: single)).rows.isEmpty)
    }
}

/// How pdftotext's pages become one document text.
@Suite struct PDFTextTests {
    @Test func pageNumbersAreDroppedAndPagesRecorded() {
        let pages = [
            "  标题\n\n第一页正文，句子被\n", "- 2 -\n断开。\n\n  2025\n  第 2 页\n", "",
        ]
        let (text, starts) = PDFText.assemble(pages)
        #expect(text == "标题\n\n第一页正文，句子被\n断开。\n\n2025\n")
        #expect(starts == [1, 4])
    }

    @Test func alignedRowsBecomeTabSeparated() {
        let (text, _) = PDFText.assemble(["指标        2024年     2025年\n在校生        4120       4385\n"]
        )
        #expect(text == "指标\t2024年\t2025年\n在校生\t4120\t4385\n")
    }

    @Test func aDocumentNumberCutByALineBreakIsJoined() {
        let (text, starts) = PDFText.assemble([
            "落实《实施意见》（粤府\n〔2020〕63号），办学规模\n稳步扩大。\n", "第二页。\n",
        ])
        #expect(text == "落实《实施意见》（粤府〔2020〕63号），办学规模\n稳步扩大。\n第二页。\n")
        #expect(starts == [1, 3])
        let (kept, _) = PDFText.assemble(["第一行到2020\n年底完成。\n"])
        #expect(kept == "第一行到2020\n年底完成。\n")
    }
}
