/// The words the figure recognisers read around a number (`Ontology/figure-words.tsv`): units,
/// date and ordinal followers, rate denominators and plan cues, each with its roles.
enum FigureWords {
    /// `Ontology/figure-words.tsv`: every word with its roles (see the file's header).
    static let table = RoleWords.standard("figure-words.tsv")

    /// The words of `role`, in the file's order.
    static func words(_ role: String) -> [String] { table.words(role) }

    /// Denominators of a rate that are not units themselves (`生` in 个/生, `百生` in 台/百生),
    /// longest first.
    static let perWords = words("per").sorted {
        $0.unicodeScalars.count > $1.unicodeScalars.count
    }

    /// Cues of a plan or a commitment (将, 计划, 预计): a figure under one is not yet a fact.
    static let futureCues = words("future")
}

extension FigureWords {
    /// Words of an indicator's name that make smaller better (下降, 控制): its targets are `<=`.
    static let smallerIsBetter = words("smaller")
}
