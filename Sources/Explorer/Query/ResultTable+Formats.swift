import QueryResults
import RDF

/// The SPARQL 1.1 query results formats: JSON, CSV and TSV.
public enum ResultsFormat: String, Sendable, CaseIterable {
    case json, csv, tsv

    /// The media type each is served as.
    public var mediaType: String {
        switch self {
        case .json: return "application/sparql-results+json; charset=utf-8"
        case .csv: return "text/csv; charset=utf-8"
        case .tsv: return "text/tab-separated-values; charset=utf-8"
        }
    }
}

extension ResultTable {
    /// The table in `format`, written by QueryResults' `ResultWriter`, the writer `vocgraph
    /// query` and `vocgraph sparql` use, so the explorer's `/sparql` answers byte for byte as
    /// the command line does (no label columns: a SPARQL client asked for these variables).
    public func rendered(_ format: ResultsFormat) -> String {
        let writer = ResultWriter(prefixes: PrefixMap())
        let set = ResultSet(title: title, columns: columns, rows: rows)
        switch format {
        case .json: return writer.write([set], format: .json)
        case .csv: return writer.write([set], format: .csv)
        case .tsv: return writer.write([set], format: .tsv)
        }
    }

    /// SPARQL 1.1 CSV: plain values, RFC 4180 quoting, CRLF line ends.
    public func csv() -> String { rendered(.csv) }
}
