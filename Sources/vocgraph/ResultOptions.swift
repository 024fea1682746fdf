import ArgumentParser
import Datalog
import QueryResults

/// How `query` and `sparql` print answers.
struct ResultOptions: ParsableArguments {
    @Option(help: "Output format: table, csv, tsv (SPARQL TSV), json (SPARQL JSON).")
    var format: ResultFormat = .table
    @Flag(name: .customLong("no-labels"), help: "No X_label column beside IRI columns.")
    var noLabels = false
    @Flag(help: "Begin CSV with a UTF-8 byte-order mark, so that Excel shows Chinese.")
    var excel = false

    func validate() throws {
        if excel && format != .csv { throw ValidationError("--excel applies to --format csv only") }
    }

    func configure(_ request: inout QueryRequest) {
        request.format = format
        request.labels = !noLabels
        request.excelCSV = excel
    }

    /// A writer for `sparql`, with labels from `labels` unless `--no-labels`.
    func writer(labels: LabelLookup) -> ResultWriter {
        var writer = ResultWriter(prefixes: .standard, labels: noLabels ? nil : labels)
        writer.excelCSV = excel
        return writer
    }
}

extension ResultFormat: ExpressibleByArgument {}
