#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file's bytes could not be turned into text.
public struct DecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The document name (usually the file name).
    public var name: String
    /// The first byte UTF-8 rejects.
    public var byte: UInt8
    /// Its offset in the file.
    public var offset: Int

    public var description: String {
        let hex = String(byte, radix: 16, uppercase: true)
        return
            "\(name): neither UTF-8 nor GB18030 (byte 0x\(hex.count < 2 ? "0" + hex : hex) at offset \(offset))"
    }
}

/// Decodes document bytes: UTF-8 (with or without BOM) first, then GB18030 (a superset of GBK
/// and GB2312); anything else is refused.
///
/// CRLF and lone CR line ends become LF, as Python's text mode reads them, so that scalar offsets
/// agree with `open(path).read()` indices.
public enum TextDecoder {
    /// Decodes `bytes` or throws a `DecodingError` naming the first byte UTF-8 rejects.
    public static func decode(_ bytes: [UInt8], name: String) throws(DecodingError) -> (
        String, TextEncoding
    ) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        switch firstInvalidUTF8(body) {
        case nil:
            return (normalizeNewlines(String(decoding: body, as: UTF8.self)), .utf8)
        case let bad?:
            if let text = gb18030(Array(bytes)) {
                return (normalizeNewlines(text), .gb18030)
            }
            throw DecodingError(name: name, byte: bytes[bad], offset: bad)
        }
    }

    /// The index of the first byte that is not part of a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let count: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: count = 1
            case 0xE0: count = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: count = 2
            case 0xED: count = 2; upper = 0x9F
            case 0xF0: count = 3; lower = 0x90
            case 0xF1...0xF3: count = 3
            case 0xF4: count = 3; upper = 0x8F
            default: return i
            }
            for k in 1...count {
                guard i + k < end else { return i }
                let c = bytes[i + k]
                let lo: UInt8 = k == 1 ? lower : 0x80
                let hi: UInt8 = k == 1 ? upper : 0xBF
                if c < lo || c > hi { return i }
            }
            i += count + 1
        }
        return nil
    }

    /// Converts GB18030 bytes with iconv; nil when iconv rejects them.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let handle = iconv_open("UTF-8", "GB18030")
        if handle == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(handle) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
                guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else {
                    return 0
                }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft != 0 { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }

    /// Replaces CRLF and lone CR with LF.
    static func normalizeNewlines(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }
}
