import Datalog
import QueryResults
import RDF

/// Runs a Datalog program from the query page on the explorer's graph.
///
/// The page is for questions, not for long jobs: every run has a time, fact and memory limit, and
/// hitting one is a `QueryError` (an HTTP 400 with the limit's message), never a hung server.
struct DatalogRunner: Sendable {
    let graph: Graph
    var options = EvaluationOptions(timeout: 20, maxFacts: 5_000_000, maxMemory: 1_000_000_000)

    /// One table per `?-` query and `.output` relation of `program`.
    ///
    /// - Throws: `QueryError` with every diagnostic rendered with its line and a caret.
    func run(_ program: String) throws(QueryError) -> [ResultTable] {
        let renderer = DiagnosticRenderer(source: program)
        var checked: CheckedProgram
        do {
            checked = try QueryDriver.check(program, file: "query.dl")
        } catch {
            throw QueryError(renderer.render(error.diagnostics))
        }
        if let rewritten = MagicSets.rewrite(checked) { checked = rewritten.program }
        let evaluation = Evaluation(program: checked, facts: graph, options: options)
        do {
            try evaluation.run()
        } catch {
            throw QueryError(renderer.render([error]))
        }
        let formatter = ResultFormatter(prefixes: checked.prefixes)
        return evaluation.resultSets(formatter: formatter).map { set in
            ResultTable(
                title: set.title, columns: set.columns, rows: set.rows.map { $0.map { $0 } })
        }
    }
}
