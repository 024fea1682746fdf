import ArgumentParser
import Foundation
import RDF
import RaptorIO

/// Prints library errors as `file:line:col: error: …` and exits non-zero (never by a signal).
enum CLI {
    /// Runs `body`, turning any thrown library error into a message on stderr and exit status 1.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch let error as RaptorError {
            printError("\(error)")
            if case .syntax(let file, let line?, let column, _) = error {
                printSourceLine(file: file, line: line, column: column)
            }
            throw ExitCode(1)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }

    /// The widest source excerpt printed, in Unicode scalars.
    static let excerptWidth = 120

    /// Prints line `line` of `file` and a caret under `column`, as compilers do. A long line is
    /// cut to a window around the column (marked with `…`), control characters show as `�`, and
    /// only regular files are read again (a pipe or device is not).
    static func printSourceLine(file: String, line: Int, column: Int?) {
        guard line >= 1, let bytes = sourceLine(file: file, line: line) else { return }
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let caret = column.map { max(0, $0 - 1) }
        var start = 0
        var end = scalars.count
        if scalars.count > excerptWidth {
            if let caret {
                start = max(0, min(caret - excerptWidth / 2, scalars.count - excerptWidth))
            }
            end = min(scalars.count, start + excerptWidth)
        }
        func shown(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F) ? scalar : "\u{FFFD}"
        }
        var out = start > 0 ? "…" : ""
        out.unicodeScalars.append(contentsOf: scalars[start..<end].map(shown))
        out += (end < scalars.count ? "…" : "") + "\n"
        if let caret, caret >= start, caret <= end {
            out += start > 0 ? " " : ""
            out += scalars[start..<caret].map { $0 == "\t" ? "\t" : " " }.joined() + "^\n"
        }
        printErr(out)
    }

    /// The bytes of line `line` of a regular file (at most 1 MiB of it), read in chunks.
    private static func sourceLine(file: String, line: Int) -> [UInt8]? {
        var status = stat()
        guard stat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
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

    static func printError(_ message: String) {
        let text =
            message.hasPrefix("error:") || message.contains(": error: ")
            ? message : "error: \(message)"
        printErr(text + "\n")
    }

    static func printWarning(_ message: String) {
        printErr("warning: " + message + "\n")
    }

    /// Writes `text` to standard error; a failure there is ignored (there is nowhere left to
    /// report it), but never traps.
    static func printErr(_ text: String) {
        try? AtomicFile.writeAll(Data(text.utf8), to: STDERR_FILENO, name: "standard error")
    }

    /// Writes a graph through Raptor to stdout (streaming), or through `AtomicFile` to `path`.
    /// - Parameter inputs: the command's input files, which `path` must not be.
    static func write(
        _ graph: Graph, format: RDFFormat, to path: String?, protecting inputs: [String] = []
    ) throws {
        if let path {
            try RDFWriter().write(graph, format: format, to: path, protecting: inputs)
        } else {
            try RDFWriter().writeToStandardOutput(graph, format: format)
        }
    }

    /// Writes `text` to stdout, or through `AtomicFile` to `path`.
    /// - Parameter inputs: the command's input files, which `path` must not be.
    static func emit(_ text: String, to path: String?, protecting inputs: [String] = []) throws {
        if let path {
            try AtomicFile.write(Data(text.utf8), to: path, protecting: inputs)
        } else {
            try printOut(text)
        }
    }

    /// Writes `text` to standard output.
    /// - Throws: `RaptorError.io` when standard output cannot take it (a full disk, a closed
    ///   pipe), so the command exits 1 with the reason instead of trapping.
    static func printOut(_ text: String) throws {
        try AtomicFile.writeAll(Data(text.utf8), to: STDOUT_FILENO, name: "standard output")
    }
}
