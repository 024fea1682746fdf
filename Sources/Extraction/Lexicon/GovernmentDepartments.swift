/// Standard government department names with their short forms and variant wordings
/// (`Ontology/government-departments.tsv`), so that every variant of one body resolves to one
/// canonical name: 人社局, 人力资源社会保障局 and 人力资源和社会保障局 are one department.
///
/// Entries are suffixes: they follow a region or organisation name (深圳市 + 人社局).
public struct GovernmentDepartments: Sendable {
    /// How a variant relates to its canonical name.
    public enum Kind: String, Sendable, CaseIterable {
        /// The canonical name itself.
        case full
        /// Another full wording (人力资源社会保障局).
        case variant
        /// An official short form (人社局).
        case short
        /// A slip or colloquial form seen in documents (人力资源保障局).
        case informal
    }

    /// The level of government a department belongs to.
    public enum Level: String, Sendable, CaseIterable {
        case national, province, local, any
    }

    /// One way of writing a department.
    public struct Entry: Sendable, Hashable {
        /// What a text writes (`人社局`).
        public let variant: String
        /// The standard full name (`人力资源和社会保障局`).
        public let canonical: String
        public let kind: Kind
        /// What the department does (`humanResources`), shared by related canonicals.
        public let function: String
        public let level: Level
    }

    /// Every entry, sorted by variant.
    public let entries: [Entry]
    private let indexByVariant: [String: Int]
    private let variantsByCanonical: [String: [Int]]
    private let trie: ScalarTrie
    /// Variants as scalars with their entry, longest first (for `longestSuffix`).
    private let byLength: [(scalars: [Unicode.Scalar], entry: Int)]

    /// The table of the embedded `Ontology/government-departments.tsv`.
    public static let standard: GovernmentDepartments = OntologyTable.standard(
        "government-departments.tsv"
    ) { table throws(OntologyTableError) in
        try GovernmentDepartments(table: table)
    }

    /// Reads a table with the columns `variant`, `canonical`, `kind`, `function` and `level`.
    ///
    /// - Throws: `OntologyTableError` for a missing column, an unknown kind or level, a variant
    ///   listed twice, a canonical without its own `full` row, or a `full` row whose variant is
    ///   not its canonical.
    public init(table: OntologyTable) throws(OntologyTableError) {
        let variant = try table.column("variant")
        let canonical = try table.column("canonical")
        let kind = try table.column("kind")
        let function = try table.column("function")
        let level = try table.column("level")
        var listed: [(entry: Entry, row: OntologyTable.Row)] = []
        for row in table.rows {
            guard let kindValue = Kind(rawValue: row[kind]) else {
                throw table.error("unknown kind '\(row[kind])'", at: row)
            }
            guard let levelValue = Level(rawValue: row[level]) else {
                throw table.error("unknown level '\(row[level])'", at: row)
            }
            guard row[variant].unicodeScalars.count >= 2, !row[canonical].isEmpty else {
                throw table.error("a variant has two characters or more, and a canonical", at: row)
            }
            if (kindValue == .full) != (row[variant] == row[canonical]) {
                throw table.error(
                    "kind full is for the canonical's own row, and only for it", at: row)
            }
            listed.append(
                (
                    Entry(
                        variant: row[variant], canonical: row[canonical], kind: kindValue,
                        function: row[function], level: levelValue), row
                ))
        }
        listed.sort {
            $0.entry.variant.unicodeScalars.lexicographicallyPrecedes(
                $1.entry.variant.unicodeScalars)
        }
        var indexByVariant: [String: Int] = [:]
        var variantsByCanonical: [String: [Int]] = [:]
        for (index, item) in listed.enumerated() {
            if let other = indexByVariant.updateValue(index, forKey: item.entry.variant) {
                throw table.error(
                    "variant '\(item.entry.variant)' repeats line \(listed[other].row.line)",
                    at: item.row)
            }
            variantsByCanonical[item.entry.canonical, default: []].append(index)
        }
        for item in listed where indexByVariant[item.entry.canonical] == nil {
            throw table.error("canonical '\(item.entry.canonical)' has no full row", at: item.row)
        }
        self.entries = listed.map(\.entry)
        self.indexByVariant = indexByVariant
        self.variantsByCanonical = variantsByCanonical
        self.trie = ScalarTrie(listed.enumerated().map { ($0.element.entry.variant, $0.offset) })
        self.byLength = listed.enumerated().map {
            (Array($0.element.entry.variant.unicodeScalars), $0.offset)
        }
        .sorted { $0.scalars.count > $1.scalars.count }
    }

    /// The entry for `suffix` written exactly (a variant, short form or the canonical itself).
    public func canonical(of suffix: String) -> Entry? {
        indexByVariant[suffix].map { entries[$0] }
    }

    /// Every way of writing the department `canonical`, the canonical itself included.
    public func variants(of canonical: String) -> [Entry] {
        (variantsByCanonical[canonical] ?? []).map { entries[$0] }
    }

    /// The longest department name or short form starting at `index`.
    ///
    /// - Complexity: O(k·m) for k variants sharing the first scalar, m their length.
    public func longestMatch(in text: [Unicode.Scalar], at index: Int) -> (
        length: Int, entry: Entry
    )? {
        trie.longestMatch(in: text, at: index).map { ($0.length, entries[$0.value]) }
    }

    /// The department whose name ends `text` at `end` (exclusive), the longest such.
    ///
    /// For a name read backwards from its end: `深圳市人社局` ends with 人社局.
    /// - Complexity: O(v) for v variants.
    public func longestSuffix(of text: [Unicode.Scalar], endingAt end: Int) -> (
        length: Int, entry: Entry
    )? {
        guard end <= text.count else { return nil }
        for candidate in byLength where candidate.scalars.count <= end {
            if text[(end - candidate.scalars.count)..<end].elementsEqual(candidate.scalars) {
                return (candidate.scalars.count, entries[candidate.entry])
            }
        }
        return nil
    }
}
