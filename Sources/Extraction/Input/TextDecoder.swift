#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file's bytes could not be turned into text.
public struct DecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong with the bytes.
    public enum Problem: Sendable, Equatable {
        /// Neither UTF-8 nor GB18030 (nor Big5) accepts the bytes.
        case notUTF8OrGB18030
        /// A NUL byte: a binary file, or UTF-16 without a byte-order mark.
        case nulByte
        /// A UTF-16 byte-order mark followed by bytes that are not UTF-16.
        case invalidUTF16
    }

    /// The document name (usually the file name).
    public var name: String
    /// The first byte that is refused.
    public var byte: UInt8
    /// Its offset in the file.
    public var offset: Int
    /// The 1-based line and column (Unicode scalars of the text before it, read as UTF-8) of the byte.
    public var line: Int
    public var column: Int
    public var problem: Problem

    /// A decoding error at `offset`; `line` and `column` default to 1 when not computed.
    public init(
        name: String, byte: UInt8, offset: Int, line: Int = 1, column: Int = 1,
        problem: Problem = .notUTF8OrGB18030
    ) {
        self.name = name
        self.byte = byte
        self.offset = offset
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// The error at `offset` of `bytes`, with its line and column.
    static func at(
        _ offset: Int, in bytes: [UInt8], name: String, problem: Problem = .notUTF8OrGB18030
    ) -> DecodingError {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column =
            String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars
            .count + 1
        return DecodingError(
            name: name, byte: bytes[offset], offset: offset, line: line, column: column,
            problem: problem)
    }

    public var description: String {
        let hex = String(byte, radix: 16, uppercase: true)
        let byteText = "byte 0x\(hex.count < 2 ? "0" + hex : hex) at offset \(offset)"
        let reason: String
        switch problem {
        case .notUTF8OrGB18030: reason = "neither UTF-8 nor GB18030 nor Big5 (\(byteText))"
        case .nulByte:
            reason =
                "a NUL byte (\(byteText)): a binary file, or UTF-16 text without a byte-order mark"
        case .invalidUTF16:
            reason = "starts with a UTF-16 byte-order mark but is not UTF-16 (\(byteText))"
        }
        return "\(name):\(line):\(column): error: \(reason)"
    }
}

/// Decodes document bytes: UTF-16 when it starts with a byte-order mark, else UTF-8 (with or
/// without BOM), then GB18030 (a superset of GBK and GB2312) or Big5, whichever the bytes read
/// as; anything else is refused, as is text holding a NUL byte.
///
/// CRLF and lone CR line ends become LF, as Python's text mode reads them, so that scalar offsets
/// agree with `open(path).read()` indices.
public enum TextDecoder {
    /// Decodes `bytes` or throws a `DecodingError` naming the first byte refused.
    public static func decode(_ bytes: [UInt8], name: String) throws(DecodingError) -> (
        String, TextEncoding
    ) {
        if let nul = bytes.firstIndex(of: 0), !startsWithUTF16Mark(bytes) {
            throw DecodingError.at(nul, in: bytes, name: name, problem: .nulByte)
        }
        if startsWithUTF16Mark(bytes) {
            let text = try utf16(bytes, name: name)
            if let nul = text.unicodeScalars.firstIndex(of: "\u{0}") {
                let offset = text.unicodeScalars.distance(
                    from: text.unicodeScalars.startIndex, to: nul)
                throw DecodingError(
                    name: name, byte: 0, offset: 2 + 2 * offset, problem: .nulByte)
            }
            return (normalizeNewlines(text), .utf16)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        switch firstInvalidUTF8(body) {
        case nil:
            return (normalizeNewlines(String(decoding: body, as: UTF8.self)), .utf8)
        case let bad?:
            if looksLikeBig5(bytes), let text = iconv(bytes, from: "BIG5-HKSCS") {
                return (normalizeNewlines(text), .big5)
            }
            if let text = iconv(bytes, from: "GB18030") {
                return (normalizeNewlines(text), .gb18030)
            }
            throw DecodingError.at(bad, in: bytes, name: name)
        }
    }

    static func startsWithUTF16Mark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// Decodes UTF-16 after its byte-order mark, refusing odd lengths and unpaired surrogates.
    static func utf16(_ bytes: [UInt8], name: String) throws(DecodingError) -> String {
        let littleEndian = bytes[0] == 0xFF
        guard bytes.count % 2 == 0 else {
            throw DecodingError(
                name: name, byte: bytes[bytes.count - 1], offset: bytes.count - 1,
                problem: .invalidUTF16)
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var text = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var index = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.append(scalar)
                index += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                return String(text)
            case .error:
                let offset = 2 + 2 * index
                throw DecodingError(
                    name: name, byte: bytes[min(offset, bytes.count - 1)], offset: offset,
                    problem: .invalidUTF16)
            }
        }
    }

    /// Whether non-UTF-8 bytes read as Big5 rather than GB18030.
    ///
    /// Both encodings use two-byte characters with a lead byte 0x81–0xFE, but Big5's common
    /// characters have trail bytes 0x40–0x7E in about four pairs out of ten, where GB2312 text
    /// (and the GBK characters in use) has almost none: more than one pair in eight is Big5.
    static func looksLikeBig5(_ bytes: [UInt8]) -> Bool {
        var pairs = 0
        var lowTrail = 0
        var i = 0
        while i + 1 < bytes.count {
            let lead = bytes[i]
            guard lead >= 0x81, lead <= 0xFE else {
                i += 1
                continue
            }
            let trail = bytes[i + 1]
            if trail >= 0x30 && trail <= 0x39 { return false }  // a GB18030 four-byte sequence
            pairs += 1
            if trail >= 0x40 && trail <= 0x7E { lowTrail += 1 }
            i += 2
        }
        return pairs >= 4 && lowTrail * 8 > pairs
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
    static func gb18030(_ bytes: [UInt8]) -> String? { iconv(bytes, from: "GB18030") }

    /// Converts `bytes` from `encoding` to UTF-8 with iconv; nil when iconv rejects them.
    static func iconv(_ bytes: [UInt8], from encoding: String) -> String? {
        let handle = iconv_open("UTF-8", encoding)
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
                #if canImport(Glibc)
                    let result = Glibc.iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                #else
                    let result = Darwin.iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                #endif
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
