import Foundation
import QueryResults
import RDF

/// The state behind `vocgraph repl`: a graph loaded once, rules added line by line, `?-` queries
/// answered against everything added so far, and a history kept in memory.
public final class ReplSession {
    private let graph: Graph
    /// Accepted statements (prefixes, facts, rules, directives), in order.
    public private(set) var statements: [String] = []
    /// Every complete input, in order.
    public private(set) var history: [String] = []
    private var pending = ""
    public var format: ResultFormat = .table
    /// Limits of every query's evaluation.
    public var options = EvaluationOptions(maxMemory: EvaluationOptions.defaultMaxMemory)

    public init(graph: Graph) { self.graph = graph }

    public static let help = """
        Enter rules and facts ending with '.', and queries as '?- body.'.
        Statements may span lines; a statement ends at a '.' at the end of a line.
        Commands:
          :help             this text
          :list             the rules and facts entered so far
          :history          every input so far
          :format FORMAT    table, csv, tsv or json
          :explain ?- Q.    answer Q with derivation trees
          :plan ?- Q.       show the evaluation plan, then the answers
          :clear            forget every rule and fact
          :quit             leave (also end of input)

        """

    /// What the REPL prints for one line, and whether it should stop.
    public struct Response: Sendable {
        public var output: String
        public var isQuit: Bool
        /// True while a statement is incomplete (the prompt changes).
        public var needsMore: Bool
    }

    /// Handles one line of input.
    public func handle(_ line: String) -> Response {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if pending.isEmpty && trimmed.hasPrefix(":") {
            history.append(trimmed)
            return command(trimmed)
        }
        pending += (pending.isEmpty ? "" : "\n") + line
        let tokens = ReplSession.tokens(pending)
        guard let first = tokens.first, let last = tokens.last else {
            pending = ""
            return Response(output: "", isQuit: false, needsMore: false)
        }
        guard last.kind == .symbol(".") || first.kind == .directive(".output") else {
            return Response(output: "", isQuit: false, needsMore: true)
        }
        let input = pending
        pending = ""
        history.append(input)
        return Response(
            output: submit(input, explain: false, plan: false), isQuit: false, needsMore: false)
    }

    private func command(_ text: String) -> Response {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        let rest = parts.count > 1 ? parts[1] : ""
        switch parts[0] {
        case ":quit", ":q", ":exit": return Response(output: "", isQuit: true, needsMore: false)
        case ":help", ":h":
            return Response(output: ReplSession.help, isQuit: false, needsMore: false)
        case ":list":
            return Response(
                output: statements.map { $0 + "\n" }.joined(), isQuit: false, needsMore: false)
        case ":history":
            let lines = history.enumerated().map { "\($0.offset + 1)  \($0.element)\n" }.joined()
            return Response(output: lines, isQuit: false, needsMore: false)
        case ":clear":
            statements = []
            return Response(output: "cleared\n", isQuit: false, needsMore: false)
        case ":format":
            guard let f = ResultFormat(rawValue: rest) else {
                return Response(
                    output: "error: unknown format '\(rest)' (table, csv, tsv, json)\n",
                    isQuit: false, needsMore: false)
            }
            format = f
            return Response(output: "", isQuit: false, needsMore: false)
        case ":explain", ":plan":
            return Response(
                output: submit(rest, explain: parts[0] == ":explain", plan: parts[0] == ":plan"),
                isQuit: false, needsMore: false)
        default:
            return Response(
                output: "error: unknown command '\(parts[0])'; type :help\n", isQuit: false,
                needsMore: false)
        }
    }

    /// Checks a statement with the earlier ones; runs it when it is a query.
    private func submit(_ input: String, explain: Bool, plan: Bool) -> String {
        let isQuery = ReplSession.tokens(input).first?.kind == .symbol("?-")
        let program = (statements + [input]).joined(separator: "\n") + "\n"
        if !isQuery {
            do {
                let checked = try QueryDriver.check(program, file: "<repl>")
                statements.append(input)
                // Only the new statement's warnings: earlier ones were shown when they were entered.
                let firstLine = statements.dropLast().reduce(1) {
                    $0 + $1.split(separator: "\n", omittingEmptySubsequences: false).count
                }
                let mine = checked.warnings.filter { ($0.location?.line ?? 0) >= firstLine }
                return DiagnosticRenderer(source: program).render(mine)
            } catch {
                return DiagnosticRenderer(source: program).render(error.diagnostics)
            }
        }
        var request = QueryRequest(program: program, file: "<repl>")
        request.format = format
        request.options = options
        request.explain = explain
        request.showPlan = plan
        do {
            let report = try QueryDriver.run(request, facts: graph)
            let firstLine = statements.reduce(1) {
                $0 + $1.split(separator: "\n", omittingEmptySubsequences: false).count
            }
            let mine = report.diagnostics.filter { ($0.location?.line ?? firstLine) >= firstLine }
            return DiagnosticRenderer(source: program).render(mine) + report.text
        } catch {
            return error.rendered
        }
    }

    /// The tokens of an input, comments dropped (the lexer tells `X % 2` from `% note`).
    static func tokens(_ text: String) -> [Token] {
        var lexer = Lexer(source: text, file: "<repl>")
        return lexer.tokenize().filter { $0.kind != .end }
    }
}
