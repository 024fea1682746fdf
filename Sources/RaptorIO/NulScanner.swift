import Foundation

/// Finds U+0000 in RDF text before Raptor reads it: a NUL byte, or an unescaped `\u0000` or
/// `\U00000000` escape. Raptor keeps literals as C strings and silently cuts them at the NUL
/// (`"nul\u0000 after"` became `"nul"`, trap T3), so such input is refused instead.
///
/// Fed chunk by chunk; escapes split across chunks are followed. It only reports the byte offset;
/// the reader turns it into a line and column from the source.
struct NulScanner {
    /// Bytes consumed before the current chunk.
    private var offset = 0
    /// Inside an escape: the offset of its backslash, its letter (`u`, `U` or another) and how
    /// many bytes after the backslash have been seen.
    private var escapeStart: Int?
    private var escapeLetter: UInt8 = 0
    private var escapeLength = 0

    /// The absolute offset of the first NUL byte or NUL escape in `chunk`, if any.
    /// - Complexity: O(chunk), with `memchr` between backslashes.
    mutating func scan(_ chunk: Data) -> Int? {
        defer { offset += chunk.count }
        return chunk.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
                return nil
            }
            let count = raw.count
            if let nul = memchr(base, 0, count) {
                let at = UnsafeRawPointer(nul) - UnsafeRawPointer(base)
                // An escape that starts earlier still wins if it is complete before it.
                if let found = scanEscapes(base, min(count, at)) { return found }
                return offset + at
            }
            return scanEscapes(base, count)
        }
    }

    private mutating func scanEscapes(_ base: UnsafePointer<UInt8>, _ count: Int) -> Int? {
        var index = 0
        while index < count {
            if let start = escapeStart {
                let byte = base[index]
                index += 1
                escapeLength += 1
                if escapeLength == 1 {
                    escapeLetter = byte
                    if byte != UInt8(ascii: "u") && byte != UInt8(ascii: "U") { escapeStart = nil }
                    continue
                }
                if byte != UInt8(ascii: "0") {
                    escapeStart = nil
                    // A backslash here starts a new escape.
                    if byte == UInt8(ascii: "\\") {
                        escapeStart = offset + index - 1
                        escapeLength = 0
                    }
                    continue
                }
                if escapeLength == (escapeLetter == UInt8(ascii: "u") ? 5 : 9) { return start }
                continue
            }
            guard
                let backslash = memchr(base + index, Int32(UInt8(ascii: "\\")), count - index)
            else { return nil }
            index = (UnsafeRawPointer(backslash) - UnsafeRawPointer(base)) + 1
            escapeStart = offset + index - 1
            escapeLength = 0
        }
        return nil
    }

    /// Line and column (1-based; columns in Unicode scalars of UTF-8) of byte `offset` of `bytes`.
    static func position(of offset: Int, in bytes: some Sequence<UInt8>) -> (line: Int, column: Int)
    {
        var line = 1
        var column = 1
        var index = 0
        for byte in bytes {
            if index == offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}
