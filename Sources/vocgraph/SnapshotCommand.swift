import ArgumentParser
import RDF
import RaptorIO

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract:
            "Write FILE.vgs beside each RDF file: a binary snapshot that loads without parsing.",
        discussion:
            "Every command that reads graphs uses FILE.vgs instead of parsing FILE while FILE keeps"
            + " the size and modification time the snapshot recorded; otherwise it parses FILE"
            + " (--verbose says why). `build -o FILE` writes one too. Snapshots are caches: do not"
            + " commit them.")

    @Argument(help: "RDF files (format from the extension, or --input-format).")
    var inputs: [String]

    @Option(name: .customLong("input-format"), help: "Format of the inputs.")
    var inputFormat: RDFFormat?

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one RDF file") }
    }

    func run() throws {
        try CLI.run {
            for input in inputs {
                let (path, graph) = try SnapshotFile.write(for: input, format: inputFormat)
                try CLI.printOut(
                    "\(path): \(graph.count) triples, \(graph.dictionary.count) terms\n")
            }
        }
    }
}
