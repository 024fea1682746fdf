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

extension FigureWords {
    /// Words that introduce the base of a relative goal (`比`2023年, `较`上年).
    static let baseMarkers = words("base")
    /// The year before the goal's own year (`上年`, `去年`), longest first so 上年度 wins over 上年.
    static let lastYearWords = words("lastYear").sorted {
        $0.unicodeScalars.count > $1.unicodeScalars.count
    }
    /// Verbs that add a relative goal's change to its base (提高, 增长).
    static let increaseVerbs = words("increase")
    /// Verbs that take a relative goal's change from its base (下降, 减少).
    static let decreaseVerbs = words("decrease")
    /// Doublings of the base (翻一番, 翻两番), longest first.
    static let doublings = words("doubling").sorted {
        $0.unicodeScalars.count > $1.unicodeScalars.count
    }
}
