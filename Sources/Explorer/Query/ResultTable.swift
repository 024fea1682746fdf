import RDF

/// A table of query answers: named columns and rows of terms (nil where a variable is unbound).
///
/// Both query languages end here: a Datalog `?-` query and a SPARQL SELECT give the same table, so
/// the query page, the CSV download and `/sparql` render them the same way.
public struct ResultTable: Sendable, Equatable {
    /// What the table answers: `?- partner(S, E).` or `SELECT`.
    public var title: String
    /// Variable names without `?`.
    public var columns: [String]
    public var rows: [[Term?]]

    public init(title: String = "", columns: [String], rows: [[Term?]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}

/// A query the engine refused (syntax, analysis, a limit): the message an HTTP 400 carries.
public struct QueryError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A SPARQL engine the explorer can ask: `/sparql` and the query page's SPARQL half go through it.
///
/// The explorer has no SPARQL engine of its own; `vocgraph serve` plugs one in when the build has
/// it. Without one, `/sparql` answers 501 Not Implemented with a message saying so.
public protocol SPARQLService: Sendable {
    /// Runs a SELECT query (ASK answers may come as one row with one boolean column).
    ///
    /// - Throws: `QueryError` for a query the engine rejects, with the engine's message.
    func select(_ query: String) throws -> ResultTable
}
