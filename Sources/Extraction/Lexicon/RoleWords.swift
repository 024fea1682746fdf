/// A word table of `Ontology/` with a `word` and a comma-separated `roles` column
/// (`name-words.tsv`, `relation-cues.tsv`, `figure-words.tsv`): every word with its roles, in
/// the file's order, and the words of one role.
struct RoleWords: Sendable {
    let entries: [(word: String, roles: Set<String>)]

    /// The embedded `Ontology/<name>`, which is ours: a failure to read it is a broken invariant.
    static func standard(_ name: String) -> RoleWords {
        OntologyTable.standard(name) { table throws(OntologyTableError) in
            let words = try table.column("word")
            let roles = try table.column("roles")
            return RoleWords(
                entries: table.rows.map { row in
                    (row[words], Set(row[roles].split(separator: ",").map(String.init)))
                })
        }
    }

    /// The words of `role`, in the file's order.
    func words(_ role: String) -> [String] {
        entries.filter { $0.roles.contains(role) }.map(\.word)
    }
}
