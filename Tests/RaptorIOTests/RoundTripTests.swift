import Foundation
import RDF
import Testing

@testable import RaptorIO

@Suite struct RoundTripTests {
    @Test(arguments: RDFFormat.writable)
    func graphSurvivesTextAndBack(format: RDFFormat) throws {
        let graph = Fixtures.richGraph
        let text = try RDFWriter().serialize(graph, format: format)
        let back = try RDFReader().read(string: text, format: format)
        #expect(
            back.count == graph.count, "\(format): \(back.count) of \(graph.count) triples\n\(text)"
        )
        #expect(back.isIsomorphic(to: graph), "\(format) round trip changed the graph:\n\(text)")
    }

    @Test(arguments: RDFFormat.writable)
    func writingTwiceIsByteIdentical(format: RDFFormat) throws {
        let graph = Fixtures.richGraph
        // Same triples, inserted in reverse order: term IDs differ, output must not.
        let reversed = Graph(graph.triples.reversed())
        let first = try RDFWriter().serialize(graph, format: format)
        let second = try RDFWriter().serialize(graph, format: format)
        let third = try RDFWriter().serialize(reversed, format: format)
        #expect(first == second)
        #expect(first == third)
    }

    @Test func fileRoundTripIsAtomicAndGuessesFormat() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in RDFFormat.writable {
            let path = dir.appendingPathComponent("g.\(format.fileExtension)").path
            try RDFWriter().write(Fixtures.richGraph, format: format, to: path)
            let back = try RDFReader().read(file: path)
            #expect(back.isIsomorphic(to: Fixtures.richGraph), "\(format)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.contains("tmp-")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func turtleUsesOntologyPrefixes() throws {
        let text = try RDFWriter().serialize(Fixtures.richGraph, format: .turtle)
        #expect(text.contains("@prefix vg: <https://w3id.org/vocgraph/ns#> ."))
        #expect(text.contains("vg:School"))
        #expect(!text.contains("@prefix qb:"), "only prefixes the graph uses are declared")
        #expect(!text.contains("@base"))
    }
}

@Suite struct ReaderErrorTests {
    @Test func malformedTurtleNamesFileAndLine() throws {
        let text =
            "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n"
        #expect {
            _ = try RDFReader().read(string: text, format: .turtle, name: "bad.ttl")
        } throws: { error in
            guard let error = error as? RaptorError, case .syntax(let file, let line, _, _) = error
            else {
                return false
            }
            return file == "bad.ttl" && line == 3
        }
    }

    @Test func malformedRDFXMLAndNTriplesNameTheLine() throws {
        let xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="http://e/a">
              <broken
            </rdf:RDF>
            """
        #expect {
            _ = try RDFReader().read(string: xml, format: .rdfxml, name: "bad.rdf")
        } throws: { error in
            (error as? RaptorError)?.line == 4
        }
        let nt = "<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> .\n"
        #expect {
            _ = try RDFReader().read(string: nt, format: .ntriples, name: "bad.nt")
        } throws: { error in
            (error as? RaptorError)?.line == 2
        }
    }

    @Test func failedLoadLeavesTargetGraphUnchanged() throws {
        var graph = Fixtures.richGraph
        let before = graph.triples
        let text = "<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> .\n"
        #expect(throws: RaptorError.self) {
            try RDFReader().load(string: text, format: .ntriples, name: "bad.nt", into: &graph)
        }
        #expect(graph.triples == before)
    }

    @Test func unknownExtensionAndMissingFileAreClearErrors() {
        #expect(throws: RaptorError.cannotGuessFormat(file: "graph.xyz")) {
            _ = try RDFReader().read(file: "graph.xyz")
        }
        #expect(
            throws: RaptorError.io(file: "/nonexistent/g.ttl", message: "cannot read: no such file")
        ) {
            _ = try RDFReader().read(file: "/nonexistent/g.ttl")
        }
        #expect(RDFFormat(name: "json-ld") == nil)
        #expect(RDFFormat(fileName: "x.jsonld") == nil)
        #expect(RDFFormat(fileName: "x.rj") == .rdfjson)
    }

    @Test func invalidIRIIsRefusedOnWrite() {
        let graph = Graph([Triple(.iri("http://e/a b"), .iri("http://e/p"), .string("x"))])
        for format in RDFFormat.writable {
            #expect(throws: RaptorError.self) {
                _ = try RDFWriter().serialize(graph, format: format)
            }
        }
    }
}

@Suite struct LargeInputTests {
    @Test(arguments: [RDFFormat.turtle, .ntriples])
    func hugeLiteralSurvives(format: RDFFormat) throws {
        // ~1.5 MB of UTF-8. Raptor's N-Triples parser is quadratic in line length (trap T7), so
        // a much longer literal is a benchmark, not a unit test.
        let text = String(repeating: "深圳职业教育\"\\\n", count: 70_000)
        let graph = Graph([Triple(.iri("http://e/s"), .iri("http://e/p"), .string(text))])
        let written = try RDFWriter().serialize(graph, format: format)
        let back = try RDFReader().read(string: written, format: format)
        #expect(back.triples.first?.object == .string(text))
    }
}
