import Foundation

/// Lines of source text for diagnostics: from a string in memory (a Datalog program, which may
/// have come from stdin) or read again from a regular file (an RDF file, never a pipe or device).
public struct SourceLines: Sendable {
    private enum Origin: Sendable {
        case text([Substring])
        case files
    }
    private let origin: Origin

    /// Lines of `text`, for diagnostics of whatever file name they carry.
    public init(text: String) {
        origin = .text(text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    /// Lines read from the file each diagnostic names.
    public static let files = SourceLines(origin: .files)

    private init(origin: Origin) { self.origin = origin }

    /// Line `line` (1-based) of `file`, without its newline; nil when there is none.
    public func line(_ line: Int, of file: String) -> String? {
        guard line >= 1 else { return nil }
        switch origin {
        case .text(let lines):
            return line <= lines.count ? String(lines[line - 1]) : nil
        case .files:
            return SourceLines.bytes(ofLine: line, inFile: file).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
    }

    /// The bytes of line `line` of a regular file (at most 1 MiB of it), read in chunks so that a
    /// huge one-line file costs a bounded amount of memory.
    public static func bytes(ofLine line: Int, inFile file: String) -> [UInt8]? {
        var status = stat()
        guard line >= 1, stat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            let handle = FileHandle(forReadingAtPath: file)
        else { return nil }
        defer { try? handle.close() }
        var current = 1
        var bytes: [UInt8] = []
        while current <= line, let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            for byte in chunk {
                if byte == UInt8(ascii: "\n") {
                    current += 1
                    if current > line { break }
                } else if current == line, bytes.count < 1 << 20 {
                    bytes.append(byte)
                }
            }
        }
        return current >= line ? bytes : nil
    }
}
