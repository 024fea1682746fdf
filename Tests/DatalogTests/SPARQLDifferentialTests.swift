import Foundation
import RDF
import RaptorIO
import TestSupport
import Testing

@testable import Datalog

/// Our answers vs pyoxigraph's SPARQL answers on random graphs exported to Turtle.
@Suite struct SPARQLDifferentialTests {
    /// The Datalog side of each query in sparql_diff.py.
    static let program = """
        @prefix ex: <http://example.org/> .
        join(X, Z) :- ex:e(X, Y), ex:f(Y, Z).
        path(X, Y) :- ex:e(X, Y).
        path(X, Z) :- path(X, Y), ex:e(Y, Z).
        out(X) :- ex:e(X, _).
        notexists(X) :- ex:A(X), not out(X).
        count(X, N) :- ex:e(X, _), N = count : { ex:e(X, _) }.
        fstar(X, X) :- ex:e(_, X).
        fstar(X, Z) :- fstar(X, Y), ex:f(Y, Z).
        step(X, Y) :- ex:A(X), ex:e(X, Y).
        reachA(Y) :- step(X, M), fstar(M, Y), X != Y.
        """

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("sparql_diff.py")

    static func python(_ arguments: [String]) throws -> (Int32, String) {
        let outcome = try Command.run("python3", arguments)
        return (outcome.status, outcome.out)
    }

    /// Makes sure pyoxigraph can be imported, installing it with pip when it cannot.
    static func ensurePyoxigraph() throws -> Bool {
        if try python(["-c", "import pyoxigraph"]).0 == 0 { return true }
        _ = try python(["-m", "pip", "install", "-q", "pyoxigraph", "rdflib"])
        return try python(["-c", "import pyoxigraph"]).0 == 0
    }

    static func cell(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "<\(iri.string)>"
        case .literal(let l): return l.lexical
        case .blank(let b): return "_:\(b.id)"
        }
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func answersMatchPyoxigraph(seed: UInt64) throws {
        try #require(
            try SPARQLDifferentialTests.ensurePyoxigraph(),
            "pyoxigraph is needed (pip install pyoxigraph)")
        let graph = RandomGraphs.graph(seed: seed, nodes: 40, edges: 90)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vocgraph-sparql-\(seed).ttl")
        try RDFWriter().write(graph, format: .turtle, to: file.path)
        defer { try? FileManager.default.removeItem(at: file) }
        let (status, output) = try SPARQLDifferentialTests.python([
            SPARQLDifferentialTests.script.path, file.path,
        ])
        try #require(status == 0, "sparql_diff.py failed")
        var expected: [String: [String]] = [:]
        var current = ""
        for line in output.split(separator: "\n", omittingEmptySubsequences: false)
        where !line.isEmpty {
            if line.hasPrefix("# ") {
                current = String(line.dropFirst(2)); expected[current] = []
            } else {
                expected[current, default: []].append(String(line))
            }
        }
        let program = try QueryDriver.check(SPARQLDifferentialTests.program, file: "sparql.dl")
        let evaluation = Evaluation(program: program, facts: graph)
        try evaluation.run()
        #expect(expected.count == 5)
        for (name, rows) in expected {
            let id = try #require(program.relation(named: name))
            let ours = evaluation.tuples(of: id).map {
                $0.map(SPARQLDifferentialTests.cell).joined(separator: "\t")
            }.sorted()
            #expect(ours == rows, "query \(name), seed \(seed)")
            if name == "join" || name == "path" { #expect(!ours.isEmpty) }
        }
    }
}
