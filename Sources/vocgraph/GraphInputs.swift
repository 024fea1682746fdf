import ArgumentParser
import RDF
import RaptorIO

/// Options shared by commands that read RDF files.
struct GraphInputs: ParsableArguments {
    @Option(
        name: .customLong("input-format"),
        help: "Format of the inputs (default: from each file's extension).")
    var inputFormat: String?

    @Flag(help: "Say on stderr whether each graph came from its snapshot (FILE.vgs) or a parse.")
    var verbose = false

    /// Reads and merges `paths`; blank nodes of different files stay distinct.
    func load(_ paths: [String]) throws -> Graph {
        var format: RDFFormat?
        if let inputFormat {
            guard let parsed = RDFFormat(name: inputFormat) else {
                throw RaptorError.unknownFormat(inputFormat)
            }
            format = parsed
        }
        return try GraphInputs.load(paths, format: format, verbose: verbose)
    }

    /// Reads and merges `paths` in `format` (nil: from each file's extension), each from its
    /// snapshot when that is valid (`SnapshotFile`). One file is returned as read: a merge into
    /// an empty graph would re-intern every term for nothing.
    static func load(_ paths: [String], format: RDFFormat?, verbose: Bool = false) throws -> Graph {
        var graph = Graph()
        for path in paths {
            let (part, origin) = try SnapshotFile.load(path, format: format)
            if verbose {
                // A snapshot that is not used is a note, not an error: the parse gives the graph.
                let message: String
                switch origin {
                case .snapshot(let snapshot): message = "loaded from its snapshot \(snapshot)"
                case .parsed(let reason?): message = "parsed; snapshot not used: \(reason)"
                case .parsed(nil): message = "parsed (no snapshot; `vocgraph snapshot` writes one)"
                }
                let note = Diagnostic(
                    .note, message, at: SourceLocation(file: path, line: 0, column: 0))
                CLI.printErr(DiagnosticRenderer(lines: .files).render(note))
            }
            if paths.count == 1 { return part }
            graph.merge(part)
        }
        return graph
    }
}

extension RDFFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { RDFFormat.writable.map(\.rawValue) }
}
