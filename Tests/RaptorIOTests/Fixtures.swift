import Foundation
import RDF
import TestSupport

/// The rich test graph of the round-trip tests: Chinese literals, language tags, typed literals,
/// non-ASCII IRIs, blank nodes and literals with quotes, backslashes, tabs and newlines.
enum Fixtures {
    static let ex = "http://example.org/"

    static var richGraph: Graph {
        let s = Term.iri(ex + "school/深圳市第一职业技术学校")
        let p = { (name: String) in Term.iri(ex + name) }
        let xsd = "http://www.w3.org/2001/XMLSchema#"
        let b1 = Term.blank(BlankNode("addr"))
        let b2 = Term.blank(BlankNode("n2"))
        return Graph([
            Triple(s, .iri(Vocab.rdf.type), .iri(Vocab.vg.School)),
            Triple(s, .iri(Vocab.rdfs.label), .text("深圳市第一职业技术学校", language: "zh")),
            Triple(
                s, .iri(Vocab.rdfs.label), .text("Shenzhen No. 1 Vocational School", language: "en")
            ),
            Triple(s, p("quote"), .string("他说：“校企合作”\"quoted\" back\\slash\ttab\nnewline\r\nCRLF")),
            Triple(
                s, p("students"),
                .literal(Literal("13812", datatype: IRI(unchecked: xsd + "integer")))),
            Triple(
                s, p("rate"), .literal(Literal("89.5", datatype: IRI(unchecked: xsd + "decimal")))),
            Triple(
                s, p("ratio"), .literal(Literal("4.9E-1", datatype: IRI(unchecked: xsd + "double")))
            ),
            Triple(
                s, p("founded"),
                .literal(Literal("1983-09-01", datatype: IRI(unchecked: xsd + "date")))),
            Triple(
                s, p("year"), .literal(Literal("2025", datatype: IRI(unchecked: xsd + "gYear")))),
            Triple(
                s, p("flag"), .literal(Literal("true", datatype: IRI(unchecked: xsd + "boolean")))),
            Triple(s, p("partner"), .iri(ex + "enterprise/华为技术有限公司")),
            Triple(s, p("address"), b1),
            Triple(b1, p("city"), .string("深圳")),
            Triple(b1, p("next"), b2),
            Triple(b2, p("note"), .string("")),
            Triple(.iri(ex + "enterprise/华为技术有限公司"), .iri(Vocab.rdfs.label), .string("华为")),
        ])
    }

    /// A scratch directory removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("vocgraph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a program; `nil` if it cannot start.
    static func run(_ executable: String, _ arguments: [String], stdin: String? = nil) -> (
        status: Int32, out: String, err: String
    )? {
        guard let outcome = try? Command.run(executable, arguments, stdin: stdin ?? "") else {
            return nil
        }
        return (outcome.status, outcome.out, outcome.err)
    }
}
