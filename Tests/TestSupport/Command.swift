import Foundation

/// Running programs from tests: the built `vocgraph`, peers such as `rapper` and `python3`.
public enum Command {
    /// What a finished program left behind.
    public struct Outcome: Sendable {
        public var status: Int32
        /// False when a signal ended the program.
        public var exited: Bool
        public var out: String
        public var err: String
    }

    /// The package root (the directory holding Package.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The built `vocgraph` (debug first, then release).
    public static var vocgraph: String {
        for config in ["debug", "release"] {
            let path = packageRoot.appendingPathComponent(".build/\(config)/vocgraph").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return packageRoot.appendingPathComponent(".build/debug/vocgraph").path
    }

    /// Runs `executable` (a path, or a name looked up on PATH) with `arguments` in the package
    /// root, feeding `stdin`, and collects both output streams.
    public static func run(
        _ executable: String, _ arguments: [String], stdin: String = "",
        in directory: URL = packageRoot
    ) throws -> Outcome {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        process.currentDirectoryURL = directory
        let input = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read stderr on another thread so a program filling both pipes cannot block.
        let errData = ErrorCollector(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, exited: process.terminationReason == .exit,
            out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData.wait(), as: UTF8.self))
    }
}

/// Drains a pipe in the background.
final class ErrorCollector: @unchecked Sendable {
    // Safe: `data` is written once by the background block and read only after `done` fires.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
