/// A position in a source file: a Datalog program, an RDF file.
///
/// Lines and columns are 1-based; columns count Unicode scalars (the same as a Python `str` index + 1).
/// Zero means unknown: Raptor's Turtle parser reports a line but no column, so its errors print as
/// `bad.ttl:2: error: …` without a caret (unless `RaptorError` finds the column, see there).
///
/// These types live in RDF, the module every library depends on, so that Datalog, RaptorIO and the
/// snapshot loader report the same values and the CLI renders them with one `DiagnosticRenderer`.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    public var description: String {
        line < 1 ? file : column < 1 ? "\(file):\(line)" : "\(file):\(line):\(column)"
    }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Comparable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// An error or warning about an input: a Datalog program or its evaluation, an RDF file.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// A secondary message attached to a diagnostic ("variable X occurs here").
    public struct Note: Sendable, Hashable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    public var notes: [Note]

    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation?, notes: [Note] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation?, notes: [Note] = [])
        -> Diagnostic
    {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation?, notes: [Note] = [])
        -> Diagnostic
    {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    /// Sorts diagnostics by location (diagnostics without one last), then severity.
    public static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
        list.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (let x?, let y?) where x != y: return x < y
            case (nil, .some): return false
            case (.some, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// Every diagnostic of a failed pass, thrown together so that callers can report all of them.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = Diagnostic.sorted(diagnostics) }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
