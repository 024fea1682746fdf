import Foundation
import ZIPFoundation

/// Makes PDF and DOCX files from a text fixture, so that the three formats can be compared.
///
/// The PDF is written by hand: one Type0 font with Identity-H encoding and a ToUnicode map
/// (code = Unicode code point), no embedded glyphs (pdftotext reads text, it draws nothing).
/// Prose lines are wrapped at `wrap` characters as a PDF layout breaks them; tab-separated rows
/// are drawn as cells at fixed column positions; `pageBreak` lines start a new page.
public enum DocumentFixtures {
    /// A PDF of `text` (lines; tabs separate table cells).
    public static func pdf(_ text: String, wrap: Int = 28, linesPerPage: Int = 40) -> Data {
        var pages: [[(x: Int, y: Int, text: String)]] = [[]]
        var row = 0
        func place(_ x: Int, _ line: String) {
            if row >= linesPerPage {
                pages.append([])
                row = 0
            }
            pages[pages.count - 1].append((x, 800 - 16 * row, line))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                row += 1
                continue
            }
            if line.contains("\t") {
                if row >= linesPerPage {
                    pages.append([])
                    row = 0
                }
                for (column, cell) in line.split(separator: "\t").enumerated() {
                    pages[pages.count - 1].append((50 + 170 * column, 800 - 16 * row, String(cell)))
                }
                row += 1
                continue
            }
            var rest = Substring(line)
            while !rest.isEmpty {
                place(50, String(rest.prefix(wrap)))
                rest = rest.dropFirst(wrap)
                row += 1
            }
        }
        return writePDF(pages)
    }

    /// A PDF whose pages draw nothing but an empty content stream (as a scan has no text layer).
    public static func pdfWithoutText() -> Data { writePDF([[]]) }

    public static func writePDF(_ pages: [[(x: Int, y: Int, text: String)]]) -> Data {
        var objects: [String] = []
        func add(_ body: String) -> Int {
            objects.append(body)
            return objects.count
        }
        func stream(_ content: String) -> String {
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"
        }
        var cmap =
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo "
            + "<< /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /VG-UCS def "
            + "/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        let ranges = (0..<256).filter { !(0xD8...0xDF).contains($0) }.map {
            let h = String(format: "%02X", $0)
            return "<\(h)00> <\(h)FF> <\(h)00>"
        }
        for start in stride(from: 0, to: ranges.count, by: 100) {
            let chunk = ranges[start..<min(start + 100, ranges.count)]
            cmap += "\(chunk.count) beginbfrange\n\(chunk.joined(separator: "\n"))\nendbfrange\n"
        }
        cmap += "endcmap CMapName currentdict /CMap defineresource pop end end"
        let toUnicode = add(stream(cmap))
        let descriptor = add(
            "<< /Type /FontDescriptor /FontName /VGSans /Flags 4 /FontBBox [0 -200 1000 900] "
                + "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
        let cidFont = add(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /VGSans /CIDSystemInfo << /Registry "
                + "(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor \(descriptor) 0 R "
                + "/DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>")
        let font = add(
            "<< /Type /Font /Subtype /Type0 /BaseFont /VGSans /Encoding /Identity-H "
                + "/DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>")
        let pagesID = objects.count + 2 * pages.count + 1
        var pageIDs: [Int] = []
        for page in pages {
            let operations = page.map { item in
                let hex = item.text.unicodeScalars.map { String(format: "%04X", $0.value) }
                    .joined()
                return "BT /F1 10 Tf \(item.x) \(item.y) Td <\(hex)> Tj ET"
            }
            let content = add(stream(operations.joined(separator: "\n")))
            pageIDs.append(
                add(
                    "<< /Type /Page /Parent \(pagesID) 0 R /MediaBox [0 0 595 842] /Resources "
                        + "<< /Font << /F1 \(font) 0 R >> >> /Contents \(content) 0 R >>"))
        }
        let kids = pageIDs.map { "\($0) 0 R" }.joined(separator: " ")
        _ = add("<< /Type /Pages /Kids [\(kids)] /Count \(pageIDs.count) >>")
        let catalog = add("<< /Type /Catalog /Pages \(pagesID) 0 R >>")
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root \(catalog) 0 R >>\n"
        out += "startxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    /// A DOCX package of `text`: a paragraph per non-blank line, a table per run of tab lines.
    public static func docx(_ text: String) throws -> Data {
        func escape(_ s: Substring) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
                of: "<", with: "&lt;"
            )
            .replacingOccurrences(of: ">", with: "&gt;")
        }
        func paragraph(_ s: Substring) -> String {
            "<w:p><w:r><w:t xml:space=\"preserve\">\(escape(s))</w:t></w:r></w:p>"
        }
        var body = ""
        var inTable = false
        for line in text.split(separator: "\n") {
            if line.contains("\t") {
                if !inTable { body += "<w:tbl><w:tblPr/>" }
                inTable = true
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                body +=
                    "<w:tr>" + cells.map { "<w:tc>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
                continue
            }
            if inTable { body += "</w:tbl>" }
            inTable = false
            body += paragraph(line)
        }
        if inTable { body += "</w:tbl>" }
        let document =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body>\(body)<w:sectPr/></w:body></w:document>"
        let contentTypes =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"
        return try zip([
            ("[Content_Types].xml", contentTypes), ("word/document.xml", document),
        ])
    }

    /// A ZIP archive (deflated entries) of `entries`.
    public static func zip(_ entries: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: Date(timeIntervalSince1970: 0), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
