import Foundation

/// Blanks the comments of N-Triples and N-Quads input (each byte from `#` to the end of its line
/// becomes a space) before Raptor reads it.
///
/// Trap T10: Raptor 2.0.15's N-Triples parser splits its input into lines while tracking quotes,
/// comments included, so a comment with an odd number of `'` or `"` (`# it's`) swallows the
/// lines after it, up to the next such comment, without any error: whole triples are lost and
/// the exit status is 0. Comments carry no data; blanking them keeps every byte offset, so
/// error lines and columns stay right.
///
/// A `#` starts a comment outside IRIs (`<…#…>`) and string literals (`"…#…"`, with escapes).
struct CommentMask {
    private enum Place { case lineStart, text, iri, string, escape, comment }
    /// Where the last, unfinished line of the previous chunk ended.
    private var place = Place.lineStart

    /// `chunk` with its comments blanked.
    /// - Complexity: O(chunk): `memchr` finds the lines holding a `#`; only those (and the line
    ///   continued from the previous chunk) are read byte by byte.
    mutating func mask(_ chunk: Data) -> Data {
        var out = chunk
        let count = out.count
        out.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            var position = 0
            if place != .lineStart {
                position = scanLine(base, from: 0, count: count)
            }
            while position < count {
                guard let hash = memchr(base + position, Int32(UInt8(ascii: "#")), count - position)
                else { break }
                let at = UnsafeMutableRawPointer(hash).assumingMemoryBound(to: UInt8.self) - base
                // Back to the start of the line holding the `#` (at or after `position`).
                var start = at
                while start > position, base[start - 1] != UInt8(ascii: "\n") { start -= 1 }
                place = .lineStart
                position = scanLine(base, from: start, count: count)
            }
            // The state at the end of an unfinished last line, for the next chunk.
            if position >= count { return }
            var lastStart = count
            while lastStart > position, base[lastStart - 1] != UInt8(ascii: "\n") { lastStart -= 1 }
            place = .lineStart
            if lastStart < count { _ = scanLine(base, from: lastStart, count: count) }
        }
        return out
    }

    /// Reads one line from `start` (in the state `place`), blanking its comment; returns the
    /// offset after its newline, or `count` with `place` left for the next chunk.
    private mutating func scanLine(
        _ base: UnsafeMutablePointer<UInt8>, from start: Int, count: Int
    ) -> Int {
        var index = start
        while index < count {
            let byte = base[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                place = .lineStart
                return index + 1
            }
            switch place {
            case .lineStart, .text:
                place = .text
                if byte == UInt8(ascii: "<") {
                    place = .iri
                } else if byte == UInt8(ascii: "\"") {
                    place = .string
                } else if byte == UInt8(ascii: "#") {
                    place = .comment
                    base[index] = UInt8(ascii: " ")
                }
            case .iri:
                if byte == UInt8(ascii: ">") { place = .text }
            case .string:
                if byte == UInt8(ascii: "\\") {
                    place = .escape
                } else if byte == UInt8(ascii: "\"") {
                    place = .text
                }
            case .escape:
                place = .string
            case .comment:
                base[index] = UInt8(ascii: " ")
            }
            index += 1
        }
        return count
    }
}
