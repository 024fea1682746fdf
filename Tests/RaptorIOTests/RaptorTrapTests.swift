import Foundation
import RDF
import Testing

@testable import RaptorIO

/// Each Raptor 2.0.15 trap we rely on avoiding (see `RaptorTraps`).
@Suite struct RaptorTrapTests {
    let xsd = "http://www.w3.org/2001/XMLSchema#"

    func roundTrip(_ literal: Literal, _ format: RDFFormat = .turtle) throws -> Literal? {
        let graph = Graph([Triple(.iri("http://e/s"), .iri("http://e/p"), .literal(literal))])
        let text = try RDFWriter().serialize(graph, format: format)
        return try RDFReader().read(string: text, format: format).triples.first?.object.literal
    }

    @Test func t1DecimalWithoutPointStaysDecimal() throws {
        let back = try roundTrip(Literal("89", datatype: IRI(unchecked: xsd + "decimal")))
        #expect(back?.datatype?.string == xsd + "decimal")
        #expect(back?.lexical == "89.0")
    }

    @Test func t1DoubleWithoutExponentStaysDouble() throws {
        let back = try roundTrip(Literal("1.5", datatype: IRI(unchecked: xsd + "double")))
        #expect(back?.datatype?.string == xsd + "double")
        #expect(back?.lexical == "1.5E0")
    }

    @Test func t1TrailingPointDecimalIsValidTurtle() throws {
        let back = try roundTrip(Literal("5.", datatype: IRI(unchecked: xsd + "decimal")))
        #expect(back == Literal("5.0", datatype: IRI(unchecked: xsd + "decimal")))
    }

    @Test func t1NonFiniteDoubleIsRefusedInTurtleButKeptInNTriples() throws {
        let inf = Literal("INF", datatype: IRI(unchecked: xsd + "double"))
        #expect(throws: RaptorError.self) { _ = try roundTrip(inf, .turtle) }
        #expect(try roundTrip(inf, .ntriples) == inf)
    }

    /// Raptor writes a literal bare whenever strtod (strtol for integers) takes all of it, so
    /// ill-typed forms such as `"1e3"^^xsd:decimal` would read back as doubles (found by the
    /// `numbers` fuzz target).
    @Test func t1IllTypedNumbersThatRaptorWritesBareAreRefusedInTurtle() throws {
        for (lexical, type) in [
            ("1e3", "decimal"), ("inf", "decimal"), ("nan", "double"), ("0x1p3", "double"),
            ("infinity", "double"), ("\u{0B}5", "integer"),
        ] {
            let literal = Literal(lexical, datatype: IRI(unchecked: xsd + type))
            #expect(throws: RaptorError.self, "\(lexical)^^\(type)") {
                _ = try roundTrip(literal, .turtle)
            }
            #expect(try roundTrip(literal, .ntriples) == literal)
        }
        let double = Literal("1.5e2", datatype: IRI(unchecked: xsd + "double"))
        #expect(try roundTrip(double) == double)
    }

    @Test func t1IllTypedLiteralIsWrittenQuotedNotRefused() throws {
        let odd = Literal("abc", datatype: IRI(unchecked: xsd + "integer"))
        #expect(try roundTrip(odd) == odd)
    }

    @Test func t2RDFJSONKeepsEveryStatement() throws {
        let graph = Fixtures.richGraph
        let text = try RDFWriter().serialize(graph, format: .rdfjson)
        #expect(text.contains("\"type\" : \"literal\""))
        #expect(!text.contains("@context"), "RDF/JSON, not JSON-LD")
        #expect(try RDFReader().read(string: text, format: .rdfjson).count == graph.count)
    }

    @Test func t3NulInLiteralIsRefused() {
        let graph = Graph([Triple(.iri("http://e/s"), .iri("http://e/p"), .string("a\u{0}b"))])
        #expect(throws: RaptorError.self) {
            _ = try RDFWriter().serialize(graph, format: .ntriples)
        }
    }

    @Test func t4NoIRIIsWrittenRelative() throws {
        let graph = Graph([Triple(.iri("http://e/s"), .iri("http://e/p"), .iri("http://e/o"))])
        for format in RDFFormat.writable {
            let text = try RDFWriter().serialize(graph, format: format)
            #expect(text.contains("http://e/o"), "\(format) wrote the IRI relative:\n\(text)")
        }
    }

    @Test func t4ChineseLocalNamesAreWrittenAsFullIRIs() throws {
        // Raptor never abbreviates a non-ASCII local name; it must still write a valid IRI.
        let graph = Graph([
            Triple(.iri(Vocab.vgi.namespace + "深圳"), .iri(Vocab.rdfs.label.string), .string("x"))
        ])
        let text = try RDFWriter().serialize(graph, format: .turtle)
        #expect(text.contains("<https://w3id.org/vocgraph/id/深圳>"))
        #expect(try RDFReader().read(string: text, format: .turtle).isIsomorphic(to: graph))
    }

    @Test func t4FilesNeverGetTheTemporaryFileAsBase() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in RDFFormat.writable {
            let path = dir.appendingPathComponent("g.\(format.fileExtension)").path
            try RDFWriter().write(Fixtures.richGraph, format: format, to: path)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(
                !text.contains("@base") && !text.contains(".tmp-") && !text.contains("file://"),
                "\(format)")
            #expect(
                text == (try RDFWriter().serialize(Fixtures.richGraph, format: format)), "\(format)"
            )
        }
    }

    @Test func t9ConcurrentRDFXMLParsesKeepTheirOwnErrors() {
        @Sendable func document(brokenAt line: Int) -> String {
            var lines = [
                "<?xml version=\"1.0\"?>",
                "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            ]
            for _ in 3..<line { lines.append("<rdf:Description rdf:about=\"http://e/a\"/>") }
            lines.append("  <broken")
            lines.append("</rdf:RDF>")
            return lines.joined(separator: "\n")
        }
        let lines = ManagedLines()
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            let expected = 4 + index % 5
            do {
                _ = try RDFReader().read(string: document(brokenAt: expected), format: .rdfxml)
                lines.record(expected, nil)
            } catch {
                lines.record(expected, (error as? RaptorError)?.line)
            }
        }
        #expect(lines.all.allSatisfy { $0.expected == $0.got }, "\(lines.all)")
    }
}

/// Results collected from concurrent parses.
final class ManagedLines: @unchecked Sendable {
    // Safe: `values` is only touched while holding `lock`.
    private let lock = NSLock()
    private var values: [(expected: Int, got: Int?)] = []

    func record(_ expected: Int, _ got: Int?) { lock.withLock { values.append((expected, got)) } }
    var all: [(expected: Int, got: Int?)] { lock.withLock { values } }
}
