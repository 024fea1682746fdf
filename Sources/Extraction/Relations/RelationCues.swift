/// The words that signal each relation type (`Ontology/relation-cues.tsv`), and the scans the
/// relation rules share.
enum RelationCues {
    /// `Ontology/relation-cues.tsv`: every word with its roles (see the file's header).
    static let table = RoleWords.standard("relation-cues.tsv")

    /// The words of `role`, in the file's order.
    static func words(_ role: String) -> [String] { table.words(role) }

    static let cooperationTrie = ScalarTrie(words("cooperation"))
    static let leadTrie = ScalarTrie(words("lead"))
    static let memberTrie = ScalarTrie(words("member"))
    static let foundingTrie = ScalarTrie(words("founding"))
    static let pathwayTrie = ScalarTrie(words("pathway"))
    static let assistTrie = ScalarTrie(words("assist"))
    static let schoolCooperationTrie = ScalarTrie(words("schoolCooperation"))
    static let schoolCoreferenceTrie = ScalarTrie(words("schoolReference"))
    static let companyCoreferenceTrie = ScalarTrie(words("companyReference"))
    static let bothCoreferenceTrie = ScalarTrie(words("bothReference"))
    static let allianceCoreferenceTrie = ScalarTrie(words("allianceReference"))
    static let enumeratorTrie = ScalarTrie(words("enumerator"))
    static let councilLeadTrie = ScalarTrie(words("councilLead"))
    static let councilMemberTrie = ScalarTrie(words("councilMember"))
    /// Council roles: value 0 leads, 1 membership.
    static let councilTrie = ScalarTrie(
        words("councilLead").map { ($0, 0) } + words("councilMember").map { ($0, 1) })
    /// A sentence that opens with one of these and has no subject is a plan (支持A与B共建…).
    static let plannedTrie = ScalarTrie(words("planned"))
    static let admitTrie = ScalarTrie(words("admit"))
    static let listOpenTrie = ScalarTrie(words("listOpen"))
    static let presenceTrie = ScalarTrie(words("presence"))
    static let venueEndTrie = ScalarTrie(words("venueEnd"))
    static let platformTrie = ScalarTrie(words("platform"))
    static let exampleTrie = ScalarTrie(words("example"))
    static let tablePartyWords = words("tableParty")
    /// Between names and a council role: the names hold it (A、B为副理事长单位).
    static let copulas = words("copula")
    /// Before a presence word, keeps it one (联合承办: joint hosts are only hosts).
    static let jointly = words("jointly")
    /// Opening a clause, a new predicate of the same subject (并与B共建…).
    static let coordinatorTrie = ScalarTrie(words("coordinator"))
    /// Before the first school of an assistance: that school is the one helped (助力B).
    static let helpedBefore = words("helpedBefore")

    /// Words before a partner that make it the one joined (与 B, 携 B, 联合 B).
    static let withMarkers: [[Unicode.Scalar]] = words("withMarker").map {
        Array($0.unicodeScalars)
    }

    /// Start offsets of every cue of `trie` in `s[start..<end]` that lies outside `masked`.
    static func occurrences(
        of trie: ScalarTrie, in s: [Unicode.Scalar], _ start: Int, _ end: Int,
        masked: [Range<Int>] = []
    ) -> [(start: Int, end: Int)] {
        var out: [(Int, Int)] = []
        var i = start
        // `masked` is in text order (the sentence's mentions): walk it beside `i` instead of
        // searching it at every scalar.
        var m = 0
        while i < end {
            while m < masked.count && masked[m].upperBound <= i { m += 1 }
            if m < masked.count && masked[m].contains(i) {
                i = masked[m].upperBound
                continue
            }
            if let hit = trie.longestMatch(in: s, at: i), i + hit.length <= end {
                out.append((i, i + hit.length))
                i += hit.length
                continue
            }
            i += 1
        }
        return out
    }

    /// True for the scalars that separate clauses.
    static func endsClause(_ c: Unicode.Scalar) -> Bool {
        c == "，" || c == "," || c == "：" || c == ":" || c == "；" || c == ";"
            || ScalarClass.endsSentence(c)
    }
}
