import ArgumentParser
import Extraction
import Foundation
import RaptorIO

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract many reports (in parallel) and write one merged graph with provenance.",
        discussion: DocumentKinds.help
            + " A build that skips a file exits 1 and writes nothing unless --keep-going; one with no"
            + " usable document always fails. Side files NAME.meta.json or a folder's documents.csv"
            + " override each document's title, issuer, number, date, kind, region and level.")

    @Argument(
        help:
            "Documents (.txt, .pdf, .docx; told apart by content), or directories whose such files are read."
    )
    var inputs: [String]

    @Option(
        name: .shortAndLong,
        help: "Write the graph to this file (atomically); format from its extension.")
    var output: String?

    @Option(name: .shortAndLong, help: "RDF format: turtle, ntriples, nquads, rdfxml, rdfjson.")
    var format: RDFFormat?

    @Flag(help: "Extract one document after the other instead of on all cores (same output).")
    var sequential = false

    @Flag(help: "Write the graph of the readable documents even when some are skipped (exit 0).")
    var keepGoing = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one file or directory") }
    }

    @Flag(
        name: .customLong("no-snapshot"),
        help:
            "Do not write OUTPUT.vgs, the binary snapshot that later commands load instead of parsing."
    )
    var noSnapshot = false

    @OptionGroup var extraction: ExtractorOptions

    func run() throws {
        try CLI.run {
            let files = try CorpusBuilder.inputFiles(inputs)
            let progress = ProgressLine("extracting", enabled: files.count > 1 && isatty(2) != 0)
            let builder = CorpusBuilder(extractor: try extraction.extractor())
            let result = builder.buildGraph(files, parallel: !sequential) { done, total in
                progress.update(done: done, total: total)
            }
            progress.finish()
            for (path, reason) in result.skipped {
                CLI.printWarning(
                    reason.hasPrefix(path) ? "skipped \(reason)" : "skipped \(path): \(reason)")
            }
            try BuildCommand.check(
                built: files.count - result.skipped.count, skipped: result.skipped.count,
                keepGoing: keepGoing, output: output)
            let graph = result.graph
            let chosen = try OutputFormat.rdf(format, output: output)
            try CLI.write(graph, format: chosen, to: output, protecting: files)
            if let output, !noSnapshot {
                BuildCommand.writeSnapshot(of: output, format: chosen)
            }
            let summary = result.summary + result.documentLines
            if output != nil {
                try CLI.printOut(summary)
            } else {
                CLI.printErr(summary)
            }
        }
    }

    /// Writes `output.vgs` from the file just written (parsed back, so that loading it gives
    /// exactly the graph a parse of `output` gives). A failure only warns: the graph is written,
    /// and later commands parse it as before.
    static func writeSnapshot(of output: String, format: RDFFormat) {
        guard SnapshotFile.stamp(of: output, format: format) != nil else { return }
        do {
            try SnapshotFile.write(for: output, format: format)
        } catch {
            CLI.printWarning("no snapshot written for \(output): \(error)")
        }
    }

    /// Refuses to write when no document was usable, or when some were skipped without
    /// `--keep-going`; the previous output is kept either way.
    static func check(built: Int, skipped: Int, keepGoing: Bool, output: String?) throws {
        let kept = output.map { "; \($0) is left as it was" } ?? ""
        if built == 0 {
            CLI.printError("no usable document: all \(skipped) input file(s) were skipped\(kept)")
            throw ExitCode(1)
        }
        if skipped > 0 && !keepGoing {
            CLI.printError(
                "\(skipped) of \(built + skipped) documents skipped (named above)\(kept); "
                    + "--keep-going builds the graph of the \(built) readable one(s)")
            throw ExitCode(1)
        }
    }
}

/// What `extract` and `build` read and refuse, for their help.
enum DocumentKinds {
    static let help =
        "Kinds are told by content: text (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5), PDF with a"
        + " text layer (through pdftotext, package poppler-utils) and Word .docx. Refused, each with"
        + " the reason: legacy .doc/.xls/.ppt and RTF (save as .docx or PDF), images and scanned PDFs"
        + " (no OCR), archives, executables, .xlsx/.pptx/.odt, devices, FIFOs and directories given"
        + " as files."
}
