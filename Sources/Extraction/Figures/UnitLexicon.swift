/// The measure words and units a Chinese report or policy puts after a number.
///
/// Durations and dates (年, 月, 日, 天, 周, 届, 级) are deliberately absent: a number followed by one of
/// them is a date or a duration, never a reported quantity.
public enum UnitLexicon {
    /// Units (`Ontology/figure-words.tsv`, role `unit`), longest first so that `万人次` wins over
    /// `万人` and `人`.
    public static let units: [String] = FigureWords.words("unit").sorted {
        $0.unicodeScalars.count > $1.unicodeScalars.count
    }

    /// Words after a number that make it a date, a duration or an ordinal rather than a quantity.
    public static let nonQuantityFollowers: [String] = FigureWords.words("notQuantity")

    /// The unit that starts at `index` in `scalars`, if any (longest match).
    public static func unit(in scalars: [Unicode.Scalar], at index: Int) -> String? {
        for unit in units where matches(unit, in: scalars, at: index) { return unit }
        return nil
    }

    /// Whether `word` occurs in `scalars` starting at `index`.
    public static func matches(_ word: String, in scalars: [Unicode.Scalar], at index: Int) -> Bool
    {
        var i = index
        for scalar in word.unicodeScalars {
            guard i < scalars.count, scalars[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// The canonical spelling of a unit (full-width percent and `m2` folded).
    public static func canonical(_ unit: String) -> String {
        // 平方米/生 → m²/生: a rate's numerator is folded as a unit alone is.
        if let slash = unit.firstIndex(of: "/"), slash != unit.startIndex {
            return canonical(String(unit[..<slash])) + String(unit[slash...])
        }
        switch unit {
        case "％": return "%"
        case "m2", "m ²", "m <sup>2</sup>", "平方米", "m<sup>2</sup>": return "m²"
        default: return unit
        }
    }
}
