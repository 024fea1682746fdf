import Foundation
import Testing

/// Snapshots through the CLI: `build -o` and `vocgraph snapshot` write `FILE.vgs`, commands load
/// it (and say so under --verbose), and fall back to parsing when it is stale or damaged.
@Suite struct SnapshotCommandTests {
    typealias CLI = CLITests

    @Test func commandsLoadTheSnapshotAndFallBackWhenItIsBad() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = dir.appendingPathComponent("sample.ttl").path
        try FileManager.default.copyItem(
            atPath: CLI.root.appendingPathComponent("Examples/datalog/sample.ttl").path,
            toPath: graph)
        let program = CLI.root.appendingPathComponent("Examples/datalog/huawei-partners.dl").path
        let plain = try CLI.vocgraph(["query", program, "--graph", graph])
        #expect(plain.status == 0, "\(plain.err)")

        let made = try CLI.vocgraph(["snapshot", graph])
        #expect(made.status == 0, "\(made.err)")
        #expect(made.out.hasPrefix(graph + ".vgs: "))
        let fast = try CLI.vocgraph(["query", program, "--graph", graph, "--verbose"])
        #expect(fast.out == plain.out)
        #expect(
            fast.err.contains("\(graph): note: loaded from its snapshot \(graph).vgs"),
            "\(fast.err)")
        let stats = try CLI.vocgraph(["stats", graph, "--verbose"])
        #expect(stats.err.contains("loaded from its snapshot"), "\(stats.err)")

        // Damaged: parsed, one note, same answers, exit 0.
        try Data("VOCGSNAP garbage".utf8).write(to: URL(fileURLWithPath: graph + ".vgs"))
        let damaged = try CLI.vocgraph(["query", program, "--graph", graph, "--verbose"])
        #expect(damaged.status == 0 && damaged.out == plain.out)
        #expect(
            damaged.err.contains("\(graph): note: parsed; snapshot not used: \(graph).vgs: "),
            "\(damaged.err)")
        // Without --verbose nothing is said.
        let quiet = try CLI.vocgraph(["query", program, "--graph", graph])
        #expect(quiet.err == plain.err)
    }

    @Test func buildWritesASnapshotBesideItsOutput() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("corpus.ttl").path
        let built = try CLI.vocgraph(["build", "Examples/sample-report.txt", "-o", out])
        #expect(built.status == 0, "\(built.err)")
        #expect(FileManager.default.fileExists(atPath: out + ".vgs"))
        let stats = try CLI.vocgraph(["stats", out, "--verbose"])
        #expect(stats.err.contains("loaded from its snapshot"), "\(stats.err)")
        let skipped = dir.appendingPathComponent("other.ttl").path
        _ = try CLI.vocgraph([
            "build", "Examples/sample-report.txt", "-o", skipped, "--no-snapshot",
        ])
        #expect(!FileManager.default.fileExists(atPath: skipped + ".vgs"))
    }
}
