/// How a goal compares the future figure with its value.
public enum Comparator: String, Sendable, CaseIterable {
    /// 不低于, 不少于, 至少, 以上.
    case atLeast = ">="
    /// 不高于, 不超过, 以内, 以下.
    case atMost = "<="
    /// A plain figure (建设20个 …).
    case equal = "="
    /// About (左右): written `=` in reports, with the goal flagged approximate.
    case approximately = "~"
    /// A range (6—8所): `value` to `valueMax`.
    case range = "range"

    /// Words before a number that set the comparator.
    static let before: [(String, Comparator)] = [
        ("不低于", .atLeast), ("不少于", .atLeast), ("不小于", .atLeast), ("至少", .atLeast), ("超过", .atLeast),
        ("不高于", .atMost), ("不超过", .atMost), ("不多于", .atMost), ("控制在", .atMost),
    ]

    /// Words after a number and its unit that set the comparator.
    static let after: [(String, Comparator)] = [
        ("以上", .atLeast), ("及以上", .atLeast), ("以下", .atMost), ("以内", .atMost),
        ("左右", .approximately),
    ]

    /// The comparator of a quantity from the words just before and just after it.
    ///
    /// - Parameters:
    ///   - prefix: the text of the clause before the number.
    ///   - suffix: the text right after the unit.
    ///   - isRange: whether the number was written as a range.
    public static func parse(prefix: String, suffix: String, isRange: Bool) -> Comparator {
        if isRange { return .range }
        let tail = suffix.trimmingBlanks
        for (word, comparator) in after where tail.hasPrefix(word) { return comparator }
        let head = prefix.trimmingBlanks
        for (word, comparator) in before where head.hasSuffix(word) { return comparator }
        return .equal
    }

    /// The string written in extraction reports (`>=`, `<=`, `=`, `range`); 左右 is `=`.
    public var reportString: String {
        self == .approximately ? "=" : rawValue
    }

    /// The local name of the comparator's concept (`vgi:cmp-ge` …).
    public var slug: String {
        switch self {
        case .atLeast: return "ge"
        case .atMost: return "le"
        case .equal: return "eq"
        case .approximately: return "approx"
        case .range: return "range"
        }
    }

    /// The comparator of a report string (`>=`, `<=`, `=`, `~`, `range`), approximate when flagged.
    public init?(reportString: String, approximate: Bool = false) {
        if approximate && reportString == "=" {
            self = .approximately
        } else {
            self.init(rawValue: reportString)
        }
    }
}
