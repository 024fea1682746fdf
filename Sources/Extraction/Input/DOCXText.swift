import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The text of a Word (.docx) document: its paragraphs, and its tables as tab-separated rows.
///
/// The package is opened with ZIPFoundation and `word/document.xml` is read with Foundation's
/// `XMLParser` (libxml2, external entities off). Each body paragraph becomes a line followed by
/// a blank line (as paragraphs are in the corpus texts); each table row becomes one line, its
/// cells joined by tabs (a cell's own paragraphs joined by spaces, a merged cell followed by
/// empty cells); a line break inside a paragraph starts a new line. Headers, footers, notes,
/// comments, deleted text and field codes are not read.
public enum DOCXText {
    /// The largest `word/document.xml` read (uncompressed), against ZIP bombs.
    public static let maximumXMLBytes: UInt64 = 256 << 20

    /// The text of the DOCX package at `path`.
    ///
    /// The package is read from the file, not from memory: ZIPFoundation 0.9.20's in-memory
    /// archive traps (a negative range in `MemoryFile.readData`) on a damaged archive whose
    /// offsets point past its end, where the file-backed one reports an error.
    ///
    /// - Throws: `DocumentReadError.unsupported` for a ZIP archive that is not a Word document,
    ///   a damaged package or malformed XML.
    public static func read(path: String) throws(DocumentReadError) -> String {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .unsupported(path, "a damaged ZIP archive (\(error)); is it a .docx file?")
        }
        guard let entry = archive["word/document.xml"] else {
            throw .unsupported(path, whatArchive(archive))
        }
        guard entry.uncompressedSize <= maximumXMLBytes else {
            throw .unsupported(
                path,
                "word/document.xml unpacks to \(entry.uncompressedSize) bytes, over the limit of "
                    + "\(maximumXMLBytes)")
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                xml.append(chunk)
                if UInt64(xml.count) > maximumXMLBytes { throw SizeExceeded() }
            }
        } catch {
            throw .unsupported(path, "cannot unpack word/document.xml (\(error))")
        }
        return try text(ofDocumentXML: xml, path: path)
    }

    private struct SizeExceeded: Error {}

    private static let xmlLock = NSLock()

    /// The text of a `word/document.xml` part.
    ///
    /// - Throws: `DocumentReadError.unsupported` with the XML's line and column when malformed.
    public static func text(ofDocumentXML xml: Data, path: String) throws(DocumentReadError)
        -> String
    {
        // libxml2 reports errors through process-wide handlers (README, trap T9): one parse at a time.
        xmlLock.lock()
        defer { xmlLock.unlock() }
        let parser = XMLParser(data: xml)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let reader = BodyReader()
        parser.delegate = reader
        let parsed = parser.parse()
        if !parsed || reader.error != nil {
            let (line, column) =
                reader.error.map { ($0.line, $0.column) } ?? (
                    parser.lineNumber, parser.columnNumber
                )
            throw .unsupported(
                path, "word/document.xml:\(line):\(column): not well-formed XML")
        }
        var lines = reader.lines
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a ZIP archive without `word/document.xml` is, and what to do with it.
    static func whatArchive(_ archive: Archive) -> String {
        if archive["xl/workbook.xml"] != nil {
            return
                "an Excel workbook (.xlsx), not a Word document; VocGraph reads .txt, .pdf, .docx"
        }
        if archive["ppt/presentation.xml"] != nil {
            return "a PowerPoint presentation (.pptx), not a Word document; save it as PDF"
        }
        if archive["content.xml"] != nil {
            return "an OpenDocument file (.odt/.ods); save it as .docx or PDF"
        }
        return "a ZIP archive without word/document.xml, not a Word document; unpack it first"
    }
}

/// Collects the lines of a WordprocessingML body.
private final class BodyReader: NSObject, XMLParserDelegate {
    static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    var lines: [String] = []
    /// Where the first XML error was reported.
    var error: (line: Int, column: Int)?
    /// The paragraph being read.
    private var paragraph = ""
    private var inText = false
    /// One entry per open table: the rows' cells so far and the current cell's paragraphs.
    private var tables: [(cells: [String], cell: [String], span: Int)] = []

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        guard let namespaceURI, Self.namespaces.contains(namespaceURI) else { return }
        switch name {
        case "t": inText = true
        case "tab": paragraph += " "
        case "br", "cr":
            if tables.isEmpty {
                lines.append(paragraph)
                paragraph = ""
            } else {
                paragraph += " "
            }
        case "tbl":
            flushParagraph()
            tables.append(([], [], 1))
        case "tr": if !tables.isEmpty { tables[tables.count - 1].cells = [] }
        case "tc":
            if !tables.isEmpty {
                tables[tables.count - 1].cell = []
                tables[tables.count - 1].span = 1
            }
        case "gridSpan":
            let value = attributes.first { $0.key.hasSuffix("val") }?.value
            if let span = value.flatMap(Int.init), span > 1, span < 64, !tables.isEmpty {
                tables[tables.count - 1].span = span
            }
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
        qualifiedName: String?
    ) {
        guard let namespaceURI, Self.namespaces.contains(namespaceURI) else { return }
        switch name {
        case "t": inText = false
        case "p": flushParagraph()
        case "tc":
            guard !tables.isEmpty else { return }
            let top = tables.count - 1
            let cell = tables[top].cell.joined(separator: " ")
            tables[top].cells.append(cell)
            for _ in 1..<max(1, tables[top].span) { tables[top].cells.append("") }
        case "tr":
            guard let table = tables.last else { return }
            var cells = table.cells
            while cells.count > 1, let last = cells.last, last.isEmpty { cells.removeLast() }
            if tables.count == 1 {
                if !cells.allSatisfy(\.isEmpty) { lines.append(cells.joined(separator: "\t")) }
            } else {
                // A table inside a cell: its rows become text of the enclosing cell.
                let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
                if !text.isEmpty { tables[tables.count - 2].cell.append(text) }
            }
            tables[tables.count - 1].cells = []
        case "tbl":
            guard !tables.isEmpty else { return }
            tables.removeLast()
            if tables.isEmpty { lines.append("") }
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = (parser.lineNumber, parser.columnNumber) }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    /// Ends the current paragraph: a line and a blank line in the body, a piece of the cell in a table.
    private func flushParagraph() {
        let text = paragraph.replacingOccurrences(of: "\t", with: " ")
        paragraph = ""
        if tables.isEmpty {
            if text.allSatisfy(\.isWhitespace) { return }
            lines.append(text)
            lines.append("")
        } else if !text.allSatisfy(\.isWhitespace) {
            tables[tables.count - 1].cell.append(text.trimmingCharacters(in: .whitespaces))
        }
    }
}
