import ArgumentParser
import RaptorIO

/// The RDF format of an output: `--format` when given, else the `-o` file's extension
/// (`mine.nt` → N-Triples), else Turtle. A `--format` that contradicts the extension is refused
/// rather than writing Turtle into a `.nt` file.
enum OutputFormat {
    static func rdf(_ explicit: RDFFormat?, output: String?) throws -> RDFFormat {
        let implied = output.flatMap(RDFFormat.init(fileName:))
        if let explicit, let implied, explicit != implied, let output {
            throw ValidationError(
                "--format \(explicit.rawValue) does not match '\(output)' (a \(implied.rawValue) file name); drop --format or rename the file"
            )
        }
        let chosen = explicit ?? implied ?? .turtle
        guard chosen.isWritable else {
            throw ValidationError(
                "Raptor cannot write \(chosen.rawValue); choose one of \(RDFFormat.allValueStrings.joined(separator: ", "))"
            )
        }
        return chosen
    }
}
