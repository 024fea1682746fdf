import ArgumentParser
import RDF
import RaptorIO

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Read RDF files, merge them and write one graph in any format Raptor writes.")

    @Argument(help: "RDF files to read (format from the extension: .ttl .nt .nq .trig .rdf .rj).")
    var inputs: [String]

    @Option(
        name: .shortAndLong,
        help:
            "Output format: turtle, ntriples, nquads, rdfxml, rdfjson (default: from -o, else turtle)."
    )
    var format: RDFFormat?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @OptionGroup var graphInputs: GraphInputs

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one input file") }
        _ = try OutputFormat.rdf(format, output: output)
    }

    func run() throws {
        try CLI.run {
            let graph = try graphInputs.load(inputs)
            try CLI.write(
                graph, format: try OutputFormat.rdf(format, output: output), to: output,
                protecting: inputs)
        }
    }
}
