import Foundation
import RDF
import Testing

@testable import Datalog

/// The reproductions of the reliability report: each ends in a diagnostic, never a signal.
@Suite struct GuardTests {
    static func run(
        _ program: String, _ options: EvaluationOptions = .init(), facts: Graph = Graph()
    )
        throws(QueryFailure) -> QueryReport
    {
        var request = QueryRequest(program: program, file: "g.dl")
        request.format = .tsv
        request.options = options
        return try QueryDriver.run(request, facts: facts)
    }

    /// The first diagnostic of a failing program.
    static func failure(_ program: String, _ options: EvaluationOptions = .init()) -> Diagnostic? {
        do {
            _ = try run(program, options)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test(arguments: [
        (
            "p(X) :- X = " + String(repeating: "(", count: 10_000) + "1"
                + String(repeating: ")", count: 10_000) + ".", 13 + Parser.maxExpressionDepth
        ),
        (
            "p(X) :- X = " + String(repeating: "- ", count: 100_000) + "1.",
            13 + 2 * Parser.maxExpressionDepth
        ),
        (
            "p(X) :- X = " + Array(repeating: "1", count: 20_000).joined(separator: " + ") + ".",
            13 + 4 * Parser.maxExpressionDepth - 2
        ),
    ])
    func deepExpressionsAreRefusedAtThePosition(_ program: String, column: Int) throws {
        let diagnostic = try #require(GuardTests.failure(program))
        #expect(diagnostic.message.contains("nested too deeply"), "\(diagnostic.message)")
        #expect(diagnostic.location?.line == 1)
        #expect(diagnostic.location?.column == column)
    }

    @Test func expressionsUpToTheDepthAreAccepted() throws {
        let terms = Parser.maxExpressionDepth - 1
        let sum = Array(repeating: "1", count: terms).joined(separator: " + ")
        let report = try GuardTests.run("p(X) :- X = \(sum).\n?- p(X).\n")
        #expect(report.text.contains("\(terms)"), "\(report.text)")
    }

    @Test func integerEdgesFromTheGraphDoNotTrap() throws {
        let ex = "http://example.org/"
        let graph = Graph([
            Triple(
                .iri(ex + "a"), .iri(ex + "v"),
                .literal(Literal("-9223372036854775808", datatype: Vocab.xsd.integer)))
        ])
        let program = """
            @prefix ex: <http://example.org/> .
            n(Y, A, L) :- ex:v(_, X), Y = -X, A = abs(X), L = substr("abc", X, X).
            ?- n(Y, A, L).
            """
        let report = try GuardTests.run(program, facts: graph)
        #expect(
            report.text.contains("9223372036854775808.0\t9223372036854775808.0"), "\(report.text)")
    }

    @Test func timeoutStopsAPathologicalRegex() throws {
        let text = String(repeating: "a", count: 5_000) + "b"
        let program = "t(\"\(text)\").\nm(T) :- t(T), regex(T, \"(.*a){12}$\").\n?- m(T).\n"
        let diagnostic = try #require(
            GuardTests.failure(program, EvaluationOptions(timeout: 0.3)))
        #expect(diagnostic.message.contains("regular expression ran past the time limit"))
        #expect(diagnostic.location?.line == 2)
        #expect(diagnostic.location?.column == 15)
    }

    @Test func memoryGuardStopsDoublingStrings() throws {
        let program = "s(\"ab\").\ns(Y) :- s(X), Y = concat(X, X).\n?- s(X), strlen(X) = 1.\n"
        let diagnostic = try #require(
            GuardTests.failure(program, EvaluationOptions(maxMemory: 20_000_000)))
        #expect(diagnostic.message.contains("--max-memory"), "\(diagnostic.message)")
        #expect(diagnostic.location?.line == 2)
    }

    /// 5,000 rules in a chain of 5,000 strata: each stratum looks only at its own rules and
    /// relations (this took minutes when every stratum scanned every rule and relation).
    @Test func longRuleChainsEvaluate() throws {
        let n = 5_000
        var lines = ["r0(1)."]
        for i in 1..<n { lines.append("r\(i)(X) :- r\(i - 1)(X).") }
        lines.append("?- r\(n - 1)(X).")
        let report = try GuardTests.run(lines.joined(separator: "\n") + "\n")
        #expect(report.text.hasSuffix("X\n1\n"), "\(report.text.suffix(40))")
    }

    @Test func aggregateOverflowBecomesDecimal() throws {
        let program = """
            v(9223372036854775807). v(1).
            t(S) :- S = sum X : { v(X) }.
            ?- t(S).
            """
        let report = try GuardTests.run(program)
        #expect(report.text.contains("9223372036854775808.0"), "\(report.text)")
    }
}

extension GuardTests {
    /// A 250,000-character line is shown as a window around the column, and a huge token is
    /// cut in the message.
    @Test func longLinesAreTrimmedInDiagnostics() throws {
        let program = "p(X) :- X = " + String(repeating: "a", count: 250_000) + "."
        do {
            _ = try GuardTests.run(program)
            Issue.record("the program should fail")
        } catch {
            let text = error.rendered
            #expect(text.count < 1_000, "\(text.prefix(300))")
            #expect(text.contains("1:250013: error: expected '(' after 'aaaa"))
            #expect(text.contains("…"))
            let lines = text.split(separator: "\n")
            // The caret sits under the column within the window.
            #expect(lines.count == 3)
            // The caret is under the final ".", the last character shown.
            #expect(lines[1].unicodeScalars.count == lines[2].unicodeScalars.count)
        }
    }
}
