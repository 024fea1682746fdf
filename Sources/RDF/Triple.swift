/// An RDF triple of terms.
public struct Triple: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var subject: Term
    public var predicate: Term
    public var object: Term

    public init(_ subject: Term, _ predicate: Term, _ object: Term) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public static func < (lhs: Triple, rhs: Triple) -> Bool {
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        if lhs.predicate != rhs.predicate { return lhs.predicate < rhs.predicate }
        return lhs.object < rhs.object
    }

    /// The triple as one N-Triples line (without the newline).
    public var description: String { "\(subject) \(predicate) \(object) ." }
}

/// A dictionary-encoded term: an index into a `TermDictionary`.
public struct TermID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    public static func < (lhs: TermID, rhs: TermID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { "#\(rawValue)" }
}

/// A triple of term IDs, the unit the graph indexes store.
public struct IDTriple: Hashable, Sendable {
    public var s: TermID
    public var p: TermID
    public var o: TermID
    public init(_ s: TermID, _ p: TermID, _ o: TermID) {
        self.s = s
        self.p = p
        self.o = o
    }
}
