import Foundation
import RDF
import Testing

@testable import Datalog

/// A seeded linear congruential generator, so every run builds the same graphs.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 6364136223846793005 &+ 1442695040888963407 }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state ^ (state >> 29)
    }
}

enum RandomGraphs {
    static let ex = "http://example.org/"

    /// A random graph over `nodes` nodes with properties ex:e and ex:f and a class ex:A.
    static func graph(seed: UInt64, nodes: Int = 30, edges: Int = 60) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var triples: [Triple] = []
        func node(_ i: Int) -> Term { .iri(ex + "n\(i)") }
        for _ in 0..<edges {
            triples.append(
                Triple(
                    node(Int.random(in: 0..<nodes, using: &rng)), .iri(ex + "e"),
                    node(Int.random(in: 0..<nodes, using: &rng))))
        }
        for _ in 0..<(edges / 2) {
            triples.append(
                Triple(
                    node(Int.random(in: 0..<nodes, using: &rng)), .iri(ex + "f"),
                    node(Int.random(in: 0..<nodes, using: &rng))))
        }
        for i in 0..<nodes where Bool.random(using: &rng) {
            triples.append(Triple(node(i), .iri(Vocab.rdf.type.string), .iri(ex + "A")))
        }
        return Graph(triples)
    }

    /// Recursion, negation, comparisons and aggregates over the random graph.
    static let program = """
        @prefix ex: <http://example.org/> .
        path(X, Y) :- ex:e(X, Y).
        path(X, Z) :- path(X, Y), ex:e(Y, Z).
        both(X, Y) :- path(X, Y), ex:f(X, Y).
        two(X, Z) :- ex:e(X, Y), ex:f(Y, Z), X != Z.
        unreached(X) :- ex:A(X), not path(X, _).
        deg(X, N) :- ex:A(X), N = count : { path(X, _) }.
        fan(Y, N) :- N = count distinct X : { ex:e(X, Y) }.
        total(T) :- T = sum N : { deg(_, N) }.
        cyc(X) :- path(X, X).
        sym(X, Y) :- path(X, Y), path(Y, X), X != Y.
        mx(M) :- M = max N : { deg(_, N) }.
        notsym(X, Y) :- path(X, Y), not sym(X, Y), not cyc(X).
        sg(X, Y) :- ex:e(X, P), ex:e(Y, P).
        sg(X, Y) :- ex:e(X, A), sg(A, B), ex:e(Y, B).
        """
}

@Suite struct DifferentialTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func semiNaiveMatchesNaive(seed: UInt64) throws {
        let graph = RandomGraphs.graph(seed: seed)
        let program = try QueryDriver.check(RandomGraphs.program, file: "random.dl")
        let evaluation = Evaluation(program: program, facts: graph)
        try evaluation.run()
        var naive = NaiveEvaluator(program: program, graph: graph)
        naive.run()
        var nonEmpty = 0
        for (id, info) in program.relations.enumerated()
        where info.source == .derived && !info.isHidden {
            let ours = Set(evaluation.tuples(of: id))
            #expect(ours == naive.relations[id], "relation \(info.name), seed \(seed)")
            if !ours.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty >= 8, "the random graph should exercise most rules")
    }
}
