import ArgumentParser
import RDF
import RaptorIO

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Read RDF files, merge them and write one graph in any format Raptor writes.")

    @Argument(help: "RDF files to read (format from the extension: .ttl .nt .nq .trig .rdf .rj).")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output format: turtle, ntriples, nquads, rdfxml, rdfjson.")
    var format: RDFFormat = .turtle

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @OptionGroup var graphInputs: GraphInputs

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one input file") }
        guard format.isWritable else {
            throw ValidationError(
                "Raptor cannot write \(format.rawValue); choose one of \(RDFFormat.allValueStrings.joined(separator: ", "))"
            )
        }
    }

    func run() throws {
        try CLI.run {
            let graph = try graphInputs.load(inputs)
            try CLI.write(graph, format: format, to: output, protecting: inputs)
        }
    }
}
