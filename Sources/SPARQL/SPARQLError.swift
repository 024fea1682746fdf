/// A query that Rasqal could not read or run, with where it went wrong when Rasqal says.
public struct SPARQLError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in the words the CLI prints after `error:`.
    public enum Kind: Sendable, Equatable {
        /// The query text is not SPARQL as Rasqal reads it (`syntax error, unexpected '}'`).
        case syntax
        /// Valid SPARQL 1.1 that Rasqal 0.9.33 does not implement (see ``SPARQLLimits``).
        case unsupported
        /// The query parsed but failed while running, or the data could not be loaded.
        case evaluation
        /// Rasqal could not be set up (out of memory).
        case library
    }

    /// Which kind of failure.
    public var kind: Kind
    /// The query file.
    public var file: String
    /// 1-based, when known.
    public var line: Int?
    /// 1-based, in Unicode scalars, when known.
    public var column: Int?
    /// Rasqal's words, or ours for a feature it lacks.
    public var message: String

    /// An error of `kind` in `file`, at `line` and `column` when known.
    public init(_ kind: Kind, file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `query.rq:3:14: error: syntax error, unexpected '}'`.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): error: \(message)"
    }
}
