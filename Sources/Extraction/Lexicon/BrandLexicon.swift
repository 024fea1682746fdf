/// Company brands and their registered names (`Ontology/brands.tsv`): the short names people
/// write (华为, 宁德时代, 方太), found in text and resolved to one legal name.
///
/// A brand that is also an ordinary word or a region (小米, 长城, 平安) has `needsContext`; the
/// longest match leaves it out unless asked, so a recogniser takes it only beside a company cue.
public struct BrandLexicon: Sendable {
    /// The industry a brand is listed under.
    public enum Industry: String, Sendable, CaseIterable {
        case agriculture, appliance, auto, aviation, bank, beverage, chemical, conglomerate
        case construction, ecommerce, education, electronics, energy, food, hotel, ict, insurance
        case internet, logistics, machinery, medicalDevice, metals, newEnergy, pharma, port
        case powerEquipment, rail, realEstate, retail, securities, semiconductor, services, steel
        case telecom, textile, tourism, consumer
    }

    /// One brand.
    public struct Brand: Sendable, Hashable {
        /// The short name (`华为`).
        public let name: String
        /// The registered name of the main company (`华为技术有限公司`), nil when not certain.
        public let legalName: String?
        /// Other names, each safe alone (`华为公司`).
        public let aliases: [String]
        public let industry: Industry
        /// True when the brand alone is also an ordinary word, region or person's name.
        public let needsContext: Bool
    }

    /// How a label names its brand.
    public enum Form: String, Sendable {
        case brand, alias, legalName
    }

    /// A brand name found in a text.
    public struct Match: Sendable {
        /// The matched label, in scalars.
        public let length: Int
        public let brand: Brand
        public let form: Form
    }

    /// Every brand, sorted by name.
    public let brands: [Brand]
    private let labelTarget: [String: (brand: Int, form: Form)]
    private let trie: ScalarTrie
    private let contextTrie: ScalarTrie
    private let labelList: [String]

    /// The lexicon of the embedded `Ontology/brands.tsv`.
    public static let standard: BrandLexicon = OntologyTable.standard("brands.tsv") {
        table throws(OntologyTableError) in
        try BrandLexicon(table: table)
    }

    /// Reads a table with the columns `brand`, `legalName`, `aliases`, `industry` and
    /// `needsContext`.
    ///
    /// - Throws: `OntologyTableError` for a missing column, a brand of fewer than two scalars, an
    ///   unknown industry, a `needsContext` other than yes or no, or a name (brand or alias)
    ///   given to two brands.
    public init(table: OntologyTable) throws(OntologyTableError) {
        let name = try table.column("brand")
        let legal = try table.column("legalName")
        let aliasColumn = try table.column("aliases")
        let industry = try table.column("industry")
        let context = try table.column("needsContext")
        var listed: [(brand: Brand, row: OntologyTable.Row)] = []
        for row in table.rows {
            guard row[name].unicodeScalars.count >= 2 else {
                throw table.error("brand '\(row[name])' has fewer than two characters", at: row)
            }
            guard let industryValue = Industry(rawValue: row[industry]) else {
                throw table.error("unknown industry '\(row[industry])'", at: row)
            }
            guard row[context] == "yes" || row[context] == "no" else {
                throw table.error("needsContext is '\(row[context])', not yes or no", at: row)
            }
            let brand = Brand(
                name: row[name], legalName: row[legal].isEmpty ? nil : row[legal],
                aliases: OntologyTable.list(row[aliasColumn]), industry: industryValue,
                needsContext: row[context] == "yes")
            listed.append((brand, row))
        }
        listed.sort {
            $0.brand.name.unicodeScalars.lexicographicallyPrecedes($1.brand.name.unicodeScalars)
        }
        var target: [String: (brand: Int, form: Form)] = [:]
        for (index, entry) in listed.enumerated() {
            for (label, form) in [(entry.brand.name, Form.brand)]
                + entry.brand.aliases.map({ ($0, Form.alias) })
            {
                if let other = target[label] {
                    throw table.error(
                        "'\(label)' (\(form.rawValue) of \(entry.brand.name)) already names "
                            + listed[other.brand].brand.name, at: entry.row)
                }
                target[label] = (index, form)
            }
        }
        // A legal name shared by several brands resolves to the first that needs no context
        // (长城汽车股份有限公司 → 长城汽车, not 长城).
        for (index, entry) in listed.enumerated() {
            guard let legalName = entry.brand.legalName else { continue }
            if let other = target[legalName] {
                guard other.form == .legalName, listed[other.brand].brand.needsContext,
                    !entry.brand.needsContext
                else { continue }
            }
            target[legalName] = (index, .legalName)
        }
        let brands = listed.map(\.brand)
        let labels = target.keys.sorted {
            $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
        }
        var plain: [(String, Int)] = []
        var all: [(String, Int)] = []
        for (index, label) in labels.enumerated() {
            guard let entry = target[label] else { continue }
            all.append((label, index))
            if !(entry.form == .brand && brands[entry.brand].needsContext) {
                plain.append((label, index))
            }
        }
        self.brands = brands
        self.labelTarget = target
        self.labelList = labels
        self.trie = ScalarTrie(plain)
        self.contextTrie = ScalarTrie(all)
    }

    /// The brand called `name`: its brand name, an alias or its legal name.
    public func brand(named name: String) -> Brand? {
        labelTarget[name].map { brands[$0.brand] }
    }

    /// Every brand whose registered name is `legalName`.
    public func brands(legalName: String) -> [Brand] {
        brands.filter { $0.legalName == legalName }
    }

    /// The longest brand name, alias or legal name starting at `index`.
    ///
    /// - Parameter includingContextual: also match brands that need context (小米, 长城); off
    ///   by default.
    /// - Complexity: O(k·m) for k labels sharing the first scalar, m their length.
    public func longestMatch(
        in text: [Unicode.Scalar], at index: Int, includingContextual: Bool = false
    ) -> Match? {
        let found = (includingContextual ? contextTrie : trie).longestMatch(in: text, at: index)
        guard let found, let entry = labelTarget[labelList[found.value]] else { return nil }
        return Match(length: found.length, brand: brands[entry.brand], form: entry.form)
    }
}
