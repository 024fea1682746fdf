import Foundation
import RDF
import RaptorIO
import TestSupport
import Testing

/// The `vocgraph` executable as a user runs it: exit status, messages and files.
@Suite struct CLITests {
    static let root = Command.packageRoot

    static var binary: String { Command.vocgraph }

    static func vocgraph(_ arguments: [String], stdin: String? = nil) throws -> (
        status: Int32, out: String, err: String
    ) {
        let outcome = try Command.run(binary, arguments, stdin: stdin ?? "")
        #expect(outcome.exited, "vocgraph was killed by a signal")
        return (outcome.status, outcome.out, outcome.err)
    }

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vocgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func malformedTurtleFailsWithFileAndLineAndWritesNothing() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.ttl")
        try "@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c ;\n    ex:d .\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.nt")
        let result = try Self.vocgraph(["export", bad.path, "--format", "ntriples", "-o", out.path])
        #expect(result.status == 1)
        #expect(result.err.contains("\(bad.path):4"), "message: \(result.err)")
        #expect(result.err.contains("error:"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func failedExportLeavesExistingOutputUnchanged() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.ttl")
        try "previous content\n".write(to: out, atomically: true, encoding: .utf8)
        let result = try Self.vocgraph(["export", "/nonexistent/file.ttl", "-o", out.path])
        #expect(result.status == 1)
        #expect(result.err.contains("/nonexistent/file.ttl: cannot read: no such file"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "previous content\n")
    }

    @Test func exportConvertsAndMergesFiles() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("merged.nt")
        let extra = dir.appendingPathComponent("extra.nt")
        try "<http://e/x> <http://e/p> \"额外\" .\n".write(
            to: extra, atomically: true, encoding: .utf8)
        let result = try Self.vocgraph([
            "export", "Examples/sample-graph.ttl", extra.path, "-f", "ntriples", "-o", out.path,
        ])
        #expect(result.status == 0, "\(result.err)")
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        let stats = try Self.vocgraph(["stats", "Examples/sample-graph.ttl", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(stats.out.utf8)) as? [String: Any]
        #expect(lines.count == (json?["triples"] as? Int ?? -1) + 1)
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try Self.vocgraph([
            "export", "Examples/sample-graph.ttl", "--format", "jsonld",
        ])
        #expect(result.status != 0)
        #expect(result.err.contains("jsonld"))
        #expect(result.out.isEmpty)
    }

    @Test func statsPrintsClassesAndPredicates() throws {
        let result = try Self.vocgraph(["stats", "Examples/sample-graph.ttl"])
        #expect(result.status == 0)
        #expect(result.out.contains("vg:School"))
        #expect(result.out.contains("vg:partnersWith"))
        #expect(result.out.contains("triples"))
    }
}

extension CLITests {
    @Test func validateAcceptsTheSampleAndRejectsAStrayProperty() throws {
        let good = try Self.vocgraph(["validate", "Examples/sample-graph.ttl"])
        #expect(good.status == 0, "\(good.out)\(good.err)")
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.ttl")
        try """
        @prefix vg: <https://w3id.org/vocgraph/ns#> .
        <http://e/s> a vg:School ; vg:partnersWith <http://e/t> .
        <http://e/t> a vg:School .
        """.write(to: bad, atomically: true, encoding: .utf8)
        let result = try Self.vocgraph(["validate", bad.path])
        #expect(result.status == 1)
        #expect(result.out.contains("range: object of vg:partnersWith should be a vg:Enterprise"))
    }
}

extension CLITests {
    /// Every saved fuzz input (seeds and past crashes) replays through its target without a crash.
    @Test(arguments: ["rdf", "datalog", "text", "docx", "rdfxml", "numbers", "snapshot"])
    func fuzzCorpusReplaysCleanly(target: String) throws {
        let replay = Self.root.appendingPathComponent(".build/debug/vocgraph-fuzz").path
        let dir = Self.root.appendingPathComponent("Tests/Fuzz/corpus/\(target)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            .map { dir.appendingPathComponent($0).path }
        #expect(!files.isEmpty)
        let outcome = try Command.run(replay, [target] + files)
        #expect(outcome.exited && outcome.status == 0, "\(target): \(outcome.err)")
        #expect(outcome.out.contains("replayed \(files.count) input(s)"))
    }
}

extension CLITests {
    /// SIGTERM, SIGINT or SIGHUP in the middle of an export leaves the previous output intact and no
    /// temporary file behind, and the process exits (128 + signal) rather than dying by it.
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func interruptedExportKeepsThePreviousFile(signalNumber: Int32) throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("big.nt")
        _ = try Command.run("python3", ["Benchmarks/gen_ntriples.py", "300000", input.path])
        let output = dir.appendingPathComponent("out.ttl")
        try "previous\n".write(to: output, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["export", input.path, "-o", output.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()

        let finishedFirst = process.terminationStatus == 0
        #expect(process.terminationReason == .exit)
        if !finishedFirst {
            #expect(process.terminationStatus == 128 + signalNumber)
            #expect(try String(contentsOf: output, encoding: .utf8) == "previous\n")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.contains("tmp-")
        }
        #expect(leftovers.isEmpty)
    }
}

extension CLITests {
    /// The Datalog examples and their SPARQL twins (pyoxigraph) agree, on the example graph and
    /// on the committed corpus graph.
    @Test func examplesAgreeWithSPARQL() throws {
        var graphs = ["Examples/datalog/sample.ttl"]
        let corpus = Self.root.appendingPathComponent("Graphs/corpus.ttl")
        if FileManager.default.fileExists(atPath: corpus.path) {
            graphs.append("Graphs/corpus.ttl")
        }
        for graph in graphs {
            let outcome = try Command.run(
                "python3", ["Tests/Interop/examples_sparql.py", Self.binary, graph])
            let text = outcome.out + outcome.err
            #expect(outcome.status == 0, "\(graph):\n\(text)")
            #expect(text.contains("ok   huawei-partners"), "\(graph):\n\(text)")
        }
    }
}

extension CLITests {
    /// Every class and property the committed corpus graph uses is declared in `Ontology/`, and
    /// its domains and ranges hold.
    @Test func corpusGraphValidatesAgainstTheOntology() throws {
        let result = try Self.vocgraph(["validate", "Graphs/corpus.ttl"])
        #expect(result.status == 0, "\(result.out.suffix(3000))\(result.err)")
        #expect(result.out.contains("0 violation(s)"))
    }
}

extension CLITests {
    /// SKOS: at most one skos:prefLabel per language on every node of the corpus graph, even
    /// where documents name an organisation differently.
    @Test func corpusGraphHasOnePreferredLabelPerNode() throws {
        let graph = try RDFReader().read(
            file: Self.root.appendingPathComponent("Graphs/corpus.ttl").path)
        var seen: [Term: Int] = [:]
        for triple in graph.match(predicate: .iri(Vocab.skos.prefLabel)) {
            seen[triple.subject, default: 0] += 1
        }
        #expect(!seen.isEmpty)
        #expect(
            seen.values.allSatisfy { $0 == 1 }, "\(seen.filter { $0.value > 1 }.keys.prefix(5))")
    }
}

extension CLITests {
    /// Building the same documents in parallel and one after the other gives the same bytes.
    @Test func parallelAndSequentialBuildsAreByteIdentical() throws {
        let corpus = Self.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        let inputs =
            FileManager.default.fileExists(atPath: corpus.path)
            ? [corpus.path] : ["Examples/sample-report.txt", "Tests/Fuzz/corpus/text"]
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("parallel.ttl").path
        let b = dir.appendingPathComponent("sequential.ttl").path
        let first = try Self.vocgraph(["build"] + inputs + ["-o", a])
        let second = try Self.vocgraph(["build"] + inputs + ["--sequential", "-o", b])
        #expect(first.status == 0 && second.status == 0, "\(first.err)\(second.err)")
        #expect(first.out == second.out)
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
    }

    /// The corpus graph exported in every format is read back by `rapper` with the same count.
    @Test(arguments: ["turtle", "ntriples", "nquads", "rdfxml", "rdfjson"])
    func corpusGraphExportsAreReadByRapper(format: String) throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("corpus.out").path
        let export = try Self.vocgraph([
            "export", "Graphs/corpus.ttl", "--format", format, "-o", out,
        ])
        #expect(export.status == 0, "\(export.err)")
        let stats = try Self.vocgraph(["stats", "Graphs/corpus.ttl", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(stats.out.utf8)) as? [String: Any]
        let count = try #require(json?["triples"] as? Int)
        let rapper = try Command.run(
            "rapper", ["-i", format == "rdfjson" ? "json" : format, "-c", out])
        #expect(rapper.status == 0, "\(rapper.err)")
        #expect(rapper.err.contains("returned \(count) triples"), "\(rapper.err)")
    }
}

extension CLITests {
    /// The trace lists responsible units in the task list's own order (粤府〔2020〕63号, 深圳市工作任务清单
    /// task 32: 市教育局、市发展改革委、市人力资源保障局、区政府, each named as the document's organisation
    /// of that name: 深圳市人力资源和社会保障局), and every task of both policies appears.
    @Test func traceKeepsTheListOrderOfResponsibleUnits() throws {
        let result = try Self.vocgraph(["trace", "--graph", "Graphs/corpus.ttl", "--format", "csv"])
        #expect(result.status == 0, "\(result.err)")
        let rows = result.out.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let task32 = rows.first { $0.count > 8 && $0[1] == "深圳市工作任务清单" && $0[2] == "32" }
        #expect(task32?[8] == "深圳市教育局; 深圳市发展改革委; 深圳市人力资源和社会保障局; 区政府")
        // 50 产教融合型企业 planned, 102 reported by the city's schools as a whole (深圳市中职学校).
        #expect(task32?.last == "met")
        let shenzhen = Set(rows.filter { $0.count > 2 && $0[1] == "深圳市工作任务清单" }.map { $0[2] })
        let guangdong = Set(rows.filter { $0.count > 2 && $0[1] == "广东省工作任务清单" }.map { $0[2] })
        #expect(shenzhen == Set((1...54).map(String.init)))
        #expect(guangdong == Set((1...18).map(String.init)))
    }
}
