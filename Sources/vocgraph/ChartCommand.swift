import ArgumentParser
import RDF
import Trace

/// `vocgraph chart`: SVG charts of the graph's figures.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a metric across years and regions, or a policy's targets.",
        subcommands: [MetricChartCommand.self, TargetsChartCommand.self])
}

/// `vocgraph chart metric METRIC --graph …`.
struct MetricChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metric",
        abstract: "One metric across years, a line per region (region-wide figures only).")

    @Argument(help: "The metric: its IRI, its slug (full-time-teachers) or its wording.")
    var metric: String
    @Option(name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to read.")
    var graphs: [String]
    @Option(name: .shortAndLong, help: "The SVG file (default: stdout).") var output: String?
    @OptionGroup var graphInputs: GraphInputs

    func run() throws {
        try CLI.run {
            let graph = try graphInputs.load(graphs)
            guard let series = MetricSeries(graph: graph, metric: metric) else {
                let known = MetricSeries.metrics(in: graph).prefix(12).map {
                    "  \($0.iri.replacingOccurrences(of: Vocab.vgi.namespace, with: "vgi:")) \($0.label) (\($0.count))"
                }
                CLI.printError(
                    "no observation has metric \"\(metric)\"; the most observed:\n"
                        + known.joined(separator: "\n"))
                throw ExitCode(1)
            }
            try CLI.emit(MetricChart(series: series).svg(), to: output, protecting: graphs)
        }
    }
}

/// `vocgraph chart targets POLICY --graph …`.
struct TargetsChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "Target against observed value for each measured task of a policy.")

    @Argument(help: "The policy: its 文号, title or part of it, file name, or IRI.")
    var policy: String
    @Option(name: .customLong("graph"), parsing: .upToNextOption, help: "RDF files to read.")
    var graphs: [String]
    @Option(name: .shortAndLong, help: "The SVG file (default: stdout).") var output: String?
    @OptionGroup var graphInputs: GraphInputs

    func run() throws {
        try CLI.run {
            let graph = try graphInputs.load(graphs)
            let report = TraceReport(graph: graph)
            let selection = PolicySelection(graph: graph, rows: report.rows)
            let chosen = selection.matches(policy)
            guard !chosen.isEmpty else {
                CLI.printError(selection.unknown(policy))
                throw ExitCode(1)
            }
            let names = Set(chosen.map(\.rowName))
            let title = chosen.map { $0.titles.first ?? $0.rowName }.joined(separator: "；")
            let chart = TargetChart(
                rows: report.rows.filter { names.contains($0.policy) }, title: title)
            try CLI.emit(chart.svg(), to: output, protecting: graphs)
        }
    }
}
