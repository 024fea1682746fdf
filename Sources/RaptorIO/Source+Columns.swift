import Foundation
import RDF

extension Source {
    /// `error` from Raptor's log handler with its column in Unicode scalars, or found when
    /// Raptor gave none; nil stays nil where the place is not certain.
    ///
    /// Raptor's own parsers count bytes of UTF-8: on `<http://a> <http://b> "中文" <oops .` the
    /// N-Triples parser reports column 37 for the space after `<oops`, whose scalar column is 33
    /// (each of 中 and 文 is 3 bytes). Its Turtle parser reports no column at all, only messages
    /// such as `syntax error at '<'` or `The namespace prefix in "nope:x" was not declared.`: when
    /// the quoted text occurs exactly once on the line, that is the place. libxml2 (RDF/XML)
    /// counts characters already, so its columns are kept.
    func locate(_ error: RaptorError, format: RDFFormat) -> RaptorError {
        guard case .syntax(let file, let line?, let column, let message) = error,
            format != .rdfxml, let bytes = lineBytes(line)
        else { return error }
        if let column {
            let prefix = bytes.prefix(max(0, column - 1))
            let scalars = String(decoding: prefix, as: UTF8.self).unicodeScalars.count
            return .syntax(file: file, line: line, column: scalars + 1, message: message)
        }
        guard let token = Source.quotedToken(in: message), !token.isEmpty else { return error }
        let text = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let needle = Array(token.unicodeScalars)
        guard needle.count <= text.count else { return error }
        let starts = (0...(text.count - needle.count)).filter {
            text[$0..<$0 + needle.count].elementsEqual(needle)
        }
        guard starts.count == 1, let start = starts.first else { return error }
        return .syntax(file: file, line: line, column: start + 1, message: message)
    }

    /// The text a Raptor message quotes: `at 'X'` at its end, or the first `"…"`.
    static func quotedToken(in message: String) -> String? {
        if let range = message.range(of: " at '", options: .backwards), message.hasSuffix("'") {
            let token = message[range.upperBound..<message.index(before: message.endIndex)]
            // Raptor quotes a byte of a multi-byte character as itself: not findable.
            return token.contains("\u{FFFD}") ? nil : String(token)
        }
        let parts = message.split(separator: "\"", omittingEmptySubsequences: false)
        return parts.count >= 3 ? String(parts[1]) : nil
    }

    /// The bytes of line `line`; nil for a pipe, which cannot be read again.
    private func lineBytes(_ line: Int) -> [UInt8]? {
        switch self {
        case .text(let text):
            let lines = text.utf8.split(
                separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            return line <= lines.count ? Array(lines[line - 1]) : nil
        case .file(let path):
            return SourceLines.bytes(ofLine: line, inFile: path)
        }
    }
}
