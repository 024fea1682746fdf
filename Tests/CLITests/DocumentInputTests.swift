import Foundation
import TestSupport
import Testing

/// `extract` and `build` over documents as users have them: mixed folders of text, PDF and DOCX,
/// refused kinds, empty or unreadable folders, and builds that skip files.
@Suite struct DocumentInputTests {
    typealias CLI = CLITests

    static let report = CLI.root.appendingPathComponent(
        "Tests/ExtractionTests/Documents/report.txt")

    static var hasPdftotext: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext")
        }
    }

    /// A folder with the report as text, PDF (when pdftotext is there) and DOCX.
    static func mixedFolder(in dir: URL) throws -> URL {
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let text = try String(contentsOf: report, encoding: .utf8)
        try text.write(
            to: docs.appendingPathComponent("a-report.txt"), atomically: true, encoding: .utf8)
        try DocumentFixtures.docx(text.replacingOccurrences(of: "韶关市", with: "梅州市"))
            .write(to: docs.appendingPathComponent("b-report.docx"))
        if hasPdftotext {
            try DocumentFixtures.pdf(text.replacingOccurrences(of: "韶关市", with: "河源市"), wrap: 30)
                .write(to: docs.appendingPathComponent("c-report.pdf"))
        }
        try "not a document".write(
            to: docs.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        return docs
    }

    @Test func buildReadsAMixedFolderIntoOneGraph() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = try Self.mixedFolder(in: dir)
        let out = dir.appendingPathComponent("mixed.ttl").path
        let result = try CLI.vocgraph(["build", docs.path, "-o", out])
        #expect(result.status == 0, "\(result.err)")
        let count = Self.hasPdftotext ? 3 : 2
        #expect(result.out.contains("documents: \(count)"), "\(result.out)")
        let graph = try String(contentsOfFile: out, encoding: .utf8)
        #expect(graph.contains("梅州市南岭职业技术学校"))
        #expect(graph.contains("韶关市南岭职业技术学校"))
        if Self.hasPdftotext {
            #expect(graph.contains("河源市南岭职业技术学校"))
            #expect(graph.contains("vg:page"), "PDF evidence spans name their page")
            let json = try CLI.vocgraph([
                "extract", docs.appendingPathComponent("c-report.pdf").path, "--json",
            ])
            #expect(json.out.contains("\"page\" : 1"), "\(json.out)")
            let text = try CLI.vocgraph([
                "extract", docs.appendingPathComponent("a-report.txt").path, "--json",
            ])
            #expect(!text.out.contains("\"page\""))
        }
    }

    @Test func extractTellsKindsByContentAndRefusesOthers() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: Self.report, encoding: .utf8)
        // A DOCX named .txt is still read as DOCX.
        let disguised = dir.appendingPathComponent("report.txt")
        try DocumentFixtures.docx(text).write(to: disguised)
        let a = try CLI.vocgraph(["extract", disguised.path, "--json"])
        #expect(a.status == 0, "\(a.err)")
        #expect(a.out.contains("华为技术有限公司"))
        let image = dir.appendingPathComponent("scan.pdf")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).write(to: image)
        let b = try CLI.vocgraph(["extract", image.path])
        #expect(b.status == 1)
        #expect(b.err.contains("\(image.path): an image"), "\(b.err)")
        #expect(b.err.contains("reads .txt, .pdf and .docx"), "\(b.err)")
    }

    @Test func aMissingPdftotextIsAClearMessage() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("r.pdf")
        try DocumentFixtures.pdf("学校与华为技术有限公司合作。").write(to: pdf)
        let outcome = try Command.run(
            "/usr/bin/env",
            ["VOCGRAPH_PDFTOTEXT=/nonexistent/pdftotext", CLI.binary, "extract", pdf.path])
        #expect(outcome.exited)
        #expect(outcome.status == 1)
        #expect(outcome.err.contains("poppler-utils"), "\(outcome.err)")
    }

    @Test func foldersWithoutUsableDocumentsAreErrorsAndKeepTheOldGraph() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("g.ttl")
        try "previous graph\n".write(to: out, atomically: true, encoding: .utf8)

        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let a = try CLI.vocgraph(["build", empty.path, "-o", out.path])
        #expect(a.status == 1)
        #expect(a.err.contains("\(empty.path): no .txt, .pdf or .docx document"), "\(a.err)")

        let broken = dir.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try Data([0xFF, 0xFF, 0x81]).write(to: broken.appendingPathComponent("x.txt"))
        try Data("%PDF-1.4 nothing".utf8).write(to: broken.appendingPathComponent("y.pdf"))
        let b = try CLI.vocgraph(["build", broken.path, "--keep-going", "-o", out.path])
        #expect(b.status == 1)
        #expect(b.err.contains("x.txt"), "\(b.err)")
        #expect(b.err.contains("y.pdf"), "\(b.err)")
        #expect(b.err.contains("no usable document"), "\(b.err)")
        #expect(try String(contentsOf: out, encoding: .utf8) == "previous graph\n")
    }

    @Test func aDocumentWithANulByteIsSkippedByName() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.report, to: docs.appendingPathComponent("a.txt"))
        try Data(Array("学校\n与华为".utf8) + [0] + Array("合作".utf8))
            .write(to: docs.appendingPathComponent("nul.txt"))
        let out = dir.appendingPathComponent("g.ttl").path
        let result = try CLI.vocgraph(["build", docs.path, "--keep-going", "-o", out])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("nul.txt:2:4: error: a NUL byte"), "\(result.err)")
        #expect(result.out.contains("documents: 1"))
    }

    @Test func nonRegularInputsAreRefused() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let a = try CLI.vocgraph(["extract", fifo])
        #expect(a.status == 1)
        #expect(a.err.contains("is a FIFO"), "\(a.err)")
        let b = try CLI.vocgraph(["extract", "/dev/zero"])
        #expect(b.status == 1)
        #expect(b.err.contains("character device"), "\(b.err)")
    }

    @Test func traceFindsAPolicyByNumberTitleOrFileAndRefusesAnUnknownOne() throws {
        let graph = CLI.root.appendingPathComponent("Graphs/corpus.ttl").path
        var tasks: [String: Set<String>] = [:]
        for query in ["粤府〔2020〕63号", "粤府[2020]63号", "高端发展", "003_e14b5b7abcd14605.txt"] {
            let result = try CLI.vocgraph(["trace", query, "--graph", graph, "--format", "csv"])
            #expect(result.status == 0, "\(query): \(result.err)")
            let rows = result.out.split(separator: "\n").dropFirst().map {
                $0.split(separator: ",", omittingEmptySubsequences: false)
            }
            #expect(rows.allSatisfy { $0.first == "003_e14b5b7abcd14605.txt" })
            tasks[query] = Set(rows.filter { $0[1] == "深圳市工作任务清单" }.map { String($0[2]) })
        }
        #expect(tasks["粤府〔2020〕63号"]?.count == 54)
        #expect(Set(tasks.values).count == 1, "every way of naming the policy gives the same tasks")

        let unknown = try CLI.vocgraph(["trace", "nosuch", "--graph", graph])
        #expect(unknown.status == 1)
        #expect(unknown.out.isEmpty)
        #expect(unknown.err.contains("no policy of the graph matches \"nosuch\""), "\(unknown.err)")
        #expect(unknown.err.contains("003_e14b5b7abcd14605.txt · 粤府〔2020〕63号"), "\(unknown.err)")
        #expect(unknown.err.contains("中办发〔2022〕65号"), "\(unknown.err)")
    }

    @Test func aFileNameThatIsNotUTF8IsNamedAsSuch() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Self.report, to: dir.appendingPathComponent("a.txt"))
        var raw = Array((dir.path + "/r").utf8) + [0xFF] + Array(".txt".utf8)
        raw.append(0)
        let descriptor = raw.withUnsafeBufferPointer {
            $0.baseAddress.map {
                open(
                    UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY,
                    0o644)
            } ?? -1
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let result = try CLI.vocgraph([
            "build", dir.path, "--keep-going", "-o", dir.path + "/g.ttl",
        ])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("its name is not valid UTF-8"), "\(result.err)")
    }

    @Test func aDamagedDOCXIsAnErrorNotACrash() throws {
        // A mutated package whose offsets point past its end trapped ZIPFoundation's in-memory
        // reader; the file-backed reader reports it.
        let damaged = CLI.root.appendingPathComponent(
            "Tests/Fuzz/corpus/docx/crash-zip-offset-past-end-1")
        let result = try CLI.vocgraph(["extract", damaged.path])
        #expect(result.status == 1, "\(result.err)")
        #expect(result.err.contains("\(damaged.path): "), "\(result.err)")
    }

    @Test func big5AndUTF16CopiesReadLikeUTF8() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A traditional-character text of our own (its names are the names issue's to recognise;
        // here the three encodings must give the same report).
        let text = "南嶺職業技術學校與華為技術有限公司共建產業學院，開設訂單班。\n學校攜手比亞迪股份有限公司建設實訓基地。\n"
        let utf8 = dir.appendingPathComponent("t.txt")
        try text.write(to: utf8, atomically: true, encoding: .utf8)
        let reference = try CLI.vocgraph(["extract", utf8.path, "--json"])
        #expect(reference.status == 0, "\(reference.err)")
        for (encoding, name) in [("BIG5", "big5.txt"), ("UTF-16", "utf16.txt")] {
            let copy = dir.appendingPathComponent(name).path
            _ = try Command.run("iconv", ["-f", "UTF-8", "-t", encoding, "-o", copy, utf8.path])
            let result = try CLI.vocgraph(["extract", copy, "--json"])
            #expect(result.status == 0, "\(encoding): \(result.err)")
            #expect(
                result.out.replacingOccurrences(of: name, with: "t.txt") == reference.out,
                "\(encoding)")
        }
    }

    @Test func aPdftotextThatHangsIsStoppedByItsTimeout() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tool = dir.appendingPathComponent("pdftotext")
        try "#!/bin/sh\nexec sleep 30\n".write(to: tool, atomically: true, encoding: .utf8)
        #expect(chmod(tool.path, 0o755) == 0)
        let pdf = CLI.root.appendingPathComponent("Examples/documents/c-report.pdf").path
        let start = Date()
        let outcome = try Command.run(
            "/usr/bin/env",
            [
                "VOCGRAPH_PDFTOTEXT=\(tool.path)", "VOCGRAPH_PDF_TIMEOUT=1", CLI.binary, "extract",
                pdf,
            ])
        #expect(outcome.exited)
        #expect(outcome.status == 1)
        #expect(outcome.err.contains("ran longer than 1.0 s"), "\(outcome.err)")
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
