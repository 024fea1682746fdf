import RDF

/// An error reported by Raptor or by VocGraph's use of it.
public enum RaptorError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A syntax error (or another fatal parser message) at a place in the input.
    case syntax(file: String, line: Int?, column: Int?, message: String)
    /// The format name is not one Raptor knows, or it cannot be written.
    case unknownFormat(String)
    /// The file name gives no clue to its syntax.
    case cannotGuessFormat(file: String)
    /// A term cannot be written in RDF (an invalid IRI, for example).
    case invalidTerm(String)
    /// Raptor failed without saying why (out of memory, for instance).
    case failure(String)
    /// The file could not be read or written.
    case io(file: String, message: String)

    public var description: String {
        switch self {
        case .syntax(let file, let line, let column, let message):
            var place = file
            if let line { place += ":\(line)" }
            if let line, let column, line > 0, column > 0 { place += ":\(column)" }
            return "\(place): error: \(message)"
        case .unknownFormat(let name):
            let names = RDFFormat.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown RDF format '\(name)' (expected one of: \(names))"
        case .cannotGuessFormat(let file):
            return
                "\(file): cannot tell the RDF format from the file name (use .ttl, .nt, .nq, .trig, .rdf or .rj, or name the format)"
        case .invalidTerm(let message): return message
        case .failure(let message): return message
        case .io(let file, let message): return "\(file): \(message)"
        }
    }

    /// The error as a value for the CLI's one `DiagnosticRenderer`: a syntax error keeps its
    /// place (line 0 or column 0 where Raptor gave none), the others have none.
    public var diagnostic: Diagnostic {
        if case .syntax(let file, let line, let column, let message) = self {
            let place = SourceLocation(
                file: file, line: line ?? 0, column: line == nil ? 0 : column ?? 0)
            return .error(message, at: place)
        }
        return .error(description, at: nil)
    }

    /// The line of a syntax error, if known.
    public var line: Int? {
        if case .syntax(_, let line, _, _) = self { return line }
        return nil
    }
}
