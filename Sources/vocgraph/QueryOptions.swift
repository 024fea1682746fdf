import ArgumentParser
import Datalog
import Foundation
import RDF
import RaptorIO

/// The guards of an evaluation, shared by `query`, `explain` and `repl`.
struct LimitOptions: ParsableArguments {
    // `.unconditional` so that `--timeout -1` reaches validation instead of reading as an option.
    @Option(parsing: .unconditional, help: "Stop after this many seconds.")
    var timeout: Double?
    @Option(
        name: .customLong("max-facts"), parsing: .unconditional,
        help: "Stop after deriving this many facts.")
    var maxFacts: Int?
    @Option(
        name: .customLong("max-memory"), parsing: .unconditional,
        help: "Stop when created terms and derived facts need more than this many MB.")
    var maxMemory: Int = EvaluationOptions.defaultMaxMemory / 1_000_000

    func validate() throws {
        if let timeout, !(timeout.isFinite && timeout > 0) {
            throw ValidationError(
                "--timeout must be a positive number of seconds, not '\(timeout)'")
        }
        if let maxFacts, maxFacts <= 0 {
            throw ValidationError("--max-facts must be a positive number, not \(maxFacts)")
        }
        guard maxMemory > 0, maxMemory <= Int.max / 1_000_000 else {
            throw ValidationError("--max-memory must be a positive number of MB, not \(maxMemory)")
        }
    }

    var evaluationOptions: EvaluationOptions {
        EvaluationOptions(timeout: timeout, maxFacts: maxFacts, maxMemory: maxMemory * 1_000_000)
    }
}

/// Options shared by `query` and `explain`: graphs, limits, extra outputs, materialisation.
struct DatalogOptions: ParsableArguments {
    @Option(
        name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to query (merged).")
    var graphs: [String] = []
    @Option(name: .customLong("relation"), help: "Also print this relation (repeatable).")
    var outputs: [String] = []
    @OptionGroup var limits: LimitOptions
    @Option(help: "Write binary relation REL as triples with predicate IRI (REL=IRI, repeatable).")
    var materialize: [String] = []
    @Option(name: .shortAndLong, help: "File for --materialize triples (Turtle, or by extension).")
    var output: String?
    @OptionGroup var graphInputs: GraphInputs

    func request(program: String) throws -> QueryRequest {
        let text = try ProgramFile.read(program)
        var request = QueryRequest(program: text, file: program)
        request.outputs = outputs
        request.options = limits.evaluationOptions
        request.materialize = materialize
        return request
    }

    func execute(_ request: QueryRequest) throws {
        let start = Date()
        // One file needs no merge (which would re-intern every term).
        let graph =
            try graphs.count == 1 && graphInputs.inputFormat == nil
            ? RDFReader().read(file: graphs[0], format: nil) : graphInputs.load(graphs)
        let loaded = Date().timeIntervalSince(start)
        do {
            let report = try QueryDriver.run(request, facts: graph)
            if !report.warnings.isEmpty {
                FileHandle.standardError.write(Data(report.warnings.utf8))
            }
            var text = report.text
            if request.resultLine { text += String(format: "LOAD_S %.3f\n", loaded) }
            try CLI.emit(text, to: nil)
            if !materialize.isEmpty {
                guard let output else { throw ValidationError("--materialize needs -o FILE") }
                let format = RDFFormat(fileName: output) ?? .turtle
                try RDFWriter().write(Graph(report.materialized), format: format, to: output)
            }
        } catch let failure as QueryFailure {
            FileHandle.standardError.write(Data(failure.rendered.utf8))
            throw ExitCode(1)
        }
    }
}

/// Why a Datalog program could not be read, in plain words.
struct ProgramFileError: Error, CustomStringConvertible {
    var description: String
}

/// Reads a Datalog program: a regular, readable, UTF-8 file.
enum ProgramFile {
    static func read(_ path: String) throws(ProgramFileError) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
            throw ProgramFileError(description: "cannot read the program \(path): \(reason)")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw ProgramFileError(description: "\(path) is a directory, not a Datalog program")
        default:
            throw ProgramFileError(
                description:
                    "\(path) is not a regular file (a device, pipe or socket); save the program to a file first"
            )
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ProgramFileError(
                description: "cannot read the program \(path): \(String(cString: strerror(EACCES)))"
            )
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ProgramFileError(description: "\(path): not UTF-8 (\(firstInvalid(data)))")
        }
        return text
    }

    /// Where the first byte that is not valid UTF-8 is, with its line and column.
    static func firstInvalid(_ data: Data) -> String {
        let bytes = [UInt8](data)
        var line = 1
        var column = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0..<0x80: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid =
                length > 0 && i + length <= bytes.count
                && bytes[(i + 1)..<(i + length)].allSatisfy { $0 & 0xC0 == 0x80 }
            if !valid {
                return String(
                    format: "byte 0x%02X at offset %d, line %d, column %d", b, i, line, column)
            }
            if b == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += length
        }
        return "invalid text"
    }
}
