import Foundation
import RDF

/// A decoded text document with its line table.
///
/// Offsets everywhere in VocGraph are Unicode scalar (code point) offsets into `text`, end
/// exclusive, the same as Python `str` indices; lines are 1-based.
public struct Document: Sendable {
    /// The name used in reports and provenance (usually the file name).
    public var name: String
    /// The decoded text.
    public var text: String
    /// The text as Unicode scalars, for O(1) offset slicing.
    public private(set) var scalars: [Unicode.Scalar]
    /// Scalar offset at which each line starts (index 0 is line 1).
    public let lineStarts: [Int]
    /// Lowercase hex SHA-256 of the source bytes (filled by `Document(bytes:name:)`).
    public var sha256: String?
    /// The encoding the bytes were decoded from (UTF-8 for PDF and DOCX text).
    public var encoding: TextEncoding
    /// The kind of file the text came from.
    public var format: InputFormat = .text
    /// For a paged source (PDF): the 1-based line at which each page starts, in page order.
    public var pageStartLines: [Int] = []

    public init(name: String, text: String, encoding: TextEncoding = .utf8, sha256: String? = nil) {
        self.name = name
        self.text = text
        self.encoding = encoding
        self.sha256 = sha256
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// A document of the same lines as `document` whose text is `scalars` (as long as its own):
    /// the script view of a traditional text, which keeps every offset and line.
    init(sameLinesAs document: Document, scalars: [Unicode.Scalar]) {
        precondition(scalars.count == document.scalars.count, "a view keeps every offset")
        // The original's UTF-8 is copied in runs and only the changed scalars are encoded: a
        // mostly simplified report has a handful of traditional characters (6 lines of 000's
        // 1,100), and encoding every scalar again cost more than the conversion.
        var utf8: [UInt8] = []
        var original = document.text
        original.withUTF8 { bytes in
            utf8.reserveCapacity(bytes.count + 16)
            var byte = 0
            var copied = 0
            for index in scalars.indices {
                let lead = bytes[byte]
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if scalars[index] != document.scalars[index] {
                    utf8.append(contentsOf: bytes[copied..<byte])
                    utf8.append(contentsOf: scalars[index].utf8)
                    copied = byte + width
                }
                byte += width
            }
            utf8.append(contentsOf: bytes[copied..<bytes.count])
        }
        self = document
        self.text = String(decoding: utf8, as: UTF8.self)
        self.scalars = scalars
    }

    /// The 1-based line containing scalar `offset`.
    public func line(at offset: Int) -> Int {
        lineStarts.partitioningIndex { $0 > offset }
    }

    /// The text between two scalar offsets (end exclusive).
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, start)
        let upper = min(end, scalars.count)
        guard lower < upper else { return "" }
        // Encoded straight into the string's storage (at most 4 bytes a scalar): appending to a
        // UnicodeScalarView scalar by scalar cost about 15 instructions a scalar, and candidate
        // names, table rows and policy titles slice 20 M instructions' worth over the corpus.
        return String(unsafeUninitializedCapacity: (upper - lower) * 4) { buffer in
            var n = 0
            for index in lower..<upper {
                let v = scalars[index].value
                if v < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    n += 3
                } else {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }

    /// The text of 1-based line `number`, without its newline.
    public func lineText(_ number: Int) -> String {
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
        if end > start && scalars[end - 1] == "\r" { end -= 1 }
        return slice(start, end)
    }

    public var lineCount: Int { lineStarts.count }

    /// The 1-based page holding 1-based `line`, for a paged source; nil otherwise.
    public func page(ofLine line: Int) -> Int? {
        guard !pageStartLines.isEmpty else { return nil }
        return max(1, pageStartLines.partitioningIndex { $0 > line })
    }
}

/// Text encodings VocGraph accepts.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case gb18030 = "GB18030"
    case big5 = "Big5"
    case utf16 = "UTF-16"
}
