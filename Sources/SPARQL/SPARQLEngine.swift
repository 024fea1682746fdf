import Foundation
import QueryResults
import RDF

/// What a SPARQL query answers.
public enum SPARQLAnswer: Sendable {
    /// SELECT: a table (ASK gives a boolean ``ResultSet``).
    case table(ResultSet)
    /// CONSTRUCT or DESCRIBE: triples.
    case graph(Graph)
}

/// Runs SPARQL 1.1 queries over our graphs through Rasqal: the whole of `vocgraph sparql` below
/// the CLI.
public enum SPARQLEngine {
    /// Rasqal compiles REGEX patterns with the C library's `regcomp`, which reads pattern and
    /// text in the process's character locale. In the default "C" locale `.` is one byte, a
    /// third of a Chinese character, so `regex(?name, "职业.{2}学")` missed 职业技术学院; under
    /// C.UTF-8 it is one character, as SPARQL says. Set once, for the character type only.
    private static let utf8Locale: Bool = {
        if let current = setlocale(LC_CTYPE, nil),
            String(cString: current).uppercased().contains("UTF-8")
        {
            return true
        }
        return setlocale(LC_CTYPE, "C.UTF-8") != nil
    }()

    /// Parses `text` and runs it over `graph`.
    ///
    /// Rows of a query without ORDER BY are sorted by their N-Triples form, so output does not
    /// depend on Rasqal's hash order; an ORDER BY keeps Rasqal's order.
    /// - Parameter file: the query's file name, for error positions.
    /// - Throws: ``SPARQLError`` with the line (and column) of a syntax error, or `.unsupported`
    ///   for SPARQL 1.1 features Rasqal lacks (``SPARQLLimits``).
    public static func run(_ text: String, file: String, over graph: Graph) throws(SPARQLError)
        -> SPARQLAnswer
    {
        _ = SPARQLEngine.utf8Locale
        let world = try RasqalWorld()
        let query = try RasqalQuery(world: world, text: text, file: file)
        try query.setData(graph)
        let results = try query.execute()
        if results.isBoolean {
            return .table(ResultSet(title: file, boolean: try results.boolean()))
        }
        if results.isGraph {
            return .graph(Graph(try results.triples()))
        }
        guard results.isBindings else {
            throw SPARQLError(
                .unsupported, file: file,
                message: "only SELECT, ASK, CONSTRUCT and DESCRIBE are supported")
        }
        var (columns, rows) = try results.rows()
        if columns.isEmpty { columns = query.projectedVariables }
        if !query.isOrdered {
            rows = rows.map {
                (key: $0.map { $0?.description ?? "" }.joined(separator: "\t"), row: $0)
            }
            .sorted { $0.key < $1.key }.map(\.row)
        }
        return .table(ResultSet(title: file, columns: columns, rows: rows))
    }
}
