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
            printErr(DiagnosticRenderer(lines: .files).render(error.diagnostic))
            throw ExitCode(1)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }

    /// Prints line `line` of `file` and a caret under `column` (Unicode scalars), through the one
    /// renderer, for errors that are not `Diagnostic`s.
    static func printSourceLine(file: String, line: Int, column: Int?) {
        let place = SourceLocation(file: file, line: line, column: column ?? 0)
        printErr(DiagnosticRenderer(lines: .files).excerpt(place))
    }

    /// Prints diagnostics of `source` (a Datalog program) with the one renderer.
    static func printDiagnostics(_ diagnostics: [Diagnostic], source: String) {
        guard !diagnostics.isEmpty else { return }
        printErr(DiagnosticRenderer(source: source).render(diagnostics))
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
