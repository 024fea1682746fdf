import ArgumentParser
import Foundation
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
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }

    static func printError(_ message: String) {
        let text = message.hasPrefix("error:") || message.contains(": error: ") ? message : "error: \(message)"
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func printWarning(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }

    /// Writes `text` to stdout, or atomically to `path`.
    static func emit(_ text: String, to path: String?) throws {
        if let path {
            try AtomicFile.write(Data(text.utf8), to: path)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
