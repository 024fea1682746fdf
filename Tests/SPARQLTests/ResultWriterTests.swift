import Foundation
import QueryResults
import RDF
import TestSupport
import Testing

/// The shared writers: SPARQL 1.1 JSON and TSV that pyoxigraph reads back term for term, CSV as
/// RFC 4180 plain text, and label columns.
@Suite struct ResultWriterTests {
    /// Awkward cells: quotes, a comma, a newline, a tab, a language tag, a datatype, a blank
    /// node, an unbound cell, Chinese.
    static let set = ResultSet(
        title: "t", columns: ["s", "v"],
        rows: [
            [.iri("http://example.org/a"), .text("深圳\"职校\", 第一\n行\t尾", language: "zh")],
            [.iri("http://example.org/b"), .integer(-5)],
            [.blank(BlankNode("b1")), .literal(Literal("2.50", datatype: Vocab.xsd.decimal))],
            [.iri("http://example.org/c"), nil],
            [.iri("http://example.org/d"), .literal(Literal("2024", datatype: Vocab.xsd.gYear))],
        ])

    /// pyoxigraph's reading of `text` in `format` (json or tsv): rows of N-Triples cells, with
    /// blank-node labels (the reader's own) made `_:b`.
    static func parsed(_ text: String, format: String) throws -> [[String]] {
        let script = """
            import json, re, sys, pyoxigraph
            fmt = {"json": pyoxigraph.QueryResultsFormat.JSON, "tsv": pyoxigraph.QueryResultsFormat.TSV}[sys.argv[1]]
            results = pyoxigraph.parse_query_results(sys.stdin.buffer.read(), format=fmt)
            names = [v.value for v in results.variables]
            for row in results:
                cells = ["UNBOUND" if row[n] is None else re.sub(r"^_:.*", "_:b", str(row[n])) for n in names]
                print(json.dumps(cells, ensure_ascii=False))
            """
        let outcome = try Command.run("python3", ["-c", script, format], stdin: text)
        try #require(outcome.status == 0, "pyoxigraph cannot read our \(format): \(outcome.err)")
        return try outcome.out.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String])
        }
    }

    /// The rows as pyoxigraph prints terms; it keeps a decimal's lexical form or its value.
    static func expected(decimal: String) -> [[String]] {
        set.rows.map { row in
            row.map { term -> String in
                guard let term else { return "UNBOUND" }
                if term.isBlank { return "_:b" }
                return term.description.replacingOccurrences(of: "\"2.50\"^^", with: decimal)
            }
        }
    }

    @Test(arguments: ["json", "tsv"])
    func pyoxigraphReadsOurResults(format: String) throws {
        let writer = ResultWriter(prefixes: .standard)
        let text = writer.write([Self.set], format: format == "json" ? .json : .tsv)
        let rows = try Self.parsed(text, format: format)
        #expect(
            rows == Self.expected(decimal: "\"2.50\"^^")
                || rows == Self.expected(decimal: "\"2.5\"^^"),
            "ours:\n\(text)\npyoxigraph: \(rows)")
    }

    @Test func csvIsPlainTextWithQuotingAndCRLF() {
        let csv = ResultWriter(prefixes: .standard).write([Self.set], format: .csv)
        #expect(
            csv == "s,v\r\n"
                + "http://example.org/a,\"深圳\"\"职校\"\", 第一\n行\t尾\"\r\n"
                + "http://example.org/b,-5\r\n"
                + "_:b1,2.50\r\n"
                + "http://example.org/c,\r\n"
                + "http://example.org/d,2024\r\n")
    }

    @Test func labelColumnsFollowIRIColumnsInEveryFormat() throws {
        let graph = Graph([
            Triple(
                .iri("http://example.org/a"), .iri(Vocab.rdfs.label), .text("甲", language: "zh")),
            Triple(
                .iri("http://example.org/a"), .iri(Vocab.skos.prefLabel),
                .text("甲校", language: "zh")),
            Triple(.iri("http://example.org/b"), .iri(Vocab.rdfs.label), .string("B")),
        ])
        let writer = ResultWriter(prefixes: .standard, labels: LabelLookup(graph: graph))
        let labelled = writer.labelled(Self.set)
        #expect(labelled.columns == ["s", "s_label", "v"])
        #expect(labelled.rows.map { $0[1]?.literal?.lexical } == ["甲校", "B", nil, nil, nil])
        let json = writer.write([Self.set], format: .json)
        #expect(json.hasPrefix("{\n  \"head\": {\"vars\": [\"s\", \"s_label\", \"v\"]},"))
        #expect(
            json.contains(
                "\"s_label\": {\"type\": \"literal\", \"value\": \"甲校\", \"xml:lang\": \"zh\"}"))
        let ask = writer.write([ResultSet(title: "ask", boolean: false)], format: .json)
        #expect(ask == "{\n  \"head\": {},\n  \"boolean\": false\n}\n")
    }
}
