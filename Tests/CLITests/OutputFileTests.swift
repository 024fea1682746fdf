import Foundation
import TestSupport
import Testing

/// Where output goes: write errors on stdout, `-o` onto devices, FIFOs, symlinks, inputs and
/// existing files, temporary files (issue 15, data loss).
@Suite struct OutputFileTests {
    typealias CLI = CLITests

    /// Runs vocgraph with stdout sent to `stdout` (a path opened for writing, or a pipe whose
    /// reading end is closed when nil), and extra environment.
    static func run(
        _ arguments: [String], stdout path: String?, environment: [String: String] = [:]
    ) throws -> (status: Int32, exited: Bool, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments
        process.currentDirectoryURL = CLI.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let closedPipe = Pipe()
        if let path {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileNoSuchFile)
            }
            process.standardOutput = handle
        } else {
            process.standardOutput = closedPipe
            try closedPipe.fileHandleForReading.close()
        }
        try process.run()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, process.terminationReason == .exit,
            String(decoding: message, as: UTF8.self)
        )
    }

    @Test(arguments: [
        ["stats", "Examples/sample-graph.ttl"],
        ["stats", "Examples/sample-graph.ttl", "--json"],
        ["export", "Examples/sample-graph.ttl", "--format", "ntriples"],
        ["export", "Examples/sample-graph.ttl", "--format", "turtle"],
        ["extract", "Examples/sample-report.txt", "--json"],
        ["extract", "Examples/sample-report.txt"],
        ["validate", "Examples/sample-graph.ttl"],
        ["metrics", "Examples/sample-report.txt"],
    ])
    func aFullDiskOnStdoutIsAnErrorNotATrap(arguments: [String]) throws {
        let result = try Self.run(arguments, stdout: "/dev/full")
        #expect(result.exited, "killed by a signal: \(result.err)")
        #expect(result.status == 1)
        #expect(
            result.err.contains("standard output: cannot write: No space left on device"),
            "\(result.err)")
        #expect(!result.err.contains("Fatal error"))
    }

    @Test func aClosedPipeOnStdoutIsAnErrorNotASignal() throws {
        for arguments in [
            ["export", "Examples/sample-graph.ttl", "--format", "ntriples"],
            ["stats", "Examples/sample-graph.ttl"],
        ] {
            let result = try Self.run(arguments, stdout: nil)
            #expect(result.exited, "killed by a signal: \(result.err)")
            #expect(result.status == 1)
            #expect(result.err.contains("Broken pipe"), "\(result.err)")
        }
    }

    @Test func outputOntoACharacterDeviceOrAFIFOWritesIntoIt() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let null = try CLI.vocgraph(["extract", "Examples/sample-report.txt", "-o", "/dev/null"])
        #expect(null.status == 0, "\(null.err)")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)

        let fifo = dir.appendingPathComponent("out.ttl").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = FIFOReader(path: fifo)
        let result = try CLI.vocgraph(["extract", "Examples/sample-report.txt", "-o", fifo])
        #expect(result.status == 0, "\(result.err)")
        #expect(reader.wait().contains("@prefix"))
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aSymlinkIsFollowedAndTheModeOfTheReplacedFileKept() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let real = dir.appendingPathComponent("real.ttl").path
        let link = dir.appendingPathComponent("link.ttl").path
        try "old\n".write(toFile: real, atomically: false, encoding: .utf8)
        #expect(chmod(real, 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.ttl")
        let result = try CLI.vocgraph(["extract", "Examples/sample-report.txt", "-o", link])
        #expect(result.status == 0, "\(result.err)")
        var status = stat()
        #expect(lstat(link, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
        #expect(stat(real, &status) == 0 && status.st_mode & 0o777 == 0o640)
        #expect(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("@prefix"))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["link.ttl", "real.ttl"])
    }

    @Test func writingOverAnInputIsRefused() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = dir.appendingPathComponent("r.txt").path
        try FileManager.default.copyItem(
            atPath: CLI.root.appendingPathComponent("Examples/sample-report.txt").path,
            toPath: report)
        let before = try Data(contentsOf: URL(fileURLWithPath: report))
        let alias = dir.appendingPathComponent("alias.txt").path
        try FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: report)
        for arguments in [
            ["extract", report, "-o", report], ["extract", report, "--json", "-o", alias],
            ["build", report, "-o", report],
        ] {
            let result = try CLI.vocgraph(arguments)
            #expect(result.status == 1)
            #expect(result.err.contains("refusing to overwrite an input"), "\(result.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)) == before)

        let graph = dir.appendingPathComponent("g.ttl").path
        try FileManager.default.copyItem(
            atPath: CLI.root.appendingPathComponent("Examples/sample-graph.ttl").path,
            toPath: graph)
        let export = try CLI.vocgraph(["export", graph, "-o", graph])
        #expect(export.status == 1)
        #expect(export.err.contains("refusing to overwrite an input"), "\(export.err)")
    }

    @Test func staleTemporariesOfDeadProcessesAreRemovedLiveOnesKept() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let live = ProcessInfo.processInfo.processIdentifier
        let names = [
            ".out.ttl.vocgraph-tmp-\(dead)-a1b2c3", ".out.ttl.tmp-\(dead)",
            ".out.ttl.vocgraph-tmp-\(live)-d4e5f6", ".other.ttl.tmp-\(dead)",
        ]
        for name in names {
            try "partial".write(
                to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        let out = dir.appendingPathComponent("out.ttl").path
        let result = try CLI.vocgraph(["extract", "Examples/sample-report.txt", "-o", out])
        #expect(result.status == 0, "\(result.err)")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(left == [names[2], names[3], "out.ttl"].sorted())
    }

    @Test func graphvizNeverWritesTheTargetAndItsFailureIsNoUsageError() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bin = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let dot = bin.appendingPathComponent("dot").path
        let svg = dir.appendingPathComponent("x.svg").path
        try "old svg\n".write(toFile: svg, atomically: false, encoding: .utf8)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
        let arguments = [
            "trace", "--documents", "Examples/sample-report.txt", "--format", "dot", "-o", svg,
        ]
        // A dot that writes half an SVG, and to any -o it is given, then fails.
        try """
        #!/bin/sh
        cat >/dev/null
        for a in "$@"; do case "$a" in -o*) echo half > "${a#-o}";; esac; done
        echo '<svg partial'
        echo 'Error: out of memory' >&2
        exit 3
        """.write(toFile: dot, atomically: false, encoding: .utf8)
        #expect(chmod(dot, 0o755) == 0)
        let failed = try Self.run(arguments, stdout: "/dev/null", environment: ["PATH": path])
        #expect(failed.status == 1)
        #expect(failed.err.contains("Graphviz dot failed (status 3): Error: out of memory"))
        #expect(!failed.err.contains("Usage:"), "\(failed.err)")
        #expect(try String(contentsOfFile: svg, encoding: .utf8) == "old svg\n")

        try "#!/bin/sh\ncat >/dev/null\necho '<svg/>'\n".write(
            toFile: dot, atomically: false, encoding: .utf8)
        let done = try Self.run(arguments, stdout: "/dev/null", environment: ["PATH": path])
        #expect(done.status == 0, "\(done.err)")
        #expect(try String(contentsOfFile: svg, encoding: .utf8) == "<svg/>\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["bin", "x.svg"])
    }
}

/// Reads a FIFO to its end on a background thread.
final class FIFOReader: @unchecked Sendable {
    // Safe: `text` is written once by the background thread and read after `done` fires.
    private var text = ""
    private let done = DispatchSemaphore(value: 0)

    init(path: String) {
        Thread {
            // Not FileManager.contents(atPath:): it reads a FIFO as an empty file.
            var bytes: [UInt8] = []
            let descriptor = open(path, O_RDONLY)
            if descriptor >= 0 {
                var buffer = [UInt8](repeating: 0, count: 65536)
                while true {
                    let count = read(descriptor, &buffer, buffer.count)
                    if count <= 0 { break }
                    bytes += buffer.prefix(count)
                }
                close(descriptor)
            }
            self.text = String(decoding: bytes, as: UTF8.self)
            self.done.signal()
        }.start()
    }

    func wait() -> String {
        done.wait()
        return text
    }
}

/// Numbers a `Double` cannot hold exactly never become `inf` (issue 15, data).
@Suite struct HugeNumberTests {
    typealias CLI = CLITests

    @Test func a400DigitFigureIsNotReadAsInfinity() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = dir.appendingPathComponent("big.txt").path
        try ("2023年，全市职业院校在校生" + String(repeating: "9", count: 400) + "人。\n就业率达到98.5%。\n")
            .write(toFile: report, atomically: false, encoding: .utf8)
        let turtle = try CLI.vocgraph(["extract", report])
        #expect(turtle.status == 0, "\(turtle.err)")
        #expect(!turtle.out.contains("inf"))
        #expect(turtle.out.contains("obsValue 98.5"))
        let json = try CLI.vocgraph(["extract", report, "--json"])
        #expect(json.status == 0, "\(json.err)")
        let trace = try CLI.vocgraph(["trace", "--documents", report, "--format", "json"])
        #expect(trace.status == 0, "\(trace.err)")
    }

    @Test func aHugeCaretLineIsCutAroundTheColumn() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("long.nt").path
        try
            ("<http://e/a> <http://e/b> \"" + String(repeating: "x", count: 250_000) + "\" . junk\n")
            .write(toFile: file, atomically: false, encoding: .utf8)
        let result = try CLI.vocgraph(["stats", file])
        #expect(result.status == 1)
        #expect(result.err.count < 1_000, "\(result.err.count) characters on stderr")
        let lines = result.err.split(separator: "\n")
        #expect(
            lines.count == 3 && lines[1].hasPrefix("    …") && lines[2].hasSuffix("^"),
            "\(result.err)")
    }
}

extension OutputFileTests {
    /// `-o` picks the format from the extension; a `--format` the extension contradicts is
    /// refused and nothing is written.
    @Test func outputExtensionChoosesTheFormat() throws {
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nt = dir.appendingPathComponent("mine.nt").path
        let export = try CLITests.vocgraph(["export", "Examples/sample-graph.ttl", "-o", nt])
        #expect(export.status == 0, "\(export.err)")
        let text = try String(contentsOfFile: nt, encoding: .utf8)
        #expect(text.hasPrefix("<") && !text.contains("@prefix"), "N-Triples: \(text.prefix(120))")
        let refused = dir.appendingPathComponent("other.nt").path
        let clash = try CLITests.vocgraph([
            "export", "Examples/sample-graph.ttl", "-o", refused, "--format", "turtle",
        ])
        #expect(clash.status != 0)
        #expect(clash.err.contains("does not match"), "\(clash.err)")
        #expect(!FileManager.default.fileExists(atPath: refused))
        let json = dir.appendingPathComponent("answer.json").path
        let sparql = try CLITests.vocgraph([
            "sparql", "Examples/sparql/any-alliance.rq", "--graph", "Examples/datalog/sample.ttl",
            "-o", json,
        ])
        #expect(sparql.status == 0, "\(sparql.err)")
        #expect(try String(contentsOfFile: json, encoding: .utf8).contains("\"boolean\": true"))
        let ttl = dir.appendingPathComponent("huawei.ttl").path
        let construct = try CLITests.vocgraph([
            "sparql", "Examples/sparql/huawei-subgraph.rq", "--graph", "Graphs/corpus.ttl", "-o",
            ttl,
        ])
        #expect(construct.status == 0, "\(construct.err)")
        #expect(try String(contentsOfFile: ttl, encoding: .utf8).contains("华为技术有限公司"))
        let csv = dir.appendingPathComponent("trace.csv").path
        let trace = try CLITests.vocgraph([
            "trace", "003", "--graph", "Graphs/corpus.ttl", "-o", csv,
        ])
        #expect(trace.status == 0, "\(trace.err)")
        #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("policy,list,"))
    }
}
