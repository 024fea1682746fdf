/// Interns terms to dense integer IDs, in first-seen order.
///
/// IDs depend only on the order terms are first added, so the same input in the same order always
/// gives the same IDs.
public struct TermDictionary: Sendable {
    private var ids: [Term: TermID] = [:]
    private(set) public var terms: [Term] = []

    public init() {}

    /// A dictionary of terms known to be distinct, with IDs in array order.
    ///
    /// Faster than interning one by one: the hash map is sized once.
    /// - Precondition: no term occurs twice.
    public init(uniqueTerms: [Term]) {
        terms = uniqueTerms
        ids.reserveCapacity(uniqueTerms.count)
        for (index, term) in uniqueTerms.enumerated() {
            let previous = ids.updateValue(TermID(UInt32(index)), forKey: term)
            precondition(previous == nil, "duplicate term \(term)")
        }
    }

    /// A dictionary of `terms` with IDs in array order, or nil when a term occurs twice (input
    /// from a file, where `init(uniqueTerms:)`'s precondition must not be trusted).
    public init?(distinctTerms: [Term]) {
        terms = distinctTerms
        ids.reserveCapacity(distinctTerms.count)
        for (index, term) in distinctTerms.enumerated()
        where ids.updateValue(TermID(UInt32(index)), forKey: term) != nil {
            return nil
        }
    }

    public var count: Int { terms.count }

    /// Returns the ID of `term`, adding it when new.
    /// - Complexity: O(1) amortised.
    public mutating func intern(_ term: Term) -> TermID {
        if let id = ids[term] { return id }
        precondition(terms.count < Int(UInt32.max), "term dictionary full")
        let id = TermID(UInt32(terms.count))
        terms.append(term)
        ids[term] = id
        return id
    }

    /// The ID of `term` if it has been interned.
    public func id(of term: Term) -> TermID? { ids[term] }

    /// The term behind `id`.
    public subscript(id: TermID) -> Term { terms[Int(id.rawValue)] }

    public mutating func reserveCapacity(_ n: Int) {
        ids.reserveCapacity(n)
        terms.reserveCapacity(n)
    }
}
