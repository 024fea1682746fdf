import RDF

/// The answers of one query: a table of bindings, or a yes/no answer when there are no columns.
///
/// Both engines fill it: a Datalog `?- partner(S, E).` gives columns `S`, `E` with every cell
/// bound; a SPARQL `OPTIONAL` leaves cells unbound (`nil`). An ASK query, or a Datalog query with
/// no variables, has no columns and one empty row for yes, none for no.
public struct ResultSet: Sendable, Equatable {
    /// `?- partner(S, E).`, a relation's name, or the query file.
    public var title: String
    /// Variable names, without `?`.
    public var columns: [String]
    /// Rows in the order the writer prints them (callers sort them).
    public var rows: [[Term?]]

    /// A table of bindings.
    public init(title: String, columns: [String], rows: [[Term?]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// An ASK-style answer.
    public init(title: String, boolean: Bool) {
        self.init(title: title, columns: [], rows: boolean ? [[]] : [])
    }

    /// True for an answer without columns (ASK, or a ground Datalog query).
    public var isBoolean: Bool { columns.isEmpty }
    /// The yes/no answer of a boolean result.
    public var boolean: Bool { !rows.isEmpty }
}

/// Output formats of `vocgraph query` and `vocgraph sparql`.
public enum ResultFormat: String, Sendable, CaseIterable {
    /// Aligned columns with compact IRIs, for reading in a terminal.
    case table
    /// SPARQL 1.1 Query Results CSV: plain values, opens in a spreadsheet.
    case csv
    /// SPARQL 1.1 Query Results TSV: `?S` header, terms in Turtle syntax.
    case tsv
    /// SPARQL 1.1 Query Results JSON (`application/sparql-results+json`).
    case json

    /// The format a file name asks for (`answers.csv` → `.csv`), if its extension names one.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName.hasSuffix("/") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        switch ext {
        case "csv": self = .csv
        case "tsv": self = .tsv
        case "json", "srj": self = .json
        case "txt": self = .table
        default: return nil
        }
    }
}
