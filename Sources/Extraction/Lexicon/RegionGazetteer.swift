/// China's administrative divisions (`Ontology/regions.tsv`): every province, prefecture and
/// county, with its adcode, parent and short forms, found by full or short name.
///
/// Several divisions can answer to one name (和田 is 和田地区, 和田市 and 和田县; 朝阳区 is in
/// Beijing and in Changchun): a match lists them all, and the caller decides with context.
public struct RegionGazetteer: Sendable {
    /// One administrative division.
    public struct Division: Sendable, Hashable {
        /// The level of a division, from its adcode.
        public enum Level: String, Sendable, CaseIterable, Comparable {
            case province, city, county

            var rank: Int {
                switch self {
                case .province: return 0
                case .city: return 1
                case .county: return 2
                }
            }

            public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
        }

        /// What the name's suffix says the division is.
        public enum Kind: String, Sendable, CaseIterable {
            case province, municipality, autonomousRegion, sar
            case prefectureCity, prefecture, autonomousPrefecture, league, newArea
            case district, county, countyCity, autonomousCounty, banner, autonomousBanner
            case forestryDistrict, specialDistrict, miningDistrict, industrialPark
            case township, town, other
        }

        /// The six-digit adcode (`150123`).
        public let adcode: String
        /// The full official name (`和林格尔县`).
        public let name: String
        public let level: Level
        public let kind: Kind
        /// The adcode of the division above, nil for a province.
        public let parentAdcode: String?
        /// Short forms safe to match alone (`和林格尔`).
        public let shortForms: [String]
        /// Short forms that are also ordinary words (`复兴`): match them only with context.
        public let wordShortForms: [String]
    }

    /// How a label names a division.
    public enum Form: String, Sendable, Comparable {
        /// The full official name.
        case full
        /// A short form.
        case short
        /// A short form that is also an ordinary word.
        case word

        var rank: Int {
            switch self {
            case .full: return 0
            case .short: return 1
            case .word: return 2
            }
        }

        public static func < (lhs: Form, rhs: Form) -> Bool { lhs.rank < rhs.rank }
    }

    /// A division a label names, and how.
    public struct Candidate: Sendable, Hashable {
        public let division: Division
        public let form: Form
    }

    /// A region name found in a text.
    public struct Match: Sendable {
        /// The matched label, in scalars.
        public let length: Int
        /// Every division the label names: full names first, then by level and adcode.
        public let candidates: [Candidate]

        /// True when the label names more than one division.
        public var isAmbiguous: Bool { candidates.count > 1 }
    }

    /// Every division, sorted by adcode.
    public let divisions: [Division]
    private let indexByAdcode: [String: Int]
    /// Label → candidates (indexes into `divisions`, with the form), sorted.
    private let labels: [[(division: Int, form: Form)]]
    private let labelIndex: [String: Int]
    /// Full names and safe short forms.
    private let trie: ScalarTrie
    /// All labels, word-like short forms included.
    private let wordTrie: ScalarTrie

    /// The gazetteer of the embedded `Ontology/regions.tsv`.
    public static let standard: RegionGazetteer = OntologyTable.standard("regions.tsv") {
        table throws(OntologyTableError) in
        try RegionGazetteer(table: table)
    }

    /// Reads a table with the columns `adcode`, `name`, `level`, `kind`, `parent`, `shortForms`
    /// and `wordShortForms`.
    ///
    /// - Throws: `OntologyTableError` for a missing column, an unknown level or kind, a
    ///   repeated adcode, or a parent that is missing or not of a higher level.
    public init(table: OntologyTable) throws(OntologyTableError) {
        let adcode = try table.column("adcode")
        let name = try table.column("name")
        let level = try table.column("level")
        let kind = try table.column("kind")
        let parent = try table.column("parent")
        let short = try table.column("shortForms")
        let word = try table.column("wordShortForms")
        var divisions: [Division] = []
        var rowOf: [String: OntologyTable.Row] = [:]
        for row in table.rows {
            guard let levelValue = Division.Level(rawValue: row[level]) else {
                throw table.error("level '\(row[level])' is not province, city or county", at: row)
            }
            guard let kindValue = Division.Kind(rawValue: row[kind]) else {
                throw table.error("unknown kind '\(row[kind])'", at: row)
            }
            guard rowOf.updateValue(row, forKey: row[adcode]) == nil else {
                throw table.error("adcode \(row[adcode]) repeated", at: row)
            }
            divisions.append(
                Division(
                    adcode: row[adcode], name: row[name], level: levelValue, kind: kindValue,
                    parentAdcode: row[parent].isEmpty ? nil : row[parent],
                    shortForms: OntologyTable.list(row[short]),
                    wordShortForms: OntologyTable.list(row[word])))
        }
        divisions.sort { $0.adcode < $1.adcode }
        var indexByAdcode: [String: Int] = [:]
        for (index, division) in divisions.enumerated() { indexByAdcode[division.adcode] = index }
        for division in divisions {
            guard let row = rowOf[division.adcode] else { continue }
            switch (division.level, division.parentAdcode) {
            case (.province, nil): break
            case (.province, .some):
                throw table.error("a province has no parent", at: row)
            case (_, nil):
                throw table.error("a \(division.level.rawValue) needs a parent", at: row)
            case (_, .some(let code)):
                guard let index = indexByAdcode[code], divisions[index].level < division.level
                else {
                    throw table.error("parent \(code) is no division of a higher level", at: row)
                }
            }
        }

        var labels: [[(division: Int, form: Form)]] = []
        var labelIndex: [String: Int] = [:]
        func add(_ label: String, _ division: Int, _ form: Form) {
            let index: Int
            if let known = labelIndex[label] {
                index = known
            } else {
                index = labels.count
                labelIndex[label] = index
                labels.append([])
            }
            if !labels[index].contains(where: { $0.division == division }) {
                labels[index].append((division, form))
            }
        }
        for (index, division) in divisions.enumerated() {
            add(division.name, index, .full)
            for form in division.shortForms { add(form, index, .short) }
            for form in division.wordShortForms { add(form, index, .word) }
        }
        for index in labels.indices {
            labels[index].sort {
                let a = divisions[$0.division]
                let b = divisions[$1.division]
                if $0.form != $1.form { return $0.form < $1.form }
                if a.level != b.level { return a.level < b.level }
                return a.adcode < b.adcode
            }
        }
        let entries = labelIndex.sorted { $0.value < $1.value }.map { ($0.key, $0.value) }
        self.divisions = divisions
        self.indexByAdcode = indexByAdcode
        self.labels = labels
        self.labelIndex = labelIndex
        // A label that names some division safely stays in the plain trie, even when it is
        // word-like for another (the candidates keep both).
        self.trie = ScalarTrie(entries.filter { labels[$0.1].contains { $0.form != .word } })
        self.wordTrie = ScalarTrie(entries)
    }

    /// The longest region label starting at `index`, with every division it names.
    ///
    /// - Parameter includingWordShortForms: also match short forms that are ordinary words
    ///   (复兴, 光明); off by default.
    /// - Complexity: O(k·m) for k labels sharing the first scalar, m their length.
    public func longestMatch(
        in text: [Unicode.Scalar], at index: Int, includingWordShortForms: Bool = false
    ) -> Match? {
        let found = (includingWordShortForms ? wordTrie : trie).longestMatch(in: text, at: index)
        guard let found else { return nil }
        return Match(length: found.length, candidates: candidates(label: found.value))
    }

    /// Every division called `name` (a full name or a short form), full names first.
    public func divisions(named name: String) -> [Candidate] {
        guard let label = labelIndex[name] else { return [] }
        return candidates(label: label)
    }

    private func candidates(label: Int) -> [Candidate] {
        labels[label].map { Candidate(division: divisions[$0.division], form: $0.form) }
    }

    /// The division with `adcode` (six digits).
    public func division(adcode: String) -> Division? {
        indexByAdcode[adcode].map { divisions[$0] }
    }

    /// The division directly above `division`, nil for a province.
    public func parent(of division: Division) -> Division? {
        division.parentAdcode.flatMap { self.division(adcode: $0) }
    }

    /// The province (or municipality, autonomous region, SAR) `division` lies in; a province
    /// is its own.
    public func province(of division: Division) -> Division {
        var current = division
        while let up = parent(of: current) { current = up }
        return current
    }

    /// `division` and the divisions above it, from the province down.
    public func chain(of division: Division) -> [Division] {
        var result = [division]
        while let up = parent(of: result[0]) { result.insert(up, at: 0) }
        return result
    }
}
