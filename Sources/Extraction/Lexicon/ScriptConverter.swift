/// Traditional → simplified Chinese, one scalar for one scalar (`Ontology/t2s.tsv`, OpenCC's
/// character tables), so a converted text keeps every offset of the original.
///
/// Matching runs on the simplified view while names, quotes and offsets are taken from the
/// original text. Only characters are converted, never phrases (OpenCC's phrase tables change
/// lengths), and each character takes OpenCC's first candidate.
public struct ScriptConverter: Sendable {
    /// What a mapped scalar is.
    public enum Kind: String, Sendable, CaseIterable {
        /// Not used in simplified text (個 → 个): evidence of traditional script.
        case traditional
        /// Also a simplified character (乾 → 干, yet 乾隆): converted, but no evidence.
        case shared
        /// A CJK compatibility ideograph (U+F900 → U+8C48), as PDF extraction leaves them.
        case compatibility
    }

    /// BMP scalar → simplified scalar value (0 = unchanged).
    private var bmp: [UInt32]
    /// Scalars above the BMP.
    private var astral: [Unicode.Scalar: Unicode.Scalar] = [:]
    private var traditionalOnly = ScalarSet()
    /// The number of mapped scalars.
    public private(set) var count = 0

    /// The converter of the embedded `Ontology/t2s.tsv`.
    public static let standard: ScriptConverter = OntologyTable.standard("t2s.tsv") {
        table throws(OntologyTableError) in
        try ScriptConverter(table: table)
    }

    /// Reads a table with the columns `traditional`, `simplified` and `kind`.
    ///
    /// - Throws: `OntologyTableError` for a missing column, a field that is not exactly one
    ///   scalar, or an unknown kind.
    public init(table: OntologyTable) throws(OntologyTableError) {
        let traditional = try table.column("traditional")
        let simplified = try table.column("simplified")
        let kindColumn = try table.column("kind")
        bmp = [UInt32](repeating: 0, count: 0x10000)
        for row in table.rows {
            guard let from = ScriptConverter.single(row[traditional]),
                let to = ScriptConverter.single(row[simplified])
            else {
                throw table.error("traditional and simplified must be one scalar each", at: row)
            }
            guard let kind = Kind(rawValue: row[kindColumn]) else {
                let kinds = Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw table.error("kind '\(row[kindColumn])' is not one of \(kinds)", at: row)
            }
            if from.value < 0x10000 {
                bmp[Int(from.value)] = to.value
            } else {
                astral[from] = to
            }
            if kind == .traditional { traditionalOnly.insert(from) }
            count += 1
        }
    }

    private static func single(_ field: String) -> Unicode.Scalar? {
        let scalars = field.unicodeScalars
        guard let first = scalars.first, scalars.count == 1 else { return nil }
        return first
    }

    /// The simplified form of `scalar` (itself when the table has none).
    @inline(__always)
    public func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x10000 {
            let mapped = bmp[Int(v)]
            return mapped == 0 ? scalar : Unicode.Scalar(mapped) ?? scalar
        }
        return astral[scalar] ?? scalar
    }

    /// `scalars` with every traditional character replaced by its simplified form; the result
    /// has the same length, so offsets carry over unchanged.
    ///
    /// - Complexity: O(n).
    public func simplified(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map { simplified($0) }
    }

    /// True when `scalar` is a traditional character not used in simplified text.
    public func isTraditional(_ scalar: Unicode.Scalar) -> Bool {
        traditionalOnly.contains(scalar)
    }

    /// The fraction of the CJK ideographs of `scalars` that are traditional-only characters
    /// (0 when there are none): about 0 for simplified text, 0.2–0.4 for running traditional
    /// text, where most characters are the same in both scripts.
    public func traditionalShare(of scalars: [Unicode.Scalar]) -> Double {
        var ideographs = 0
        var traditional = 0
        for scalar in scalars where ScriptConverter.isIdeograph(scalar) {
            ideographs += 1
            if traditionalOnly.contains(scalar) { traditional += 1 }
        }
        return ideographs == 0 ? 0 : Double(traditional) / Double(ideographs)
    }

    /// CJK unified ideographs (with extension A and the supplementary planes) and
    /// compatibility ideographs.
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}
