import Foundation
import RDF
import Testing

@testable import RaptorIO

/// The Turtle we write is read by independent tools: `rapper` (raptor2-utils) and rdflib.
@Suite struct PeerAcceptanceTests {
    @Test(arguments: RDFFormat.writable)
    func rapperCountsTheTriplesWeWrote(format: RDFFormat) throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.\(format.fileExtension)").path
        try RDFWriter().write(Fixtures.richGraph, format: format, to: path)
        let result = try #require(
            Fixtures.run(
                "rapper", ["-i", format == .rdfjson ? "json" : format.rawValue, "-c", path]),
            "rapper is missing: make setup installs raptor2-utils")
        #expect(result.status == 0, "\(result.err)")
        #expect(
            result.err.contains("returned \(Fixtures.richGraph.count) triples"), "\(result.err)")
    }

    @Test(arguments: [RDFFormat.turtle, .ntriples, .nquads, .rdfxml])
    func rdflibCountsTheTriplesWeWrote(format: RDFFormat) throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.\(format.fileExtension)").path
        try RDFWriter().write(Fixtures.richGraph, format: format, to: path)
        let rdflibFormat = [
            "turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "rdfxml": "xml",
        ][format.rawValue]!
        let script = """
            import sys, rdflib
            g = rdflib.Dataset() if sys.argv[2] == 'nquads' else rdflib.Graph()
            g.parse(sys.argv[1], format=sys.argv[2])
            print(len(list(g.quads())) if sys.argv[2] == 'nquads' else len(g))
            """
        let result = try #require(Fixtures.run("python3", ["-c", script, path, rdflibFormat]))
        #expect(result.status == 0, "rdflib failed (pip install rdflib): \(result.err)")
        #expect(
            result.out.trimmingCharacters(in: .whitespacesAndNewlines)
                == String(Fixtures.richGraph.count))
    }
}
