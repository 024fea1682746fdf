import Foundation
import TestSupport
import Testing

/// The README's commands work as shown: every ```sh block after a `<!-- readme-test -->` line
/// runs in a scratch directory (with `Examples/`, `Graphs/` and `Ontology/` linked in and the
/// built binary on `PATH` as `vocgraph`), and the figures quoted are those the commands print now.
@Suite struct ReadmeCommandTests {
    static let root = Command.packageRoot

    /// The marked blocks of README.md, each with the line it starts on.
    static func blocks() throws -> [(line: Int, script: String)] {
        let lines = try String(
            contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8
        ).components(separatedBy: "\n")
        var out: [(Int, String)] = []
        var index = 0
        while index < lines.count {
            if lines[index] == "<!-- readme-test -->", index + 1 < lines.count,
                lines[index + 1] == "```sh"
            {
                var body: [String] = []
                var end = index + 2
                while end < lines.count && lines[end] != "```" {
                    body.append(lines[end])
                    end += 1
                }
                out.append((index + 2, body.joined(separator: "\n")))
                index = end
            }
            index += 1
        }
        return out
    }

    @Test func markedShellBlocksRun() throws {
        let blocks = try Self.blocks()
        #expect(blocks.count >= 5, "README.md has \(blocks.count) marked sh blocks")
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["Examples", "Graphs", "Ontology"] {
            try FileManager.default.createSymbolicLink(
                at: dir.appendingPathComponent(name),
                withDestinationURL: Self.root.appendingPathComponent(name))
        }
        let bin = URL(fileURLWithPath: Command.vocgraph).deletingLastPathComponent().path
        for block in blocks {
            let outcome = try Command.run(
                "bash",
                [
                    "-c", "set -euo pipefail; export PATH=\"$1:$PATH\"; eval \"$2\"", "readme", bin,
                    block.script,
                ],
                in: dir)
            #expect(
                outcome.status == 0,
                "README.md:\(block.line): \(block.script)\n\(outcome.out)\(outcome.err)")
            #expect(!outcome.err.contains("error:"), "README.md:\(block.line): \(outcome.err)")
        }
        // What the blocks wrote is what they promise.
        let csv = try String(contentsOf: dir.appendingPathComponent("huawei.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("S,S_label,E,E_label\r\n"), "\(csv)")
        let excel = try Data(contentsOf: dir.appendingPathComponent("huawei-excel.csv"))
        #expect(excel.starts(with: [0xEF, 0xBB, 0xBF]))
        let nt = try String(contentsOf: dir.appendingPathComponent("corpus.nt"), encoding: .utf8)
        #expect(nt.hasPrefix("<"), "N-Triples, not Turtle: \(nt.prefix(80))")
        let json = try String(contentsOf: dir.appendingPathComponent("types.json"), encoding: .utf8)
        #expect(
            json.contains("\"head\": {\"vars\": [\"type\", \"type_label\", \"organisations\"]}"))
    }

    @Test func figuresAreCurrent() throws {
        let outcome = try Command.run(
            "python3", ["scripts/readme-figures.py", "--check", Command.vocgraph])
        #expect(outcome.status == 0, "\(outcome.out)\(outcome.err)")
    }
}

/// Every `$ vocgraph …` (and `$ printf …`) line the README shows runs as shown, in order, in a
/// scratch directory beside the package (so `../shared/corpus` is the corpus, as in the README):
/// it succeeds, or fails with the error the README shows under it. Not run here: `make` (CI runs
/// it), `serve` (BrowserTests start it) and `Benchmarks/` (on demand).
@Suite struct ReadmeShownCommandTests {
    struct Shown {
        var line: Int
        var command: String
        /// The README shows an error under the command.
        var fails: Bool
    }

    static func shown() throws -> [Shown] {
        let lines = try String(
            contentsOf: Command.packageRoot.appendingPathComponent("README.md"), encoding: .utf8
        ).components(separatedBy: "\n")
        var out: [Shown] = []
        var inFence = false
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("```") {
                inFence.toggle()
                index += 1
                continue
            }
            guard inFence, line.hasPrefix("$ ") else {
                index += 1
                continue
            }
            let start = index + 1
            var command = String(line.dropFirst(2))
            while command.hasSuffix("\\"), index + 1 < lines.count {
                index += 1
                command =
                    String(command.dropLast()) + " "
                    + lines[index].trimmingCharacters(
                        in: .whitespaces)
            }
            // The output shown: the lines up to the next command or the fence's end.
            var shownOutput: [String] = []
            var next = index + 1
            while next < lines.count && !lines[next].hasPrefix("$ ")
                && !lines[next].hasPrefix("```")
            {
                shownOutput.append(lines[next])
                next += 1
            }
            let first = command.split(separator: " ").first.map(String.init) ?? ""
            if first == "vocgraph" || first == "printf", !command.contains(" serve ") {
                out.append(
                    Shown(
                        line: start, command: command,
                        fails: shownOutput.contains {
                            $0.hasPrefix("error:") || $0.contains(": error:")
                        }))
            }
            index += 1
        }
        return out
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(
                atPath: Command.packageRoot.appendingPathComponent("../shared/corpus").standardized
                    .path)))
    func everyShownCommandRunsAsShown() throws {
        let commands = try Self.shown()
        #expect(commands.count >= 20, "README.md shows \(commands.count) commands")
        let dir = Command.packageRoot.deletingLastPathComponent().appendingPathComponent(
            "vocgraph-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["Examples", "Graphs", "Ontology", "scripts"] {
            try FileManager.default.createSymbolicLink(
                at: dir.appendingPathComponent(name),
                withDestinationURL: Command.packageRoot.appendingPathComponent(name))
        }
        let bin = URL(fileURLWithPath: Command.vocgraph).deletingLastPathComponent().path
        for shown in commands {
            let outcome = try Command.run(
                "bash",
                [
                    "-c", "set -o pipefail; export PATH=\"$1:$PATH\"; eval \"$2\"", "readme", bin,
                    shown.command,
                ],
                in: dir)
            if shown.fails {
                #expect(
                    outcome.status != 0, "README.md:\(shown.line): \(shown.command) should fail")
                #expect(outcome.err.contains("error"), "README.md:\(shown.line): \(outcome.err)")
            } else {
                #expect(
                    outcome.status == 0,
                    "README.md:\(shown.line): \(shown.command)\n\(outcome.out.prefix(400))\(outcome.err.prefix(800))"
                )
            }
        }
    }
}
