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
                switch origin {
                case .snapshot(let snapshot):
                    CLI.printErr("note: \(path): loaded from its snapshot \(snapshot)\n")
                case .parsed(let reason?):
                    CLI.printErr("note: \(path): parsed; snapshot not used: \(reason)\n")
                case .parsed(nil):
                    CLI.printErr("note: \(path): parsed (no snapshot; `vocgraph snapshot` makes one)\n")
                }
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
