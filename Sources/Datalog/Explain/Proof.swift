import RDF

/// Output formats of explanations.
public enum ExplanationFormat: String, Sendable, CaseIterable {
    case text, json
}

/// Where an extracted triple came from: document, line and quoted text.
public struct SourceQuote: Sendable, Hashable {
    public var document: String
    public var line: Int?
    public var quote: String?
    /// The extraction rule and its confidence (`cooperation-cue`, `0.9`), for a reified fact.
    public var rule: String?
    public var confidence: String?
    /// Where a party the quote only refers to (该校, 三是…) was named: line and text.
    public var referentLine: Int?
    public var referentQuote: String?

    public init(
        document: String, line: Int? = nil, quote: String? = nil, rule: String? = nil,
        confidence: String? = nil, referentLine: Int? = nil, referentQuote: String? = nil
    ) {
        self.document = document
        self.line = line
        self.quote = quote
        self.rule = rule
        self.confidence = confidence
        self.referentLine = referentLine
        self.referentQuote = referentQuote
    }
}

/// A derivation tree node.
public struct Proof: Sendable {
    public enum Kind: Sendable {
        /// Derived by a rule.
        case rule(id: Int, text: String)
        /// A triple of the graph, with its extraction sources.
        case triple(sources: [SourceQuote])
        /// A fact written in the program.
        case programFact(text: String)
        /// A negated atom that holds because the fact is absent.
        case absent
        /// An aggregate; children are the facts it counted.
        case aggregate(text: String, total: Int)
        /// Derived, but deeper than the explainer's depth limit.
        case truncated
    }

    public var fact: String
    public var kind: Kind
    public var children: [Proof]

    /// The tree as indented text.
    public func render(prefix: String = "", isLast: Bool = true, isRoot: Bool = true) -> String {
        let branch = isRoot ? "" : (isLast ? "└─ " : "├─ ")
        var out = prefix + branch + fact
        let childPrefix = isRoot ? prefix : prefix + (isLast ? "   " : "│  ")
        switch kind {
        case .rule(let id, let text): out += "    [rule \(id + 1): \(text)]\n"
        case .triple(let sources):
            out += "    [triple in the graph]\n"
            for s in sources {
                var line = childPrefix + "   source: \(s.document)"
                if let l = s.line { line += ", line \(l)" }
                if let rule = s.rule {
                    line += " (\(rule)" + (s.confidence.map { ", confidence \($0)" } ?? "") + ")"
                }
                if let q = s.quote { line += ": “\(q)”" }
                out += line + "\n"
                if let q = s.referentQuote {
                    var named = childPrefix + "      which names"
                    if let l = s.referentLine { named += " at line \(l)" }
                    out += named + ": “\(q)”\n"
                }
            }
        case .programFact(let text): out += "    [fact: \(text)]\n"
        case .absent: out += "    [holds: no such fact]\n"
        case .aggregate(let text, let total):
            out += "    [\(text) over \(total) fact\(total == 1 ? "" : "s")]\n"
        case .truncated: out += "    [derived; deeper levels not shown]\n"
        }
        for (i, child) in children.enumerated() {
            out += child.render(prefix: childPrefix, isLast: i == children.count - 1, isRoot: false)
        }
        return out
    }

    /// The tree as JSON-compatible values.
    public var jsonObject: [String: Any] {
        var object: [String: Any] = ["fact": fact]
        switch kind {
        case .rule(let id, let text):
            object["rule"] = id + 1
            object["ruleText"] = text
        case .triple(let sources):
            object["triple"] = true
            object["sources"] = sources.map { s -> [String: Any] in
                var o: [String: Any] = ["document": s.document]
                if let l = s.line { o["line"] = l }
                if let q = s.quote { o["quote"] = q }
                if let r = s.rule { o["rule"] = r }
                if let c = s.confidence { o["confidence"] = c }
                if let l = s.referentLine { o["referentLine"] = l }
                if let q = s.referentQuote { o["referentQuote"] = q }
                return o
            }
        case .programFact(let text): object["programFact"] = text
        case .absent: object["absent"] = true
        case .aggregate(let text, let total):
            object["aggregate"] = text
            object["total"] = total
        case .truncated: object["truncated"] = true
        }
        if !children.isEmpty { object["children"] = children.map(\.jsonObject) }
        return object
    }
}
