/// Finds relations sentence by sentence, with one rule per relation type over the sentence's
/// clauses and cues (Rules/), and table by table (Tables/).
///
/// Between sentences it keeps what a later word may refer to: the text's school (named in
/// its headline or at the start of a paragraph or case) for 学校/该校/一是…, the company last
/// named for 该公司, the pair last named together for 双方, and the alliance last named, by
/// kind, for 该联合体 and council lists.
public struct RelationRecognizer: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) { self.lexicon = lexicon }

    /// The sentence rules, in the order they run (later rules see earlier facts).
    static let rules: [any RelationRule] = [
        CooperationRule(), AllianceRule(), CouncilRoleRule(), PathwayRule(), AssistRule(),
        SchoolCooperationRule(),
    ]

    /// Every relation of the document, one per (type, subject, object), at its clearest evidence.
    public func relations(
        in document: Document, layout: DocumentLayout, mentions: [Mention],
        entities: [ResolvedEntity]
    ) -> [RelationFact] {
        let s = document.scalars
        let types = entities.map(\.type)
        let foreign = entities.map { isForeign($0.name) }
        let allianceKinds = entities.map { AllianceRule.kind($0.name) }
        var facts: [RelationFact] = []
        var state = ReferenceState()
        var mentionIndex = 0
        var currentParagraph = -1
        var previousSentenceRange: Range<Int>?
        var aboutTopic = false
        for sentence in Self.sentences(layout, document) {
            let paragraph = layout.paragraphs[sentence.paragraph]
            let paragraphChanged = sentence.paragraph != currentParagraph
            if paragraphChanged {
                currentParagraph = sentence.paragraph
                state.paragraphSubject = nil
                previousSentenceRange = nil
                // A section heading ends the previous case; a caption or the headline keeps it.
                if paragraph.isHeading && paragraph.firstLine > 1
                    && !firstWords(s, paragraph.start, ["案例", "图", "表"])
                {
                    state.caseTopic = nil
                }
            }
            while mentionIndex < mentions.count && mentions[mentionIndex].start < sentence.start {
                mentionIndex += 1
            }
            var slots: [RelationSlot] = []
            var k = mentionIndex
            while k < mentions.count && mentions[k].start < sentence.end {
                let m = mentions[k]
                if m.entity >= 0 {
                    slots.append(
                        RelationSlot(
                            entity: m.entity, type: types[m.entity], start: m.start, end: m.end,
                            quoted: m.quoted))
                }
                k += 1
            }
            let clauses = ClauseSplitter.clauses(s, sentence.start, sentence.end)
            func clause(_ offset: Int) -> Range<Int> {
                clauses.first { $0.contains(offset) } ?? offset..<offset
            }
            Presence.mark(&slots, in: (s, clause))
            let educational = slots.filter { types[$0.entity].isEducational && !$0.quoted }
            // Topic: a school named in the headline (the text's), in a case heading, or at the
            // start of a paragraph when the text has no headline school.
            var newTopic: SentenceContext.Referent?
            let inHeadline = document.line(at: sentence.start) <= 2
            if let first = educational.first(where: { !$0.presentOnly }),
                first.start - paragraph.start <= 40,
                sentence.start == paragraph.start || paragraph.isHeading,
                RelationCues.occurrences(
                    of: RelationCues.schoolCoreferenceTrie, in: s, sentence.start, first.start
                )
                .isEmpty
            {
                newTopic = .init(entity: first.entity, named: first.range)
            }
            if sentence.start == paragraph.start {
                // A paragraph that opens with 学校/该校 or with a school is about the case's school.
                let opener = RelationCues.schoolCoreferenceTrie.longestMatch(
                    in: s, at: paragraph.start)
                aboutTopic =
                    opener != nil
                    || (educational.first.map { $0.start - paragraph.start <= 2 } ?? false)
            }
            let fallback = state.paragraphSubject ?? state.caseTopic ?? state.documentTopic
            let context = SentenceContext(
                s: s, start: sentence.start, end: sentence.end, slots: slots,
                previous: previousSentenceRange, subjectFallback: fallback,
                fallbackIsDistant: state.paragraphSubject == nil,
                lastCompany: state.lastCompany, lastPair: state.lastPair,
                lastSchools: state.lastSchools,
                lastAlliance: state.lastAlliance, currentAlliance: state.currentAlliance,
                foreign: foreign, types: types, aboutTopic: aboutTopic, clauses: clauses)
            var found: [RelationFact] = []
            // Every fact names at least one party of its sentence.
            if !context.slots.isEmpty {
                for rule in Self.rules {
                    found += rule.facts(
                        in: context, existing: rule.readsExisting ? facts + found : [])
                }
            }
            facts += Self.stated(found, in: context)
            if let newTopic {
                if inHeadline && state.documentTopic == nil {
                    state.documentTopic = newTopic
                } else if paragraph.isHeading || state.documentTopic == nil {
                    state.caseTopic = newTopic
                }
            }
            state.update(after: context, kinds: allianceKinds)
            previousSentenceRange = sentence.start..<sentence.end
        }
        // Tables: pairs per row, member lists, and the prose of each cell on its own.
        let allianceMentions = mentions.filter { $0.entity >= 0 && types[$0.entity] == .alliance }
        for table in layout.tables {
            let rows = TableRows(table, document: document, mentions: mentions, types: types)
            guard !rows.rows.isEmpty else { continue }
            for row in rows.rows {
                for cell in Self.cells(row.span, s) {
                    let slots = row.parties.filter { cell.contains($0.start) }
                    guard slots.count >= 2 || slots.contains(where: { $0.type == .alliance }) else {
                        continue
                    }
                    let context = SentenceContext(
                        s: s, start: cell.lowerBound, end: cell.upperBound, slots: slots,
                        previous: nil, subjectFallback: nil, fallbackIsDistant: true,
                        lastCompany: nil, lastPair: nil, lastSchools: nil, lastAlliance: [:],
                        currentAlliance: nil, foreign: foreign, types: types,
                        clauses: ClauseSplitter.clauses(s, cell.lowerBound, cell.upperBound))
                    var found: [RelationFact] = []
                    for rule in Self.rules {
                        found += rule.facts(in: context, existing: rule.readsExisting ? found : [])
                    }
                    facts += Self.stated(found, in: context)
                }
            }
            let tableStart = rows.rows[0].span.lowerBound
            facts += PairTableReader().facts(rows, s: s)
            let alliance = allianceMentions.last { $0.end <= tableStart }.map {
                SentenceContext.Referent(entity: $0.entity, named: $0.start..<$0.end)
            }
            facts += MemberTableReader().facts(
                rows, s: s, alliance: alliance, mentions: allianceMentions, types: types)
        }
        return RelationRecognizer.deduplicate(facts, entities: entities)
    }

    // MARK: helpers

    /// The facts a sentence states, not plans: a sentence that opens with 支持, 鼓励, 推动 …
    /// and has no subject of its own is a task (`支持A与B共建现代化工产业学院`), and only an
    /// alliance it presents as existing (`由A牵头组建的X`) keeps its leader.
    static func stated(_ facts: [RelationFact], in c: SentenceContext) -> [RelationFact] {
        var i = c.start
        // Skip list numbering: 1. / （二） / 3、 and spaces.
        while i < c.end
            && (ScalarClass.isSpace(c.s[i]) || ScalarClass.isDigit(c.s[i])
                || "一二三四五六七八九十（）().．、\t".unicodeScalars.contains(c.s[i]))
        {
            i += 1
        }
        guard RelationCues.plannedTrie.hasMatch(in: c.s, at: i) else {
            // 表示，将支持A与B开展…: a plan word right before the subject makes the fact a plan.
            return facts.filter { fact in
                guard fact.start > c.start else { return true }
                let before = max(c.start, fact.start - 3)
                return !(before..<fact.start).contains { j in
                    RelationCues.plannedTrie.longestMatch(in: c.s, at: j).map {
                        j + $0.length == fact.start
                    } ?? false
                }
            }
        }
        return facts.filter { fact in
            fact.type == .leads && fact.rule == "lead-cue"
                && c.slots.contains {
                    $0.entity == fact.subject && $0.start > c.start && c.s[$0.start - 1] == "由"
                }
        }
    }

    /// The cells of a table row (tab-separated, or runs of two or more spaces).
    static func cells(_ row: Range<Int>, _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = row.lowerBound
        var i = row.lowerBound
        while i < row.upperBound {
            if s[i] == "\t"
                || (ScalarClass.isSpace(s[i]) && i + 1 < row.upperBound
                    && ScalarClass.isSpace(s[i + 1]))
            {
                if i > start { out.append(start..<i) }
                while i < row.upperBound && (s[i] == "\t" || ScalarClass.isSpace(s[i])) { i += 1 }
                start = i
                continue
            }
            i += 1
        }
        if start < row.upperBound { out.append(start..<row.upperBound) }
        return out
    }

    /// The layout's sentences, split again where a relation's evidence must not run on: at a
    /// blank line, and after a headline or dateline that has no final punctuation
    /// (`蒙牛与…共建订单班⏎和林格尔县教育体育局　2025年4月18日⏎4月16日，…`).
    static func sentences(_ layout: DocumentLayout, _ document: Document)
        -> [DocumentLayout.Sentence]
    {
        let s = document.scalars
        var out: [DocumentLayout.Sentence] = []
        for sentence in layout.sentences {
            var start = sentence.start
            var i = sentence.start
            while i < sentence.end {
                if s[i] == "\n" {
                    let line = document.line(at: i)
                    var j = i + 1
                    while j < sentence.end && ScalarClass.isSpace(s[j]) { j += 1 }
                    let blank = j < sentence.end && s[j] == "\n"
                    if blank || line <= 2 {
                        if i > start {
                            out.append(.init(start: start, end: i, paragraph: sentence.paragraph))
                        }
                        start = j
                        i = j
                        continue
                    }
                }
                i += 1
            }
            if start < sentence.end {
                out.append(.init(start: start, end: sentence.end, paragraph: sentence.paragraph))
            }
        }
        return out
    }

    private func firstWords(_ s: [Unicode.Scalar], _ start: Int, _ words: [String]) -> Bool {
        for word in words {
            let w = Array(word.unicodeScalars)
            if start + w.count <= s.count && Array(s[start..<start + w.count]) == w { return true }
        }
        return false
    }

    /// True when the name starts with a country (德国…, 澳大利亚…) or a special administrative
    /// region (香港…, 澳门…): a partner across a border, whatever its type.
    func isForeign(_ name: String) -> Bool {
        let s = Array(name.unicodeScalars)
        if let hit = lexicon.regionTrie.longestMatch(in: s, at: 0),
            lexicon.regions[hit.value].level == .country
        {
            return true
        }
        guard let match = RegionGazetteer.standard.longestMatch(in: s, at: 0) else { return false }
        return match.candidates.contains { $0.division.kind == .sar }
    }
}
