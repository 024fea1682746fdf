import ArgumentParser
import Extraction
import Foundation

/// `vocgraph metrics --unmapped FILE…`: metric wordings that map to no vocabulary concept.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract:
            "List the metric wordings of documents, mapped to concepts of Ontology/metrics.ttl.")

    @Argument(help: "Text documents.")
    var files: [String]

    @Flag(help: "List only wordings that map to no concept (to grow the vocabulary).")
    var unmapped = false

    func run() throws {
        try CLI.run {
            let recognizer = FigureRecognizer()
            var counts: [String: Int] = [:]
            var concepts: [String: String] = [:]
            for path in files {
                let report = recognizer.report(for: try Document(contentsOf: path))
                let wordings =
                    report.observations.map { ($0.metric, $0.concept) }
                    + report.targets.compactMap { t in
                        t.value == nil ? nil : t.metric.map { ($0, t.concept) }
                    }
                for (metric, concept) in wordings {
                    counts[metric, default: 0] += 1
                    if let concept { concepts[metric] = concept }
                }
            }
            var lines: [String] = []
            for (metric, count) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                if let concept = concepts[metric] {
                    if !unmapped { lines.append("\(count)\t\(metric)\t\(concept)") }
                } else {
                    lines.append("\(count)\t\(metric)\t-")
                }
            }
            try CLI.emit(lines.joined(separator: "\n") + "\n", to: nil)
        }
    }
}
