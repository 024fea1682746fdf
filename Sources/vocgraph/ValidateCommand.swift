import ArgumentParser
import Foundation
import RDF
import RaptorIO

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract:
            "Check a graph against the ontology: declared classes and properties, domains and ranges."
    )

    @Argument(help: "RDF files to check (merged).")
    var inputs: [String]

    @Option(
        name: .customLong("ontology"),
        help: "Ontology files (default: Ontology/*.ttl as built into this binary).")
    var ontology: [String] = []

    @OptionGroup var graphInputs: GraphInputs

    func run() throws {
        try CLI.run {
            let graph = try graphInputs.load(inputs)
            var schema = Graph()
            if ontology.isEmpty {
                for file in EmbeddedOntology.files {
                    schema.merge(
                        try RDFReader().read(
                            string: file.text, format: .turtle, name: "Ontology/" + file.name))
                }
            } else {
                schema = try GraphInputs.load(ontology, format: nil)
            }
            let violations = OntologyValidator(ontology: schema).validate(graph)
            var report = violations.map { "\($0)\n" }.joined()
            report += "\(violations.count) violation(s) in \(graph.count) triples\n"
            try CLI.printOut(report)
            if !violations.isEmpty { throw ExitCode(1) }
        }
    }
}
