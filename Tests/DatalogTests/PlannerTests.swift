import Foundation
import RDF
import Testing

@testable import Datalog

/// The planner orders bodies by bound columns and sizes, so the written order does not matter.
@Suite struct PlannerTests {
    static func permutations<T>(_ items: [T]) -> [[T]] {
        guard items.count > 1 else { return [items] }
        var out: [[T]] = []
        for (i, item) in items.enumerated() {
            var rest = items
            rest.remove(at: i)
            for tail in permutations(rest) { out.append([item] + tail) }
        }
        return out
    }

    /// Runs `head :- body` for every order of the body; returns (answers, plan steps) per order.
    static func runAll(head: String, body: [String], graph: Graph) throws -> [(Set<[Term]>, String)]
    {
        var out: [(Set<[Term]>, String)] = []
        for order in permutations(body) {
            let source =
                "@prefix ex: <http://example.org/> .\n\(head) :- \(order.joined(separator: ", ")).\n"
            let program = try QueryDriver.check(source, file: "perm.dl")
            let evaluation = Evaluation(program: program, facts: graph)
            try evaluation.run()
            guard let id = program.relation(named: String(head.prefix { $0 != "(" })) else {
                continue
            }
            let plan = evaluation.executedPlans.last { $0.head == id }
            // The steps without the rule's text (which shows the written order).
            let steps =
                plan?.describe(program: program, terms: evaluation.terms)
                .split(separator: "\n").dropFirst().joined(separator: "\n") ?? ""
            out.append((Set(evaluation.tuples(of: id)), steps))
        }
        return out
    }

    // q(A, D) :- ex:e(A, B), ex:f(B, C), ex:e(C, D), ex:A(A).
    @Test func fourAtomBodyEveryOrder() throws {
        let graph = RandomGraphs.graph(seed: 11, nodes: 60, edges: 300)
        let results = try PlannerTests.runAll(
            head: "q(A, D)", body: ["ex:e(A, B)", "ex:f(B, C)", "ex:e(C, D)", "ex:A(A)"],
            graph: graph)
        #expect(results.count == 24)
        let first = try #require(results.first)
        #expect(!first.0.isEmpty)
        for (answers, steps) in results {
            #expect(answers == first.0)
            #expect(steps == first.1)
        }
    }

    // tri(A, B, C) :- ex:e(A, B), ex:e(B, C), ex:e(C, A).
    @Test func triangleEveryOrder() throws {
        let graph = RandomGraphs.graph(seed: 12, nodes: 40, edges: 400)
        let results = try PlannerTests.runAll(
            head: "tri(A, B, C)", body: ["ex:e(A, B)", "ex:e(B, C)", "ex:e(C, A)", "A != B"],
            graph: graph)
        let first = try #require(results.first)
        #expect(!first.0.isEmpty)
        for (answers, steps) in results {
            #expect(answers == first.0)
            #expect(steps == first.1)
        }
    }

    @Test func joinUsesIndexOnBoundColumn() throws {
        let source = "@prefix ex: <http://example.org/> .\np(X, Z) :- ex:e(X, Y), ex:f(Y, Z).\n"
        let program = try QueryDriver.check(source, file: "p.dl")
        let evaluation = Evaluation(program: program, facts: RandomGraphs.graph(seed: 3))
        try evaluation.run()
        let text = evaluation.executedPlans.map {
            $0.describe(program: program, terms: evaluation.terms)
        }.joined()
        #expect(text.contains("via index on columns"))
        #expect(!text.contains("for ex:f(Y, Z)\n    for ex:e(X, Y)\n"))
    }
}

@Suite struct LimitTests {
    static let runaway = """
        @prefix ex: <http://example.org/> .
        n(0).
        n(M) :- n(K), M = K + 1.
        """

    @Test func maxFactsStopsRunawayProgram() throws {
        var request = QueryRequest(program: LimitTests.runaway, file: "r.dl")
        request.options.maxFacts = 10_000
        #expect {
            _ = try QueryDriver.run(request, facts: Graph())
        } throws: { error in
            "\(error)".contains("more than 10000 facts")
        }
    }

    @Test func timeoutStopsRunawayProgram() throws {
        var request = QueryRequest(program: LimitTests.runaway, file: "r.dl")
        request.options.timeout = 0.5
        let start = Date()
        #expect {
            _ = try QueryDriver.run(request, facts: Graph())
        } throws: { error in
            "\(error)".contains("time limit")
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func materializeBinaryRelation() throws {
        var request = QueryRequest(
            program:
                "@prefix ex: <http://example.org/> .\nreach(X, Z) :- ex:e(X, Z).\nreach(X, Z) :- reach(X, Y), ex:e(Y, Z).\n",
            file: "m.dl")
        request.materialize = ["reach=ex:reaches"]
        let graph = RandomGraphs.graph(seed: 5)
        let report = try QueryDriver.run(request, facts: graph)
        let program = try QueryDriver.check(request.program, file: "m.dl")
        let evaluation = Evaluation(program: program, facts: graph)
        try evaluation.run()
        let reach = try #require(program.relation(named: "reach"))
        #expect(report.materialized.count == evaluation.count(of: reach))
        #expect(
            report.materialized.allSatisfy { $0.predicate == .iri("http://example.org/reaches") })
    }
}

@Suite struct ReplTests {
    @Test func pipedSession() {
        let session = ReplSession(graph: RandomGraphs.graph(seed: 2))
        var output = ""
        let input = [
            "@prefix ex: <http://example.org/> .", "p(X, Y) :- ex:e(X, Y).", "?- p(X,",
            "  Y), X = Y.",
            "bad(X) :- q(.", ":history", ":help", ":quit", "?- p(X, Y).",
        ]
        var quit = false
        for line in input where !quit {
            let response = session.handle(line)
            output += response.output
            quit = response.isQuit
        }
        #expect(output.contains("?- p(X, Y), X = Y."))
        #expect(output.contains("error: expected a term or expression"))
        #expect(output.contains("4  bad(X) :- q(."))
        #expect(output.contains(":quit"))
        #expect(session.statements.count == 2)
        #expect(session.history.count == 7)
    }
}

extension ReplTests {
    /// `%` between operands is the remainder in the REPL too; after a statement it is a comment.
    @Test func remainderAndCommentsInTheRepl() {
        let session = ReplSession(graph: Graph())
        var output = ""
        for line in [
            "n(7). n(8).   % two facts", "r(X, M) :- n(X),", "  M = X % 3.", "?- r(X, M).",
        ] {
            let response = session.handle(line)
            #expect(!response.isQuit)
            output += response.output
        }
        #expect(session.statements.count == 2, "\(session.statements)")
        #expect(output.contains("7  1"), "\(output)")
        #expect(output.contains("8  2"), "\(output)")
    }

    /// The REPL runs with the default memory guard.
    @Test func replHasAMemoryGuard() {
        let session = ReplSession(graph: Graph())
        #expect(session.options.maxMemory == EvaluationOptions.defaultMaxMemory)
        session.options.maxMemory = 10_000_000
        _ = session.handle("s(\"ab\"). s(Y) :- s(X), Y = concat(X, X).")
        let response = session.handle("?- s(X), strlen(X) = 1.")
        #expect(response.output.contains("--max-memory"), "\(response.output)")
    }
}
