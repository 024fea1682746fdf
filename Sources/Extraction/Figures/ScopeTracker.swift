/// Follows which school a passage is about, for the scope of prose figures.
///
/// A case study (案例 …) or a paragraph that names a school is about that school until the next
/// heading; elsewhere figures are about the region's schools.
public struct ScopeTracker: Sendable {
    public var defaultScope: String?
    /// The school the current case or paragraph is about.
    private(set) var current: String?

    /// Endings of school names.
    static let schoolSuffixes = [
        "职业技术学校", "职业高级中学", "中等职业学校", "职业学校", "技工学校", "技师学院", "艺术学校", "技术学校", "中学",
    ]

    static let schoolSuffixScalars = schoolSuffixes.map { Array($0.unicodeScalars) }

    public init(defaultScope: String?) { self.defaultScope = defaultScope }

    /// Updates the tracked school with a new line (headings reset it; case titles and school names set it).
    public mutating func see(line: String) {
        let t = line.trimmingBlanks
        if Self.isHeading(t) { current = nil }
        if t.hasPrefix("案例") || Self.isHeading(t) {
            current = Self.lastSchool(in: t)
        }
    }

    /// The scope of a figure whose line reads `prefix` before the number.
    public func scope(before prefix: String) -> String? {
        if let school = Self.lastSchool(in: prefix) { return school }
        return current ?? defaultScope
    }

    /// The scope of a figure `offset` scalars into a line whose school names are `schools`; the
    /// same as `scope(before:)` with the line's first `offset` scalars, without copying them.
    /// - Complexity: O(log n) per figure, after O(line) once per line for `schools`.
    func scope(in schools: LineSchools, before offset: Int) -> String? {
        if let school = schools.last(endingBy: offset) { return school }
        return current ?? defaultScope
    }

    static func isHeading(_ t: String) -> Bool {
        guard let first = t.first else { return false }
        if t.count > 40 { return false }
        if "一二三四五六七八九十（(".contains(first) { return true }
        return first.isNumber && t.dropFirst().prefix(3).contains(".")
    }

    /// The last school name in `text` that starts at a place name (XX市 / XX区 / XX县).
    static func lastSchool(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        return LineSchools(scalars[...]).last(endingBy: scalars.count)
    }

    /// Where the place name starts in a Han run (the first XX市/XX区 or 深圳/广州 prefix).
    static func placeStart(in name: String) -> String.Index? {
        let chars = Array(name)
        for (i, c) in chars.enumerated() where (c == "市" || c == "区" || c == "县") && i >= 2 {
            return name.index(name.startIndex, offsetBy: i - 2)
        }
        return nil
    }
}
