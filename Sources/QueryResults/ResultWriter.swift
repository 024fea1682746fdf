import RDF

/// Writes result sets in the formats of ``ResultFormat``, shared by `vocgraph query`, the REPL
/// and `vocgraph sparql`.
///
/// With a ``LabelLookup``, every column that holds an IRI gets a neighbour `X_label` with the
/// node's name, in every format: `S, S_label` = `vgi:o-5100e867baa1bfa6, 深圳市第二职业技术学校`.
/// The label column appears when any row of the column holds an IRI, so the header does not
/// depend on which rows happen to have labels.
public struct ResultWriter: Sendable {
    /// How tables spell terms.
    public var formatter: ResultFormatter
    /// Where label columns take names from; nil: no label columns (`--no-labels`).
    public var labels: LabelLookup?
    /// CSV for spreadsheet programs that guess the encoding (Excel): a UTF-8 byte-order mark
    /// first, without which they read Chinese as Windows-1252.
    public var excelCSV = false

    /// A writer shortening table IRIs with `prefixes`, naming nodes through `labels`.
    public init(prefixes: PrefixMap, labels: LabelLookup? = nil) {
        self.formatter = ResultFormatter(prefixes: prefixes)
        self.labels = labels
    }

    /// The suffix of label columns: `S` → `S_label`.
    public static let labelSuffix = "_label"

    /// `set` with a label column after each column that holds an IRI.
    public func labelled(_ set: ResultSet) -> ResultSet {
        guard let labels, !set.isBoolean else { return set }
        var columns: [String] = []
        var sources: [(index: Int, isLabel: Bool)] = []
        let taken = Set(set.columns)
        for (index, name) in set.columns.enumerated() {
            columns.append(name)
            sources.append((index, false))
            let holdsIRI = set.rows.contains { row in row[index]?.iri != nil }
            let labelName = name + ResultWriter.labelSuffix
            if holdsIRI && !taken.contains(labelName) {
                columns.append(labelName)
                sources.append((index, true))
            }
        }
        let rows = set.rows.map { row in
            sources.map { source -> Term? in
                guard source.isLabel else { return row[source.index] }
                return row[source.index].flatMap(labels.label).map(Term.literal)
            }
        }
        return ResultSet(title: set.title, columns: columns, rows: rows)
    }

    /// Every set in `format`; several sets are separated by a blank line (table, CSV, TSV) or
    /// written as a JSON array of result documents.
    public func write(_ sets: [ResultSet], format: ResultFormat) -> String {
        let shown = sets.map(labelled)
        switch format {
        case .table: return shown.map(table).joined(separator: "\n")
        case .csv:
            return (excelCSV ? "\u{FEFF}" : "") + shown.map(csv).joined(separator: "\r\n")
        case .tsv: return shown.map(tsv).joined(separator: "\n")
        case .json:
            if shown.count == 1 { return json(shown[0]) + "\n" }
            return "[\n" + shown.map { json($0) }.joined(separator: ",\n") + "\n]\n"
        }
    }
}
