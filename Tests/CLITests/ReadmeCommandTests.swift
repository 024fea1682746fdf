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
