import Foundation
import TestSupport
import Testing

/// The Huawei question of the README asked three ways over the corpus graph: Datalog
/// (`query --format csv`), SPARQL through Rasqal (`vocgraph sparql`) and pyoxigraph give the same
/// schools, and both of ours name them.
@Suite struct HuaweiAgreementTests {
    static let graph = "Graphs/corpus.ttl"

    /// CSV rows as `[column: value]`, the header and CRLF line ends checked on the way.
    static func rows(_ csv: String) throws -> [[String: String]] {
        #expect(csv.hasSuffix("\r\n"), "SPARQL CSV ends lines with CRLF")
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = try #require(lines.first).split(separator: ",").map(String.init)
        return lines.dropFirst().map { line in
            Dictionary(
                uniqueKeysWithValues: zip(header, line.split(separator: ",").map(String.init)))
        }
    }

    @Test func datalogSparqlAndPyoxigraphGiveTheSameFourSchools() throws {
        let datalog = try CLITests.vocgraph([
            "query", "Examples/datalog/huawei-partners.dl", "--graph", Self.graph, "--format",
            "csv",
        ])
        let sparql = try CLITests.vocgraph([
            "sparql", "Examples/sparql/huawei-partners.rq", "--graph", Self.graph, "--format",
            "csv",
        ])
        #expect(datalog.status == 0 && sparql.status == 0, "\(datalog.err)\(sparql.err)")
        let ours = try Self.rows(datalog.out)
        #expect(try Self.rows(sparql.out) == ours, "\(datalog.out)\n\(sparql.out)")
        let schools = Set(ours.compactMap { $0["S"] })
        #expect(schools.count == 4, "\(datalog.out)")
        for row in ours {
            // Names, not only hash IRIs: a school and a Huawei company.
            #expect(row["S_label"]?.contains("学") == true, "\(row)")
            #expect(row["E_label"]?.contains("华为") == true, "\(row)")
            #expect(row["S"]?.hasPrefix("https://w3id.org/vocgraph/id/") == true)
        }
        let script = """
            import sys, pyoxigraph
            store = pyoxigraph.Store()
            store.bulk_load(path=sys.argv[1], format=pyoxigraph.RdfFormat.TURTLE)
            for s in store.query(open(sys.argv[2], encoding="utf-8").read()):
                print(s["S"].value + "," + s["E"].value)
            """
        let peer = try Command.run(
            "python3", ["-c", script, Self.graph, "Examples/sparql/huawei-partners.rq"])
        #expect(peer.status == 0, "\(peer.err)")
        let theirs = Set(peer.out.split(separator: "\n").map(String.init))
        #expect(Set(ours.map { "\($0["S"] ?? ""),\($0["E"] ?? "")" }) == theirs)
    }

    @Test func excelCSVStartsWithAByteOrderMarkAndPlainCSVDoesNot() throws {
        let arguments = [
            "sparql", "Examples/sparql/huawei-partners.rq", "--graph", Self.graph, "--format",
            "csv",
        ]
        let plain = try CLITests.vocgraph(arguments)
        let excel = try CLITests.vocgraph(arguments + ["--excel"])
        #expect(!plain.out.hasPrefix("\u{FEFF}"))
        #expect(excel.out.hasPrefix("\u{FEFF}S,S_label,E,E_label\r\n"))
        let tsv = try CLITests.vocgraph(Array(arguments.dropLast()) + ["tsv"])
        #expect(tsv.out.hasPrefix("?S\t?S_label\t?E\t?E_label\n"), "\(tsv.out)")
        let bare = try CLITests.vocgraph(arguments + ["--no-labels"])
        #expect(bare.out.hasPrefix("S,E\r\n"), "\(bare.out)")
    }
}
