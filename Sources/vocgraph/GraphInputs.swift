import ArgumentParser
import RDF
import RaptorIO

/// Options shared by commands that read RDF files.
struct GraphInputs: ParsableArguments {
    @Option(
        name: .customLong("input-format"),
        help: "Format of the inputs (default: from each file's extension).")
    var inputFormat: String?

    /// Reads and merges `paths`; blank nodes of different files stay distinct.
    func load(_ paths: [String]) throws -> Graph {
        var format: RDFFormat?
        if let inputFormat {
            guard let parsed = RDFFormat(name: inputFormat) else {
                throw RaptorError.unknownFormat(inputFormat)
            }
            format = parsed
        }
        return try GraphInputs.load(paths, format: format)
    }

    /// Reads and merges `paths` in `format` (nil: from each file's extension).
    static func load(_ paths: [String], format: RDFFormat?) throws -> Graph {
        var graph = Graph()
        let reader = RDFReader()
        for path in paths {
            let part = try reader.read(file: path, format: format)
            graph.merge(part)
        }
        return graph
    }
}

extension RDFFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { RDFFormat.writable.map(\.rawValue) }
}
