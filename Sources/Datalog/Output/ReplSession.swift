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
    /// The statement being typed, and the input line it started on.
    private var typed = Input()
    /// Lines typed so far: `<repl>:12:5` is column 5 of the twelfth line typed.
    private var linesTyped = 0
    public var format: ResultFormat = .table
    /// Reads the text of a `:load` file (the CLI's reader: the library does no file I/O).
    public var loader: ((String) throws -> String)?
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
          :load FILE.dl     add a file's rules and facts, and answer its queries
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

    /// A statement being put together line by line, and where it started.
    private struct Input {
        var pending = ""
        var origin = SourceLocation(file: "<repl>", line: 1, column: 1)
    }

    /// Handles one line of input.
    public func handle(_ line: String) -> Response {
        linesTyped += 1
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if typed.pending.isEmpty && trimmed.hasPrefix(":") {
            history.append(trimmed)
            return command(trimmed)
        }
        return add(
            line, at: SourceLocation(file: "<repl>", line: linesTyped, column: 1), to: &typed)
    }

    /// Forgets the statement being typed (Ctrl-C), keeping every statement entered before.
    public func cancelInput() {
        typed.pending = ""
    }

    /// Adds `line` to `input`; submits the statement when the line completes it.
    private func add(_ line: String, at location: SourceLocation, to input: inout Input)
        -> Response
    {
        if input.pending.isEmpty { input.origin = location }
        input.pending += (input.pending.isEmpty ? "" : "\n") + line
        let tokens = ReplSession.tokens(input.pending)
        guard let first = tokens.first, let last = tokens.last else {
            input.pending = ""
            return Response(output: "", isQuit: false, needsMore: false)
        }
        guard last.kind == .symbol(".") || first.kind == .directive(".output") else {
            return Response(output: "", isQuit: false, needsMore: true)
        }
        let text = input.pending
        input.pending = ""
        if input.origin.file == "<repl>" { history.append(text) }
        return Response(
            output: submit(text, explain: false, plan: false, origin: input.origin),
            isQuit: false, needsMore: false)
    }

    /// `:load FILE`: every statement of the file in turn, its errors at the file's own lines.
    private func load(_ path: String) -> String {
        guard !path.isEmpty else { return "error: :load needs a file name\n" }
        guard let loader else { return "error: this session cannot read files\n" }
        let text: String
        do {
            text = try loader(path)
        } catch {
            return "error: \(error)\n"
        }
        var input = Input()
        var out = ""
        let before = statements.count
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let location = SourceLocation(file: path, line: index + 1, column: 1)
            out += add(String(line), at: location, to: &input).output
        }
        if !input.pending.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            out += "\(input.origin): error: the last statement does not end with '.'\n"
        }
        return out + "loaded \(path): \(statements.count - before) statement(s)\n"
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
            let origin = SourceLocation(file: "<repl>", line: linesTyped, column: 1)
            return Response(
                output: submit(
                    rest, explain: parts[0] == ":explain", plan: parts[0] == ":plan",
                    origin: origin),
                isQuit: false, needsMore: false)
        case ":load":
            return Response(
                output: load(rest.trimmingCharacters(in: .whitespaces)), isQuit: false,
                needsMore: false)
        default:
            return Response(
                output: "error: unknown command '\(parts[0])'; type :help\n", isQuit: false,
                needsMore: false)
        }
    }

    /// Checks a statement with the earlier ones; runs it when it is a query.
    /// - Parameter origin: where the statement was typed or read (`<repl>` line 12, or line 3
    ///   of a `:load`ed file): diagnostics point there, not into the session's whole program.
    private func submit(_ input: String, explain: Bool, plan: Bool, origin: SourceLocation)
        -> String
    {
        let isQuery = ReplSession.tokens(input).first?.kind == .symbol("?-")
        let program = (statements + [input]).joined(separator: "\n") + "\n"
        // The line of the session's program where `input` begins.
        let firstLine = statements.reduce(1) {
            $0 + $1.split(separator: "\n", omittingEmptySubsequences: false).count
        }
        func render(_ diagnostics: [Diagnostic]) -> String {
            ReplSession.render(diagnostics, of: input, startingAt: firstLine, origin: origin)
        }
        if !isQuery {
            do {
                let checked = try QueryDriver.check(program, file: "<repl>")
                statements.append(input)
                // Only the new statement's warnings: earlier ones were shown when they were entered.
                return render(checked.warnings.filter { ($0.location?.line ?? 0) >= firstLine })
            } catch {
                return render(error.diagnostics)
            }
        }
        var request = QueryRequest(program: program, file: "<repl>")
        request.format = format
        request.options = options
        request.explain = explain
        request.showPlan = plan
        do {
            let report = try QueryDriver.run(request, facts: graph)
            let mine = report.diagnostics.filter { ($0.location?.line ?? firstLine) >= firstLine }
            return render(mine) + report.text
        } catch {
            return error.diagnostics.isEmpty ? error.rendered : render(error.diagnostics)
        }
    }

    /// Diagnostics of `input` (which begins at line `firstLine` of the session's program) with
    /// their positions moved to where the input came from.
    static func render(
        _ diagnostics: [Diagnostic], of input: String, startingAt firstLine: Int,
        origin: SourceLocation
    ) -> String {
        func moved(_ location: SourceLocation?) -> SourceLocation? {
            guard var location, location.line >= firstLine else { return location }
            location.file = origin.file
            location.line = location.line - firstLine + origin.line
            return location
        }
        let shifted = diagnostics.map { diagnostic -> Diagnostic in
            var diagnostic = diagnostic
            diagnostic.location = moved(diagnostic.location)
            diagnostic.notes = diagnostic.notes.map { note in
                var note = note
                note.location = moved(note.location)
                return note
            }
            return diagnostic
        }
        // The renderer shows source lines by number: pad so that line `origin.line` is the
        // input's first line.
        let source = String(repeating: "\n", count: max(0, origin.line - 1)) + input
        return DiagnosticRenderer(source: source).render(shifted)
    }

    /// The tokens of an input, comments dropped (the lexer tells `X % 2` from `% note`).
    static func tokens(_ text: String) -> [Token] {
        var lexer = Lexer(source: text, file: "<repl>")
        return lexer.tokenize().filter { $0.kind != .end }
    }
}
