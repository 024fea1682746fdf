/// The Ministry of Education's list of regular higher-education institutions
/// (`Ontology/institutions.tsv`): official names with their 学校标识码, level and location.
///
/// The list backs the structural rules of the recognisers; it never replaces them (most
/// secondary schools are in no list, and names change: a renamed college is under its old name).
public struct InstitutionRegistry: Sendable {
    /// One listed institution.
    public struct Institution: Sendable, Hashable {
        /// 本科 or 专科.
        public enum Level: String, Sendable, CaseIterable {
            case bachelor = "本科"
            case associate = "专科"
        }

        /// Who runs it, from the list's note.
        public enum Ownership: String, Sendable, CaseIterable {
            case publicSector = "公办"
            case privateSector = "民办"
            case sinoForeign = "中外合作办学"
            case mainlandHongKongMacauTaiwan = "内地与港澳台地区合作办学"
        }

        /// The 10-digit 学校标识码 (`4144011113`).
        public let code: String
        /// The official name.
        public let name: String
        public let level: Level
        public let ownership: Ownership
        /// The supervising body as listed (`教育部`, `广东省`, `河北省教育厅`).
        public let authority: String
        /// The province's adcode (from the code).
        public let provinceAdcode: String
        /// The city as listed (`深圳市`).
        public let location: String
        /// The adcode of `location` in `Ontology/regions.tsv`, when it names one division.
        public let locationAdcode: String?
    }

    /// Every institution, sorted by code.
    public let institutions: [Institution]
    private let indexByName: [String: Int]
    private let indexByCode: [String: Int]
    private let trie: ScalarTrie

    /// The registry of the embedded `Ontology/institutions.tsv`.
    public static let standard: InstitutionRegistry = OntologyTable.standard("institutions.tsv") {
        table throws(OntologyTableError) in
        try InstitutionRegistry(table: table)
    }

    /// Reads a table with the columns `code`, `name`, `level`, `ownership`, `authority`,
    /// `provinceAdcode`, `location` and `locationAdcode`.
    ///
    /// - Throws: `OntologyTableError` for a missing column, an unknown level or ownership, a
    ///   code that is not ten digits, or a repeated code or name.
    public init(table: OntologyTable) throws(OntologyTableError) {
        let code = try table.column("code")
        let name = try table.column("name")
        let level = try table.column("level")
        let ownership = try table.column("ownership")
        let authority = try table.column("authority")
        let province = try table.column("provinceAdcode")
        let location = try table.column("location")
        let locationAdcode = try table.column("locationAdcode")
        var listed: [(institution: Institution, row: OntologyTable.Row)] = []
        for row in table.rows {
            guard row[code].unicodeScalars.count == 10,
                row[code].unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
            else {
                throw table.error("code '\(row[code])' is not ten digits", at: row)
            }
            guard let levelValue = Institution.Level(rawValue: row[level]) else {
                throw table.error("level '\(row[level])' is neither 本科 nor 专科", at: row)
            }
            guard let ownershipValue = Institution.Ownership(rawValue: row[ownership]) else {
                throw table.error("unknown ownership '\(row[ownership])'", at: row)
            }
            listed.append(
                (
                    Institution(
                        code: row[code], name: row[name], level: levelValue,
                        ownership: ownershipValue, authority: row[authority],
                        provinceAdcode: row[province], location: row[location],
                        locationAdcode: row[locationAdcode].isEmpty ? nil : row[locationAdcode]),
                    row
                ))
        }
        listed.sort { $0.institution.code < $1.institution.code }
        var indexByName: [String: Int] = [:]
        var indexByCode: [String: Int] = [:]
        for (index, entry) in listed.enumerated() {
            if indexByCode.updateValue(index, forKey: entry.institution.code) != nil {
                throw table.error("code \(entry.institution.code) repeated", at: entry.row)
            }
            if indexByName.updateValue(index, forKey: entry.institution.name) != nil {
                throw table.error("name \(entry.institution.name) repeated", at: entry.row)
            }
        }
        let institutions = listed.map(\.institution)
        self.institutions = institutions
        self.indexByName = indexByName
        self.indexByCode = indexByCode
        self.trie = ScalarTrie(institutions.enumerated().map { ($0.element.name, $0.offset) })
    }

    /// The institution whose official name is exactly `name`.
    public func institution(named name: String) -> Institution? {
        indexByName[name].map { institutions[$0] }
    }

    /// The institution with the 学校标识码 `code`.
    public func institution(code: String) -> Institution? {
        indexByCode[code].map { institutions[$0] }
    }

    /// The longest official name starting at `index`.
    ///
    /// - Complexity: O(k·m) for k names sharing the first scalar, m their length.
    public func longestMatch(in text: [Unicode.Scalar], at index: Int) -> (
        length: Int, institution: Institution
    )? {
        trie.longestMatch(in: text, at: index).map { ($0.length, institutions[$0.value]) }
    }
}
