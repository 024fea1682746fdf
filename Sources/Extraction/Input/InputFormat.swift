/// The kinds of document file VocGraph reads, told apart by their first bytes, not their names.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
    /// Plain text: UTF-8, UTF-16 with a byte-order mark, GB18030/GBK or Big5.
    case text
    /// PDF with a text layer, read through Poppler's `pdftotext`.
    case pdf
    /// Word 2007+ (Office Open XML), read from its ZIP package.
    case docx

    /// What the first bytes of a file say it is.
    public enum Detection: Sendable, Equatable {
        /// A kind VocGraph reads (a ZIP package still has to show `word/document.xml`).
        case readable(InputFormat)
        /// A kind VocGraph refuses, with the reason in plain words.
        case refused(String)
    }

    /// Detects the kind of `bytes` by their magic numbers.
    ///
    /// Anything that is not a known binary kind is treated as text (and may still fail to
    /// decode). Refused kinds say why and what to do instead.
    public static func detect(_ bytes: [UInt8]) -> Detection {
        func starts(_ magic: [UInt8]) -> Bool { bytes.starts(with: magic) }
        // "%PDF-" may follow a little junk; readers accept it within the first 1024 bytes.
        let head = bytes.prefix(1024)
        let pdfMagic: [UInt8] = Array("%PDF-".utf8)
        if head.count >= pdfMagic.count {
            for i in 0...(head.count - pdfMagic.count)
            where head[i] == 0x25 && Array(head[i..<i + pdfMagic.count]) == pdfMagic {
                return .readable(.pdf)
            }
        }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
            return .readable(.docx)
        }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .refused(
                "a legacy Microsoft Office file (.doc, .xls or .ppt); save it as .docx or PDF")
        }
        if starts(Array("{\\rtf".utf8)) { return .refused("an RTF file; save it as .docx or PDF") }
        if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF])
            || starts(Array("GIF8".utf8)) || starts([0x49, 0x49, 0x2A, 0x00])
            || starts([0x4D, 0x4D, 0x00, 0x2A])
        {
            return .refused("an image, and VocGraph does no OCR")
        }
        if starts([0x1F, 0x8B]) || starts(Array("BZh".utf8)) || starts([0xFD, 0x37, 0x7A, 0x58])
            || starts([0x37, 0x7A, 0xBC, 0xAF]) || starts(Array("Rar!".utf8))
            || starts([0x28, 0xB5, 0x2F, 0xFD])
        {
            return .refused("a compressed archive; unpack it first")
        }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return .refused("an executable (ELF) file") }
        return .readable(.text)
    }
}
