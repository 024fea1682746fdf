import Foundation
import RDF
import RaptorIO
import TestSupport
import Testing

/// Snapshots against the independent path, Raptor's parse: a graph loaded from `FILE.vgs` has the
/// same term IDs and triples as `FILE` parsed; a stale, truncated or damaged snapshot is passed
/// over (with the reason) for a parse, never a crash.
struct SnapshotFileTests {
    static let root = Command.packageRoot

    /// The committed corpus graph, the examples and a few Datalog case graphs.
    static let sources = [
        "Graphs/corpus.ttl", "Examples/sample-graph.ttl", "Examples/datalog/sample.ttl",
        "Examples/lexicon/lexicon.ttl",
        "Tests/DatalogTests/Cases/evaluation/literals/facts.ttl",
        "Tests/DatalogTests/Cases/evaluation/transitive/facts.ttl",
        "Tests/DatalogTests/Cases/evaluation/string-builtins/facts.ttl",
    ]

    /// A copy of `source` in a fresh directory, so snapshots are written beside the copy.
    static func copy(_ source: String) throws -> (dir: URL, path: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vocgraph-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let target = dir.appendingPathComponent(URL(fileURLWithPath: source).lastPathComponent)
        try FileManager.default.copyItem(at: root.appendingPathComponent(source), to: target)
        return (dir, target.path)
    }

    @Test(arguments: sources)
    func snapshotLoadEqualsParse(source: String) throws {
        let (dir, path) = try Self.copy(source)
        defer { try? FileManager.default.removeItem(at: dir) }
        let parsed = try RDFReader().read(file: path)
        let (written, _) = try SnapshotFile.write(for: path)
        #expect(written == path + ".vgs")
        let (loaded, origin) = try SnapshotFile.load(path)
        #expect(origin == .snapshot(written))
        #expect(loaded.dictionary.terms == parsed.dictionary.terms)
        #expect(loaded.spo == parsed.spo)
        #expect(loaded.pos == parsed.pos && loaded.osp == parsed.osp)
    }

    @Test func aChangedSourceIsParsedAgain() throws {
        let (dir, path) = try Self.copy("Examples/datalog/sample.ttl")
        defer { try? FileManager.default.removeItem(at: dir) }
        try SnapshotFile.write(for: path)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("<http://example.org/new> <http://example.org/p> \"新\" .\n".utf8))
        try handle.close()
        let (graph, origin) = try SnapshotFile.load(path)
        guard case .parsed(let reason?) = origin else {
            Issue.record("expected a parse, got \(origin)")
            return
        }
        #expect(reason.contains("stale"), "\(reason)")
        #expect(
            graph.contains(
                Triple(.iri("http://example.org/new"), .iri("http://example.org/p"), .string("新"))))
        // Read as another format than the snapshot was made from, the snapshot is not used:
        // the Turtle is parsed as N-Triples and fails.
        try SnapshotFile.write(for: path)
        #expect(throws: RaptorError.self) { try SnapshotFile.load(path, format: .ntriples) }
    }

    /// Truncations and bit flips of a real snapshot file, and files that are no snapshot at all:
    /// each load parses instead, says why, and gives the parsed graph.
    @Test func damagedSnapshotsFallBackToTheParse() throws {
        let (dir, path) = try Self.copy("Examples/sample-graph.ttl")
        defer { try? FileManager.default.removeItem(at: dir) }
        let parsed = try RDFReader().read(file: path)
        let (snapshot, _) = try SnapshotFile.write(for: path)
        let good = try #require(FileManager.default.contents(atPath: snapshot))
        var variants: [(String, Data)] = [
            ("empty", Data()), ("Turtle instead", Data("@prefix ex: <x> .".utf8)),
            ("header only", good.prefix(64)),
        ]
        for length in stride(from: 1, to: good.count, by: max(1, good.count / 40)) {
            variants.append(("first \(length) bytes", good.prefix(length)))
        }
        for index in stride(from: 0, to: good.count, by: max(1, good.count / 40)) {
            var flipped = good
            flipped[index] ^= 0x10
            variants.append(("byte \(index) flipped", flipped))
        }
        for (name, bytes) in variants {
            try bytes.write(to: URL(fileURLWithPath: snapshot))
            let (graph, origin) = try SnapshotFile.load(path)
            guard case .parsed(let reason?) = origin else {
                Issue.record("\(name): expected a parse, got \(origin)")
                continue
            }
            #expect(reason.hasPrefix(snapshot + ": "), "\(name): \(reason)")
            #expect(graph.spo == parsed.spo && graph.dictionary.terms == parsed.dictionary.terms)
        }
        // A directory where the snapshot should be: a parse too.
        try FileManager.default.removeItem(atPath: snapshot)
        try FileManager.default.createDirectory(
            atPath: snapshot, withIntermediateDirectories: false)
        #expect(try SnapshotFile.load(path).graph.spo == parsed.spo)
    }

    @Test func noSnapshotMeansAPlainParse() throws {
        let (dir, path) = try Self.copy("Examples/datalog/sample.ttl")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (_, origin) = try SnapshotFile.load(path)
        #expect(origin == .parsed(reason: nil))
    }
}
