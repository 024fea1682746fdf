/// An ordered set of prefix → namespace bindings.
public struct PrefixMap: Sendable, Equatable {
    public private(set) var bindings: [(prefix: String, namespace: String)] = []

    public init(_ bindings: [(String, String)] = []) {
        for (prefix, namespace) in bindings { bind(prefix, namespace) }
    }

    public static func == (lhs: PrefixMap, rhs: PrefixMap) -> Bool {
        lhs.bindings.elementsEqual(rhs.bindings) { $0 == $1 }
    }

    /// Binds (or rebinds) a prefix.
    public mutating func bind(_ prefix: String, _ namespace: String) {
        if let index = bindings.firstIndex(where: { $0.prefix == prefix }) {
            bindings[index].namespace = namespace
        } else {
            bindings.append((prefix, namespace))
        }
    }

    public func namespace(for prefix: String) -> String? {
        bindings.first { $0.prefix == prefix }?.namespace
    }

    /// Expands `prefix:local`; `nil` when the prefix is unbound or the text has no colon.
    public func expand(_ prefixedName: String) -> IRI? {
        guard let colon = prefixedName.firstIndex(of: ":") else { return nil }
        let prefix = String(prefixedName[..<colon])
        guard let namespace = namespace(for: prefix) else { return nil }
        return IRI(unchecked: namespace + prefixedName[prefixedName.index(after: colon)...])
    }

    /// The shortest `prefix:local` for `iri` whose local part is a simple name, if any.
    public func abbreviate(_ iri: IRI) -> String? {
        var best: String?
        for (prefix, namespace) in bindings where iri.string.hasPrefix(namespace) {
            let local = iri.string.dropFirst(namespace.count)
            guard local.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
                !(local.first == "-")
            else { continue }
            let candidate = "\(prefix):\(local)"
            if candidate.count < (best?.count ?? Int.max) { best = candidate }
        }
        return best
    }

    /// The prefixes VocGraph knows everywhere (programs, exports, tables): ``Vocab/namespaces``.
    public static let standard = PrefixMap(Vocab.namespaces.map { ($0.prefix, $0.namespace) })
}
