/// The kind of an organisation, as the eval reports spell it.
public enum OrganizationType: String, Sendable, Codable, CaseIterable, Comparable {
    case school = "School"
    case higherEd = "HigherEd"
    case enterprise = "Enterprise"
    case alliance = "Alliance"
    case govBody = "GovBody"
    case other = "Other"

    /// The local name of the class in `Ontology/vocgraph.ttl`.
    public var className: String { self == .other ? "OtherOrganization" : rawValue }

    /// Schools and colleges (the subjects of partnersWith and pathway).
    public var isEducational: Bool { self == .school || self == .higherEd }

    init?(className: String) {
        if className == "OtherOrganization" { self = .other; return }
        self.init(rawValue: className)
    }

    public static func < (lhs: OrganizationType, rhs: OrganizationType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// How far a region reaches; names are stripped of regions from the outside in.
public enum RegionLevel: String, Sendable, Comparable {
    case national, country, province, city, district

    var rank: Int {
        switch self {
        case .national: return 0
        case .country: return 1
        case .province: return 2
        case .city: return 3
        case .district: return 4
        }
    }

    public static func < (lhs: RegionLevel, rhs: RegionLevel) -> Bool { lhs.rank < rhs.rank }
}

/// General knowledge the recognisers lean on: regions and well-known organisations with their
/// preferred and alternative labels (`Ontology/lexicon.ttl`).
public struct Lexicon: Sendable {
    /// A known organisation.
    public struct Organization: Sendable {
        public var type: OrganizationType
        public var prefLabel: String
        public var altLabels: [String]
        /// Labels that are also ordinary words or names (小米, 长城, 美的): they name this
        /// organisation only with a company cue around them (与小米签约, 小米集团).
        public var contextLabels: Set<String> = []
        /// The Ministry of Education's 学校标识码 of a listed institution.
        public var code: String? = nil

        /// An organisation of `type` named `prefLabel`, also written `altLabels`.
        public init(
            type: OrganizationType, prefLabel: String, altLabels: [String],
            contextLabels: Set<String> = [], code: String? = nil
        ) {
            self.type = type
            self.prefLabel = prefLabel
            self.altLabels = altLabels
            self.contextLabels = contextLabels
            self.code = code
        }
    }

    /// A known region.
    public struct Region: Sendable {
        public var level: RegionLevel
        public var prefLabel: String
        public var altLabels: [String]
        /// True for the short forms of counties and districts (将乐 of 将乐县): they bind a
        /// function scalar into a place name (与将乐职专) and are stripped at a name's start,
        /// but do not start a name in the middle of a stem (中国东方电气集团 keeps 中国).
        public var isMinorShortForm = false
    }

    public private(set) var organizations: [Organization] = []
    public private(set) var regions: [Region] = []
    /// Every organisation label → index in `organizations`.
    let organizationTrie: ScalarTrie
    /// Every region label → index in `regions`.
    let regionTrie: ScalarTrie

    /// The lexicon shipped with VocGraph: `Ontology/lexicon.ttl` and every administrative
    /// division of `Ontology/regions.tsv`.
    public static let standard: Lexicon = Lexicon(turtle: embeddedTurtle).adding(
        RegionGazetteer.standard
    )
    .adding(InstitutionRegistry.standard).adding(BrandLexicon.standard)

    /// This lexicon with every listed institution (HigherEd, with its code); an institution
    /// the lexicon already names keeps its entry and gains the code.
    public func adding(_ registry: InstitutionRegistry) -> Lexicon {
        var organizations = self.organizations
        var byLabel = Lexicon.labelIndex(organizations)
        for institution in registry.institutions {
            if let index = byLabel[institution.name] {
                organizations[index].code = organizations[index].code ?? institution.code
                continue
            }
            byLabel[institution.name] = organizations.count
            organizations.append(
                Organization(
                    type: .higherEd, prefLabel: institution.name, altLabels: [],
                    code: institution.code))
        }
        return Lexicon(organizations: organizations, regions: regions)
    }

    /// This lexicon with every brand of `brands` (Enterprise, named by its legal name when
    /// known); a brand whose brand or legal name the lexicon already has joins that entry.
    public func adding(_ brands: BrandLexicon) -> Lexicon {
        var organizations = self.organizations
        var byLabel = Lexicon.labelIndex(organizations)
        for brand in brands.brands {
            let labels = [brand.legalName, brand.name].compactMap { $0 } + brand.aliases
            // Two scalars are too short to stand alone in running text (平高 of 水平高, 方特 of
            // 地方特色, 三全 of 三全育人): such labels need a company cue as well.
            var context: Set<String> = brand.needsContext ? [brand.name] : []
            for label in labels where label.unicodeScalars.count <= 2 { context.insert(label) }
            if let index = labels.lazy.compactMap({ byLabel[$0] }).first {
                guard organizations[index].type == .enterprise else { continue }
                let known = Set([organizations[index].prefLabel] + organizations[index].altLabels)
                for label in labels where !known.contains(label) && byLabel[label] == nil {
                    organizations[index].altLabels.append(label)
                    byLabel[label] = index
                }
                organizations[index].contextLabels.formUnion(context.subtracting(known))
                continue
            }
            let index = organizations.count
            for label in labels where byLabel[label] == nil { byLabel[label] = index }
            organizations.append(
                Organization(
                    type: .enterprise, prefLabel: labels[0], altLabels: Array(labels.dropFirst()),
                    contextLabels: context))
        }
        return Lexicon(organizations: organizations, regions: regions)
    }

    private static func labelIndex(_ organizations: [Organization]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (index, entry) in organizations.enumerated() {
            for label in [entry.prefLabel] + entry.altLabels where out[label] == nil {
                out[label] = index
            }
        }
        return out
    }

    static let levelScalars = ScalarSet("市县区州省盟旗镇乡")

    /// This lexicon with the divisions of `gazetteer` added after its own regions (a label the
    /// lexicon already has keeps the lexicon's region).
    public func adding(_ gazetteer: RegionGazetteer) -> Lexicon {
        var regions = self.regions
        for division in gazetteer.divisions {
            let level: RegionLevel
            switch division.level {
            case .province: level = .province
            case .city: level = .city
            case .county: level = .district
            }
            let major = division.level == .county ? [] : division.shortForms
            regions.append(Region(level: level, prefLabel: division.name, altLabels: major))
            // 市中 (市中区) and 新市 (新市区) read as 市中职学校 and 新市域…: a short form that
            // starts or ends with a level word is left out.
            let minor = division.shortForms.filter { form in
                guard let first = form.unicodeScalars.first, let last = form.unicodeScalars.last
                else { return false }
                return !Lexicon.levelScalars.contains(first) && !Lexicon.levelScalars.contains(last)
            }
            if division.level == .county && !minor.isEmpty {
                regions.append(
                    Region(
                        level: level, prefLabel: division.name, altLabels: minor,
                        isMinorShortForm: true))
            }
        }
        return Lexicon(organizations: organizations, regions: regions)
    }

    /// Reads the restricted Turtle of `Ontology/lexicon.ttl` (see the file's header).
    ///
    /// Statements that do not follow the format are ignored.
    public init(turtle: String) {
        var organizations: [Organization] = []
        var regions: [Region] = []
        for statement in Lexicon.statements(turtle) {
            guard let className = Lexicon.value(after: " a vg:", in: statement) else { continue }
            let labels = Lexicon.quoted(after: "skos:prefLabel", in: statement)
            guard let pref = labels.first else { continue }
            let alts = Lexicon.quoted(after: "skos:altLabel", in: statement)
            if className == "Region" {
                let levelName = Lexicon.quoted(after: "vg:regionLevel", in: statement).first ?? ""
                let level = RegionLevel(rawValue: levelName) ?? .city
                regions.append(Region(level: level, prefLabel: pref, altLabels: alts))
            } else if let type = OrganizationType(className: className) {
                organizations.append(Organization(type: type, prefLabel: pref, altLabels: alts))
            }
        }
        self.init(organizations: organizations, regions: regions)
    }

    /// A lexicon of these organisations and regions.
    public init(organizations: [Organization], regions: [Region]) {
        self.organizations = organizations
        self.regions = regions
        var orgLabels: [(String, Int)] = []
        for (index, entry) in organizations.enumerated() {
            for label in [entry.prefLabel] + entry.altLabels { orgLabels.append((label, index)) }
        }
        var regionLabels: [(String, Int)] = []
        for (index, entry) in regions.enumerated() {
            for label in [entry.prefLabel] + entry.altLabels { regionLabels.append((label, index)) }
        }
        let orgTrie = ScalarTrie(orgLabels)
        let regionTrie = ScalarTrie(regionLabels)
        self.organizationTrie = orgTrie
        self.regionTrie = regionTrie
    }

    /// The lexicon organisation one of whose labels is exactly `name`.
    public func organization(named name: String) -> Organization? {
        let scalars = Array(name.unicodeScalars)
        guard let hit = organizationTrie.longestMatch(in: scalars, at: 0),
            hit.length == scalars.count
        else { return nil }
        return organizations[hit.value]
    }

    // MARK: Restricted Turtle

    private static func statements(_ text: String) -> [String] {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("#") || trimmed.hasPrefix("@prefix") { continue }
            out.append(String(trimmed))
        }
        return out
    }

    private static func value(after marker: String, in statement: String) -> String? {
        guard let range = statement.range(of: marker) else { return nil }
        let rest = statement[range.upperBound...]
        let word = rest.prefix(while: { $0.isLetter || $0.isNumber })
        return word.isEmpty ? nil : String(word)
    }

    private static func quoted(after marker: String, in statement: String) -> [String] {
        var out: [String] = []
        var rest = statement[...]
        while let range = rest.range(of: marker) {
            rest = rest[range.upperBound...]
            guard let open = rest.firstIndex(of: "\"") else { break }
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "\"") else { break }
            out.append(String(rest[afterOpen..<close]))
            rest = rest[close...]
        }
        return out
    }
}
