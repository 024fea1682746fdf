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
        help: "Ontology files (default: every Ontology/*.ttl of this repository).")
    var ontology: [String] = []

    @OptionGroup var graphInputs: GraphInputs

    func run() throws {
        try CLI.run {
            let graph = try graphInputs.load(inputs)
            let files = ontology.isEmpty ? try OntologyFiles.bundled() : ontology
            let schema = try GraphInputs.load(files, format: nil)
            let violations = OntologyValidator(ontology: schema).validate(graph)
            var report = violations.map { "\($0)\n" }.joined()
            report += "\(violations.count) violation(s) in \(graph.count) triples\n"
            try CLI.printOut(report)
            if !violations.isEmpty { throw ExitCode(1) }
        }
    }
}

/// Locates the repository's `Ontology/` directory from the executable's path or the working directory.
enum OntologyFiles {
    static func directory() -> URL? {
        var candidates: [URL] = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        var executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<5 {
            executable.deleteLastPathComponent()
            candidates.append(executable)
        }
        for base in candidates {
            let dir = base.appendingPathComponent("Ontology")
            if FileManager.default.fileExists(
                atPath: dir.appendingPathComponent("vocgraph.ttl").path)
            {
                return dir
            }
        }
        return nil
    }

    static func bundled() throws -> [String] {
        guard let dir = directory() else {
            throw ValidationError("cannot find Ontology/vocgraph.ttl; pass --ontology FILE")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".ttl") }.sorted()
        return names.map { dir.appendingPathComponent($0).path }
    }
}
