import ArgumentParser
import Datalog
import QueryResults

/// How `query` and `sparql` print answers.
struct ResultOptions: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help:
            "Output format: table, csv, tsv (SPARQL TSV), json (SPARQL JSON); default table, or from -o's extension."
    )
    var explicitFormat: ResultFormat?
    @Flag(name: .customLong("no-labels"), help: "No X_label column beside IRI columns.")
    var noLabels = false
    @Flag(help: "Begin CSV with a UTF-8 byte-order mark, so that Excel shows Chinese.")
    var excel = false

    /// The format asked for, else the one `output`'s extension names, else a table.
    func format(output: String? = nil) throws -> ResultFormat {
        let implied = output.flatMap(ResultFormat.init(fileName:))
        if let explicitFormat, let implied, explicitFormat != implied, let output {
            throw ValidationError(
                "--format \(explicitFormat.rawValue) does not match '\(output)' (a .\(implied.rawValue) name); drop one of them"
            )
        }
        let chosen = explicitFormat ?? implied ?? .table
        if excel && chosen != .csv { throw ValidationError("--excel applies to CSV output only") }
        return chosen
    }

    var format: ResultFormat { explicitFormat ?? .table }

    func configure(_ request: inout QueryRequest) throws {
        request.format = try format()
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
