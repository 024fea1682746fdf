/// The words the figure recognisers read around a number (`Ontology/figure-words.tsv`): units,
/// date and ordinal followers, rate denominators and plan cues, each with its roles.
enum FigureWords {
    /// Every word of the table with its roles, in the file's order.
    static let table: [(word: String, roles: Set<String>)] = OntologyTable.standard(
        "figure-words.tsv"
    ) { table throws(OntologyTableError) in
        let words = try table.column("word")
        let roles = try table.column("roles")
        return table.rows.map { row in
            (row[words], Set(row[roles].split(separator: ",").map(String.init)))
        }
    }

    /// The words of `role`, in the file's order.
    static func words(_ role: String) -> [String] {
        table.filter { $0.roles.contains(role) }.map(\.word)
    }

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
