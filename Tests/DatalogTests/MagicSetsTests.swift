import Foundation
import RDF
import Testing

@testable import Datalog

/// Demand-driven evaluation gives the answers of full evaluation.
@Suite struct MagicSetsTests {
    static let queries = """
        ?- path(ex:n3, Y).
        ?- path(X, ex:n5).
        ?- sg(ex:n1, Y).
        ?- sg(X, ex:n2).
        ?- both(ex:n2, Y).
        ?- notsym(ex:n4, Y).
        ?- two(X, ex:n7).
        ?- deg(ex:n3, N).
        ?- cyc(ex:n0).
        ?- sym(ex:n1, Y), path(Y, Z).
        ?- unreached(ex:n6).
        """

    static func answers(_ program: String, graph: Graph, demand: Bool) throws -> String {
        var request = QueryRequest(program: program, file: "m.dl")
        request.format = .tsv
        request.demandDriven = demand
        return GoldenCase.sortRows(try QueryDriver.run(request, facts: graph).text)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func boundQueriesMatchFullEvaluation(seed: UInt64) throws {
        let graph = RandomGraphs.graph(seed: seed)
        let program = RandomGraphs.program + "\n" + MagicSetsTests.queries + "\n"
        let full = try MagicSetsTests.answers(program, graph: graph, demand: false)
        let demand = try MagicSetsTests.answers(program, graph: graph, demand: true)
        #expect(demand == full, "seed \(seed)")
        #expect(full.split(separator: "\n").count > 20, "the queries should have answers")
    }

    /// `?- sg(c, Y).` over a tree derives a small part of `sg`, and `--plan` says so.
    @Test func boundQueryDerivesLessThanTheWholeRelation() throws {
        var lines = ["@prefix ex: <http://example.org/> ."]
        // A complete binary tree of 511 nodes: par(child, parent).
        for child in 2...511 { lines.append("par(\(child), \(child / 2)).") }
        lines.append("sg(X, Y) :- par(X, P), par(Y, P).")
        lines.append("sg(X, Y) :- par(X, A), sg(A, B), par(Y, B).")
        lines.append("?- sg(300, Y).")
        let source = lines.joined(separator: "\n") + "\n"
        let program = try QueryDriver.check(source, file: "sg.dl")
        let rewritten = try #require(MagicSets.rewrite(program))
        let full = Evaluation(program: program, facts: Graph())
        try full.run()
        let demand = Evaluation(program: rewritten.program, facts: Graph())
        try demand.run()
        let query = program.queries[0].relation
        #expect(demand.tuples(of: query) == full.tuples(of: query))
        #expect(full.tuples(of: query).count == 256)
        let derived = { (e: Evaluation) in
            e.program.relations.indices.filter { e.program.relations[$0].source == .derived }
                .reduce(0) { $0 + e.count(of: $1) }
        }
        #expect(derived(demand) * 20 < derived(full), "\(derived(demand)) vs \(derived(full))")
        var request = QueryRequest(program: source, file: "sg.dl")
        request.showPlan = true
        let text = try QueryDriver.run(request, facts: Graph()).text
        #expect(text.contains("demand: sg[bf] is sg for the values of argument 1"))
    }

    @Test func explanationsAndFreeQueriesAreNotRewritten() throws {
        let program = try QueryDriver.check(
            "e(1, 2). p(X, Y) :- e(X, Y).\n?- p(X, Y).\n", file: "f.dl")
        #expect(MagicSets.rewrite(program) == nil)
    }
}

extension MagicSetsTests {
    /// An aggregate that enumerates its groups keeps doing so: a constant with no tuples gets no
    /// row, not a count of 0.
    @Test func enumeratedGroupsAreNotBoundByDemand() throws {
        let program = """
            partner(1, 10). partner(2, 10). partner(1, 11).
            perEnt(E, N) :- N = count : { partner(_, E) }.
            ent(E, N) :- partner(_, E), N = count : { partner(_, E) }.
            ?- perEnt(12, N).
            ?- perEnt(10, N).
            ?- ent(10, N).
            ?- ent(12, N).
            """
        let full = try MagicSetsTests.answers(program, graph: Graph(), demand: false)
        let demand = try MagicSetsTests.answers(program, graph: Graph(), demand: true)
        #expect(demand == full)
        #expect(full.contains("?N\n\n?N\n2\n"), "\(full)")
    }
}

extension MagicSetsTests {
    /// A relation printed by `.output` or `--relation` is still computed in full.
    @Test func printedRelationsStayWhole() throws {
        let source = """
            par(1, 0). par(2, 0). par(3, 1). par(4, 2).
            sg(X, Y) :- par(X, P), par(Y, P).
            sg(X, Y) :- par(X, A), sg(A, B), par(Y, B).
            ?- sg(3, Y).
            """
        for (extra, outputs) in [("\n.output sg\n", [String]()), ("\n", ["sg"])] {
            var request = QueryRequest(program: source + extra, file: "o.dl")
            request.format = .tsv
            request.outputs = outputs
            let demand = try QueryDriver.run(request, facts: Graph()).text
            request.demandDriven = false
            let full = try QueryDriver.run(request, facts: Graph()).text
            #expect(GoldenCase.sortRows(demand) == GoldenCase.sortRows(full))
            #expect(full.contains("4\t4"), "\(full)")
        }
    }
}
