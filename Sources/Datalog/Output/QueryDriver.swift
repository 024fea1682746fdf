import Foundation
import QueryResults
import RDF

/// What `vocgraph query` was asked to do.
public struct QueryRequest: Sendable {
    public var program: String
    public var file: String
    /// Relations to print besides `?-` queries and `.output` directives.
    public var outputs: [String] = []
    public var format: ResultFormat = .table
    /// A label column next to every IRI column (off with `--no-labels`).
    public var labels = true
    /// A byte-order mark before CSV (`--excel`).
    public var excelCSV = false
    public var showPlan = false
    public var explain = false
    public var explainFormat: ExplanationFormat = .text
    /// Print `RESULT a b …` (the first row of the last query) for the benchmark harness.
    public var resultLine = false
    public var options = EvaluationOptions()
    /// `relation=IRI` pairs to write as triples.
    public var materialize: [String] = []
    /// Rewrite queries with constants to compute only what they need (`MagicSets`); off for
    /// explanations, which show the program's own rules.
    public var demandDriven = true

    public init(program: String, file: String) {
        self.program = program
        self.file = file
    }
}

/// What `vocgraph query` prints.
public struct QueryReport: Sendable {
    /// Standard output.
    public var text = ""
    /// The warnings, as values: the CLI renders them (`DiagnosticRenderer`) with the program.
    public var diagnostics: [Diagnostic] = []
    /// The program the diagnostics point into.
    public var source = ""

    /// The warnings rendered with their source lines (the REPL's and the tests' view).
    public var warnings: String { DiagnosticRenderer(source: source).render(diagnostics) }
    /// Derived triples requested with `--materialize`.
    public var materialized: [Triple] = []
}

/// A failed run: every diagnostic, as values, with the program text they point into.
public struct QueryFailure: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, sorted by location.
    public var diagnostics: [Diagnostic]
    /// The program, for the source lines under each diagnostic.
    public var source: String

    public init(_ diagnostics: [Diagnostic], source: String) {
        self.diagnostics = Diagnostic.sorted(diagnostics)
        self.source = source
    }

    /// The diagnostics as the CLI prints them (tests and the REPL use the same renderer).
    public var rendered: String { DiagnosticRenderer(source: source).render(diagnostics) }
    public var description: String { rendered }
}

/// Parses, checks, evaluates and formats a program: the whole of `vocgraph query` below the CLI.
public enum QueryDriver {
    /// Parses and checks a program.
    public static func check(_ source: String, file: String) throws(DiagnosticList)
        -> CheckedProgram
    {
        var parser = Parser(source: source, file: file)
        let syntax = try parser.parse()
        return try Analyzer.check(syntax)
    }

    public static func run(_ request: QueryRequest, facts: Graph) throws(QueryFailure)
        -> QueryReport
    {
        var program: CheckedProgram
        do {
            program = try check(request.program, file: request.file)
        } catch {
            throw QueryFailure(error.diagnostics, source: request.program)
        }
        var report = QueryReport()
        var options = request.options
        options.trackProvenance = options.trackProvenance || request.explain
        var extra: [RelationID] = []
        var problems: [Diagnostic] = []
        for name in request.outputs {
            if let id = program.relation(named: name) {
                extra.append(id)
            } else {
                problems.append(.error("no relation named '\(name)' (--relation)", at: nil))
            }
        }
        var materialize: [(RelationID, IRI)] = []
        for spec in request.materialize {
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let id = program.relation(named: parts[0]) else {
                problems.append(
                    .error(
                        "--materialize expects RELATION=IRI with a defined relation, got '\(spec)'",
                        at: nil))
                continue
            }
            guard program.relations[id].arity == 2 else {
                problems.append(
                    .error(
                        "--materialize: '\(parts[0])' has \(program.relations[id].arity) columns; only binary relations become triples",
                        at: nil))
                continue
            }
            let iri =
                program.prefixes.expand(parts[1])
                ?? IRI(unchecked: parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "<>")))
            materialize.append((id, iri))
        }
        if !problems.isEmpty {
            throw QueryFailure(problems, source: request.program)
        }
        var demand: [String] = []
        if request.demandDriven && !request.explain,
            let rewritten = MagicSets.rewrite(program, keep: extra + materialize.map(\.0))
        {
            program = rewritten.program
            demand = rewritten.summary
        }
        let evaluation = Evaluation(program: program, facts: facts, options: options)
        let loadStart = Date()
        do {
            try evaluation.run()
        } catch {
            throw QueryFailure([error], source: request.program)
        }
        let seconds = Date().timeIntervalSince(loadStart)
        let warnings = program.warnings + evaluation.emptyRelationWarnings()
        report.diagnostics = warnings
        report.source = request.program
        let formatter = ResultFormatter(prefixes: program.prefixes)
        let labels = request.labels ? LabelLookup(graph: facts) : nil
        var text = ""
        if request.showPlan {
            if !demand.isEmpty { text += demand.joined(separator: "\n") + "\n\n" }
            text +=
                evaluation.executedPlans.map {
                    $0.describe(program: program, terms: evaluation.terms)
                }
                .joined(separator: "\n") + "\n\n"
        }
        let sets = evaluation.resultSets(extra: extra, formatter: formatter)
        if request.resultLine {
            let row = sets.last?.rows.first ?? []
            text +=
                "RESULT "
                + row.map { term -> String in
                    guard let term else { return "" }
                    if case .literal(let l) = term { return l.lexical }
                    return formatter.compact(term)
                }.joined(separator: " ") + "\n"
            text += String(format: "QUERY_S %.3f\n", seconds)
        } else if request.explain {
            let explainer = Explainer(
                evaluation: evaluation, facts: facts, formatter: formatter, labels: labels)
            text += explainer.explainQueries(format: request.explainFormat)
        } else {
            var writer = ResultWriter(prefixes: program.prefixes, labels: labels)
            writer.excelCSV = request.excelCSV
            text += writer.write(sets, format: request.format)
        }
        for (id, iri) in materialize {
            for tuple in evaluation.tuples(of: id) {
                report.materialized.append(Triple(tuple[0], .iri(iri), tuple[1]))
            }
        }
        report.text = text
        return report
    }
}
