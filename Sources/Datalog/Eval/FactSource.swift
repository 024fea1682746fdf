import RDF

/// Where the engine reads base facts: a dictionary of terms and triples over their IDs.
///
/// `Graph` conforms; tests can build a `Graph` from `Triple`s without touching files.
public protocol FactSource {
    /// Number of term IDs in use (IDs are `0..<termCount`).
    var termCount: Int { get }
    /// The term behind `id`.
    func term(_ id: UInt32) -> Term
    /// The ID of `term`, if the source knows it.
    func termID(of term: Term) -> UInt32?
    /// Calls `body` with each triple matching the pattern (`nil` = any).
    func forEachTriple(
        subject: UInt32?, predicate: UInt32?, object: UInt32?,
        _ body: (UInt32, UInt32, UInt32) -> Void)
}

extension Graph: FactSource {
    public var termCount: Int { dictionary.count }

    public func term(_ id: UInt32) -> Term { term(TermID(id)) }

    public func termID(of term: Term) -> UInt32? { id(of: term)?.rawValue }

    public func forEachTriple(
        subject: UInt32?, predicate: UInt32?, object: UInt32?,
        _ body: (UInt32, UInt32, UInt32) -> Void
    ) {
        for t in match(
            subject.map(TermID.init), predicate.map(TermID.init), object.map(TermID.init))
        {
            body(t.s.rawValue, t.p.rawValue, t.o.rawValue)
        }
    }
}
