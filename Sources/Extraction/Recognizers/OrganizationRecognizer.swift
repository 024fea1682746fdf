/// Finds organisation names by pattern: lexicon labels, names that end in a type suffix
/// (…职业技术学校, …有限公司, …产教联合体, 市…局) extended leftwards to their natural start, and
/// short school abbreviations (龙岗二职).
///
/// The scan walks the scalar array once; at each position it probes small tables keyed by one
/// scalar, so the cost is linear in the text with a small constant.
public struct OrganizationRecognizer: Sendable {
    public var lexicon: Lexicon
    private let suffixes: [Unicode.Scalar: [SuffixRule]]
    /// Last scalars of the suffixes, tested before the dictionary.
    private let suffixEnds: ScalarSet

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
        var table: [Unicode.Scalar: [SuffixRule]] = [:]
        for rule in SuffixRule.all {
            guard let last = rule.scalars.last else { continue }
            table[last, default: []].append(rule)
        }
        for key in table.keys { table[key]?.sort { $0.scalars.count > $1.scalars.count } }
        self.suffixes = table
        self.suffixEnds = ScalarSet(table.keys)
    }

    /// Every organisation mention of `document`, sorted by start offset, without overlaps.
    public func mentions(in document: Document, layout: DocumentLayout) -> [Mention] {
        let s = document.scalars
        let quoted = OrganizationRecognizer.quoteMask(s)
        var lexiconHits: [Mention] = []
        var i = 0
        while i < s.count {
            if ScalarClass.isHan(s[i]) || ScalarClass.isLatin(s[i]),
                let hit = lexicon.organizationTrie.longestMatch(in: s, at: i),
                !(i > 0 && ScalarClass.isLatin(s[i - 1]) && ScalarClass.isLatin(s[i])),
                // 财政部门 is “finance departments”, not 财政部.
                !(i + hit.length < s.count && s[i + hit.length - 1] == "部"
                    && s[i + hit.length] == "门")
            {
                let entry = lexicon.organizations[hit.value]
                let name = String(String.UnicodeScalarView(s[i..<i + hit.length]))
                // 小米 is millet and 长城 the Great Wall unless a company cue is next to them.
                if entry.contextLabels.contains(name)
                    && !OrganizationRecognizer.hasCompanyCue(s, start: i, end: i + hit.length)
                {
                    i += 1
                    continue
                }
                // 在抖音、淘宝等平台开设直播间: a sales platform, not the company behind it.
                if entry.type == .enterprise
                    && OrganizationRecognizer.namesPlatform(s, end: i + hit.length)
                {
                    i += hit.length
                    continue
                }
                // 北京大学生: students, not the university.
                if entry.type.isEducational && i + hit.length < s.count
                    && s[i + hit.length] == "生"
                {
                    i += 1
                    continue
                }
                lexiconHits.append(
                    Mention(
                        start: i, end: i + hit.length, name: name, surface: name, type: entry.type,
                        rule: .lexicon))
                i += hit.length
                continue
            }
            i += 1
        }
        var accepted: [Mention] = []
        var lexiconIndex = 0
        var end = 1
        while end <= s.count {
            // Lexicon hits that end by now join the accepted list in order.
            while lexiconIndex < lexiconHits.count && lexiconHits[lexiconIndex].end <= end {
                let hit = lexiconHits[lexiconIndex]
                if accepted.last.map({ $0.end <= hit.start }) ?? true { accepted.append(hit) }
                lexiconIndex += 1
            }
            guard suffixEnds.contains(s[end - 1]), let rules = suffixes[s[end - 1]] else {
                if let abbreviation = abbreviation(s, end: end, barrier: accepted.last?.end ?? 0) {
                    accepted.append(abbreviation)
                }
                end += 1
                continue
            }
            var matched = false
            for rule in rules {
                let length = rule.scalars.count
                let suffixStart = end - length
                guard suffixStart >= 0,
                    OrganizationRecognizer.matches(s, at: suffixStart, rule.scalars)
                else { continue }
                if end < s.count && rule.forbiddenNext.contains(s[end]) { break }
                if suffixStart > 0 && rule.forbiddenPrevious.contains(s[suffixStart - 1]) { break }
                // 市委宣传部: a one-scalar government suffix inside a longer name.
                if rule.needsAnchor && rule.scalars.count == 1 && end < s.count
                    && ScalarClass.isHan(s[end])
                    && !NameVocabulary.cutScalars.contains(s[end])
                    && !OrganizationRecognizer.levelScalars.contains(s[end])
                    // …保障局负责: a verb after the suffix ends the name.
                    && !(NameVocabulary.cutTrie.hasMatch(in: s, at: end)
                        && !NameVocabulary.departmentTrie.hasMatch(in: s, at: end))
                    // 县人社局出席, 市财政局相关负责人: a whole department's name ends here.
                    && !OrganizationRecognizer.endsDepartment(s, end: end)
                {
                    break
                }
                if OrganizationRecognizer.continuesIntoLongerName(s, end) { break }
                // A lexicon hit covering the suffix wins.
                if lexiconIndex < lexiconHits.count && lexiconHits[lexiconIndex].start < end {
                    break
                }
                let barrier = accepted.last?.end ?? 0
                if barrier > suffixStart { break }
                if rule.extendsKnownBody {
                    // 联合国教科文组织|发展中国家职业教育创新中心: a centre of a known body.
                    if let previous = accepted.last, previous.rule == .lexicon,
                        previous.type == .other,
                        suffixStart - previous.end <= 16,
                        (previous.end..<suffixStart).allSatisfy({ ScalarClass.isHan(s[$0]) })
                    {
                        OrganizationRecognizer.extendLast(&accepted, to: end, in: document)
                        matched = true
                    }
                    break
                }
                if let previous = accepted.last, previous.type == .govBody, rule.type == .govBody,
                    OrganizationRecognizer.isParentBody(s, end: previous.end),
                    suffixStart - previous.end <= 10,
                    (previous.end..<suffixStart).allSatisfy({
                        ScalarClass.isHan(s[$0])
                            && (s[$0] == "及" || !NameVocabulary.cutScalars.contains(s[$0]))
                    }),
                    !(previous.end..<suffixStart).contains(where: {
                        lexicon.regionTrie.hasMatch(in: s, at: $0)
                    }),
                    !NameVocabulary.cutTrie.hasMatch(in: s, at: previous.end)
                {
                    // 香港特区政府教育局, 教育部国民及学前教育署: a bureau of the body before it.
                    OrganizationRecognizer.extendLast(&accepted, to: end, in: document)
                    matched = true
                    break
                }
                if let previous = accepted.last, previous.type == .enterprise,
                    rule.type == .enterprise, previous.end < suffixStart,
                    isBracketedPlace(s, from: previous.end, to: suffixStart)
                {
                    OrganizationRecognizer.extendLast(&accepted, to: end, in: document)
                    matched = true
                    break
                }
                if let previous = accepted.last, previous.end == suffixStart {
                    // Directly after a known name: 京东物流 + 有限公司 is one company.
                    if rule.type == .enterprise && previous.type == .enterprise {
                        OrganizationRecognizer.extendLast(&accepted, to: end, in: document)
                        matched = true
                    }
                    break
                }
                if let mention = candidate(
                    document, layout: layout, rule: rule, suffixStart: suffixStart, end: end,
                    barrier: barrier)
                {
                    if let previous = accepted.last, previous.end == mention.start,
                        previous.type == .enterprise,
                        mention.type == .enterprise
                    {
                        // 广汽埃安 + 新能源汽车股份有限公司 is one company; so is 华晨 + 宝马 +
                        // 汽车有限公司, where the brand (宝马) is only part of the name.
                        var merged = mention
                        merged.start = previous.start
                        let outer = accepted.count >= 2 ? accepted[accepted.count - 2].end : 0
                        if previous.rule == .lexicon,
                            let wider = candidate(
                                document, layout: layout, rule: rule, suffixStart: suffixStart,
                                end: end, barrier: outer),
                            wider.start < previous.start
                        {
                            merged.start = wider.start
                        }
                        merged.surface = document.slice(merged.start, mention.end)
                        merged.name = OrganizationRecognizer.cleanName(merged.surface)
                        accepted[accepted.count - 1] = merged
                        matched = true
                        break
                    }
                    if let previous = accepted.last, previous.end == mention.start,
                        previous.type.isEducational,
                        mention.type.isEducational || mention.type == .alliance,
                        rule.scalars.count <= 2 || mention.type == .alliance
                    {
                        // 深圳技术大学数字创意学院: a sub-unit, counted as its parent.
                        matched = true
                        break
                    }
                    accepted.append(mention)
                    matched = true
                } else {
                    let parts = coordination(
                        document, rule: rule, suffixStart: suffixStart, end: end, barrier: barrier)
                    if !parts.isEmpty {
                        accepted.append(contentsOf: parts)
                        matched = true
                    }
                }
                break
            }
            if !matched,
                let abbreviation = abbreviation(s, end: end, barrier: accepted.last?.end ?? 0)
            {
                accepted.append(abbreviation)
            }
            end += 1
        }
        while lexiconIndex < lexiconHits.count {
            let hit = lexiconHits[lexiconIndex]
            if accepted.last.map({ $0.end <= hit.start }) ?? true { accepted.append(hit) }
            lexiconIndex += 1
        }
        OrganizationRecognizer.attachBracketTails(&accepted, document)
        OrganizationRecognizer.removeHonoraryTitles(&accepted, document)
        accepted = foreignListItems(accepted, document)
        accepted = PartnerSlotRecognizer().add(to: accepted, in: document, lexicon: lexicon)
        accepted = ShortFormRecognizer().add(to: accepted, in: document)
        accepted = DepartmentListRecognizer().add(to: accepted, in: document)
        for index in accepted.indices { accepted[index].quoted = quoted[accepted[index].start] }
        return accepted
    }

    /// Builds the mention whose suffix is `s[suffixStart..<end]`, or nil when what precedes the
    /// suffix is not a name.
    private func candidate(
        _ document: Document, layout: DocumentLayout, rule: SuffixRule, suffixStart: Int, end: Int,
        barrier: Int
    ) -> Mention? {
        let s = document.scalars
        // Collect the prefix scalars leftwards (with their offsets), crossing a broken line.
        var prefix: [(Unicode.Scalar, Int)] = []
        var i = suffixStart
        let limit = max(barrier, suffixStart - rule.maxPrefix - 16)
        scan: while i > limit {
            let c = s[i - 1]
            if ScalarClass.isNameScalar(c) {
                prefix.append((c, i - 1))
                i -= 1
                continue
            }
            if ScalarClass.isCloseBracket(c) {
                var j = i - 2
                var inner: [(Unicode.Scalar, Int)] = []
                while j > limit && j > i - 12 && !ScalarClass.isOpenBracket(s[j]) {
                    guard ScalarClass.isNameScalar(s[j]) || s[j] == "\n" else { break scan }
                    if s[j] != "\n" { inner.append((s[j], j)) }
                    j -= 1
                }
                guard j > limit, ScalarClass.isOpenBracket(s[j]), j > 0,
                    ScalarClass.isNameScalar(s[j - 1]),
                    !inner.isEmpty
                else { break }
                prefix.append(("）", i - 1))
                prefix.append(contentsOf: inner)
                prefix.append(("（", j))
                i = j
                continue
            }
            if c == "\n" {
                // A name broken by the conversion continues at the end of the previous line.
                let line = document.line(at: i)
                guard line >= 2, layout.continuesPrevious[line - 1] else { break }
                var j = i - 1
                while j > limit && (s[j] == "\n" || ScalarClass.isSpace(s[j])) { j -= 1 }
                guard j > limit, ScalarClass.isNameScalar(s[j]) || ScalarClass.isOpenBracket(s[j])
                else { break }
                if ScalarClass.isOpenBracket(s[j]) {
                    prefix.append(("（", j))
                    i = j
                } else {
                    i = j + 1
                }
                continue
            }
            break
        }
        prefix.reverse()
        let stop: Unicode.Scalar = i > 0 ? s[i - 1] : "\n"
        guard let analysed = analyse(prefix, rule: rule, stop: stop) else { return nil }
        let start = analysed.start ?? suffixStart
        if start < suffixStart, prefix.first(where: { $0.1 >= start }) == nil { return nil }
        var type = rule.type
        if analysed.foreign {
            // A foreign alliance or ministry is Other here; a foreign company is still a company
            // (德国赋优集团, 英国…有限公司).
            if type == .alliance || type == .govBody { type = .other }
        }
        let surface = document.slice(start, end)
        var mention = Mention(
            start: start, end: end, name: OrganizationRecognizer.cleanName(surface),
            surface: surface,
            type: type, rule: .suffix)
        mention.confirmed = analysed.confirmed
        return mention
    }

    private struct Analysis {
        /// Offset where the name starts (nil: at the suffix).
        var start: Int?
        var foreign: Bool
        var confirmed: Bool
    }

    /// Cuts the prefix at function words, strips determiners and regions, and judges the rest.
    private func analyse(_ prefix: [(Unicode.Scalar, Int)], rule: SuffixRule, stop: Unicode.Scalar)
        -> Analysis?
    {
        let scalars = prefix.map(\.0)
        let isAlliance = rule.type == .alliance
        let isGov = rule.type == .govBody
        // 1. The name starts after the last cut word or function scalar.
        var cut = 0
        var cutScalar: Unicode.Scalar? = nil
        var history: [(Int, Unicode.Scalar?)] = [(0, nil)]
        var i = 0
        var regionEnd = -1
        while i < scalars.count {
            if let region = lexicon.regionTrie.longestMatch(in: scalars, at: i) {
                i += region.length
                regionEnd = i
                continue
            }
            if let kept = NameVocabulary.protectedTrie.longestMatch(in: scalars, at: i) {
                i += kept.length
                continue
            }
            if isGov, let kept = NameVocabulary.departmentTrie.longestMatch(in: scalars, at: i) {
                i += kept.length
                continue
            }
            // 广州市同晋…: a function scalar right after a region belongs to the name.
            if i == regionEnd && i + 1 < scalars.count
                && ("同上来有后前时其".unicodeScalars.contains(scalars[i])
                    || (rule.type == .enterprise && scalars[i] == "和"))
            {
                i += 1
                continue
            }
            if let word = NameVocabulary.cutTrie.longestMatch(in: scalars, at: i) {
                let text = NameVocabulary.cutWords[word.value]
                // Kept inside names: alliance words (国际合作联盟), business words of companies
                // (保安服务有限公司), and any word right after a region (广东建设职业技术学院).
                let kept =
                    (isAlliance && NameVocabulary.allianceWords.contains(text))
                    || (rule.type == .enterprise && NameVocabulary.businessWords.contains(text))
                    || (i == regionEnd && NameVocabulary.businessWords.contains(text))
                if !kept {
                    cut = i + word.length
                    cutScalar = "。"
                    history.append((cut, cutScalar))
                }
                i += word.length
                continue
            }
            let c = scalars[i]
            if c == "等" && i > 0 && (scalars[i - 1] == "中" || scalars[i - 1] == "高") {
                i += 1
                continue
            }
            if let kept = NameVocabulary.protectedTrie.longestMatch(in: scalars, at: i) {
                i += kept.length
                continue
            }
            if NameVocabulary.cutScalars.contains(c) {
                let allowed =
                    (isAlliance && NameVocabulary.allianceScalars.contains(c))
                    || (isGov && c == "和" && i > cut)
                if !allowed {
                    cut = i + 1
                    cutScalar = c
                    history.append((cut, cutScalar))
                }
            }
            i += 1
        }
        if let analysis = judge(
            prefix, scalars, rule: rule, stop: stop, cut: cut, cutScalar: cutScalar)
        {
            return analysis
        }
        // 天等县职业技术学校, 在天等职校: a function scalar inside a place name is not a cut; with a
        // distinctive suffix, retry from the cut before it.
        if rule.distinctive, history.count >= 2, let last = history.last, let scalar = last.1,
            scalar != "。",
            !"与和及同的".unicodeScalars.contains(scalar)
        {
            let previous = history[history.count - 2]
            // The retried name must not itself start with a function scalar (为大新县…).
            if previous.0 < scalars.count && NameVocabulary.cutScalars.contains(scalars[previous.0])
            {
                return nil
            }
            return judge(
                prefix, scalars, rule: rule, stop: stop, cut: previous.0, cutScalar: previous.1)
        }
        return nil
    }

    /// Steps 2–4 of `analyse` for the name starting at `cut`.
    private func judge(
        _ prefix: [(Unicode.Scalar, Int)], _ scalars: [Unicode.Scalar], rule: SuffixRule,
        stop: Unicode.Scalar,
        cut: Int, cutScalar: Unicode.Scalar?
    ) -> Analysis? {
        var cut = cut
        var cutScalar = cutScalar
        let isAlliance = rule.type == .alliance
        let isGov = rule.type == .govBody
        var rest = cut
        // 2. Leading determiners and quantities.
        var stripping = true
        while stripping && rest < scalars.count {
            stripping = false
            if let junk = NameVocabulary.junkTrie.longestMatch(in: scalars, at: rest) {
                let word = NameVocabulary.leadingJunk[junk.value]
                // 和林格尔县, 共青城市, 同江市: a place that starts with a function scalar.
                if let region = lexicon.regionTrie.longestMatch(in: scalars, at: rest),
                    region.length > junk.length
                {
                    break
                }
                // 大 starts real names only with more after it (大湾区 is a region anyway).
                if word == "大" && rest + 1 < scalars.count
                    && lexicon.regionTrie.hasMatch(in: scalars, at: rest)
                {
                    break
                }
                rest += junk.length
                stripping = true
            } else if NameVocabulary.numerals.contains(scalars[rest]) && rest + 1 < scalars.count
                && "所家个支批项类".unicodeScalars.contains(scalars[rest + 1])
            {
                rest += 2
                stripping = true
            }
        }
        if rest > cut {
            cut = rest
            if cutScalar == nil { cutScalar = "、" }
        }
        // A region inside what is left starts the name (…中层领导来|深圳市…).
        // The last chain of regions starts the name (增城医疗添活力|增城区卫生职业技术学校).
        var depth = 0
        var p = rest
        var chainStart: Int?
        var lastChain: Int?
        while p < scalars.count {
            let c = scalars[p]
            if c == "（" { depth += 1 } else if c == "）" { depth -= 1 }
            if depth == 0, let hit = lexicon.regionTrie.longestMatch(in: scalars, at: p),
                (lexicon.regions[hit.value].level != .national
                    && !lexicon.regions[hit.value].isMinorShortForm) || p == rest
                    || chainStart != nil
            {
                if chainStart == nil { chainStart = p }
                lastChain = chainStart
                p += hit.length
                continue
            }
            chainStart = nil
            p += 1
        }
        // 吉林敖东延边药业股份有限公司, 珠海大横琴汽车服务有限公司: a company named from a region
        // keeps the places inside its name.
        let startsWithRegion = lexicon.regionTrie.hasMatch(in: scalars, at: rest)
        if let lastChain, lastChain > rest, !(rule.type == .enterprise && startsWithRegion) {
            rest = lastChain
            cutScalar = nil
        }
        if scalars.count - rest > rule.maxPrefix { return nil }
        let nameStart = rest
        // 3. Regions from the outside in.
        var levels: [RegionLevel] = []
        var foreign = false
        while rest < scalars.count {
            if let region = lexicon.regionTrie.longestMatch(in: scalars, at: rest) {
                let level = lexicon.regions[region.value].level
                if level == .country { foreign = true }
                levels.append(level)
                rest += region.length
            } else if levels.last == .province,
                let length = RegionPattern.unknownCity(scalars, at: rest)
            {
                levels.append(.city)
                rest += length
            } else if levels.contains(where: { $0 == .city || $0 == .province }),
                !levels.contains(.district),
                let length = RegionPattern.unknownDistrict(scalars, at: rest)
            {
                levels.append(.district)
                rest += length
            } else {
                break
            }
        }
        var genericAnchor = false
        // 市教委, 县人社局, 州教育局, 自治区教育厅: a bare level stands for the document's own region.
        if isGov && levels.isEmpty, let length = GenericLevel.length(scalars, at: rest) {
            genericAnchor = true
            rest += length
        } else if isGov && levels.isEmpty && rest < scalars.count && scalars[rest] == "镇" {
            return nil
        }
        let anchored = levels.contains { $0 != .national } || genericAnchor
        if rule.needsAnchor && !anchored { return nil }
        let district = levels.contains(.district)
        let stem = scalars[rest...]
        // 两大行业产教融合共同体: a plural, not a name.
        for plural in NameVocabulary.plurals where OrganizationRecognizer.contains(stem, plural) {
            return nil
        }
        // 嘉兴学院, 宜宾学院: a city's own 本科 college is named by the city alone.
        let cityCollege =
            rule.type == .higherEd && rule.scalars == ["学", "院"] && levels == [.city]
            && scalars.last.map { !Lexicon.levelScalars.contains($0) } ?? false
        switch NameVocabulary.specificity(stem) {
        case .empty:
            guard
                anchored
                    && (rule.selfDescribing || district || foreign || cityCollege
                        || (isGov && rule.scalars == ["委"]))
            else {
                return nil
            }
        case .qualifiers:
            // 市科技创新委, 省科技厅: a department suffix makes qualifier words a name.
            // 深圳国际职业教育集团 is a name; 广州示范性市域产教联合体 a designation.
            let designation = NameVocabulary.designations.contains {
                OrganizationRecognizer.contains(stem, $0)
            }
            let allianceAnchor =
                isAlliance && !designation && (anchored || (!levels.isEmpty && stem.count >= 4))
            guard district || (isGov && anchored && !rule.selfDescribing) || allianceAnchor else {
                return nil
            }
        case .field:
            guard anchored else { return nil }
        case .proper:
            if scalars.count - nameStart < 2 && !anchored { return nil }
            // 市教委 is a department; 市主委 is not.
            if isGov && rule.scalars.count == 1 && stem.count < 2
                && GovernmentDepartments.standard.canonical(
                    of: String(String.UnicodeScalarView(stem + rule.scalars))) == nil
            {
                return nil
            }
        }
        let start = nameStart < prefix.count ? prefix[nameStart].1 : nil
        var listContext = cutScalar != nil && nameStart == cut
        if rule.isCommonWord {
            // Only a list context proper (与/和/及/、 right before) vouches for these.
            listContext =
                listContext && nameStart > 0
                && "与和及同、".unicodeScalars.contains(scalars[nameStart - 1])
        }
        let boundary = nameStart == 0 && (ScalarClass.isOpenQuote(stop) || stop == "、")
        let confirmed = rule.distinctive || anchored || listContext || boundary
        return Analysis(start: start, foreign: foreign, confirmed: confirmed)
    }

    /// 全国海丝跨境物流、全国智能网联汽车及智慧出行两大行业产教融合共同体: one mention per
    /// coordinated part, each named in full (part + shared tail), its span the part as written.
    private func coordination(
        _ document: Document, rule: SuffixRule, suffixStart: Int, end: Int, barrier: Int
    ) -> [Mention] {
        let s = document.scalars
        var p = suffixStart - 1
        var plural = -1
        var count = 0
        while p > max(barrier, suffixStart - 14) && ScalarClass.isNameScalar(s[p]) {
            if s[p] == "大", let n = OrganizationRecognizer.smallNumbers[s[p - 1]] {
                plural = p - 1
                count = n
                break
            }
            p -= 1
        }
        guard plural > barrier, count >= 2 else { return [] }
        let tail = String(String.UnicodeScalarView(s[(plural + 2)..<end]))
        var parts: [(Int, Int)] = []
        var partEnd = plural
        var i = plural - 1
        while i >= barrier && parts.count < count {
            let c = s[i]
            if c == "、" || !ScalarClass.isNameScalar(c) || i == barrier {
                let start = ScalarClass.isNameScalar(c) && i == barrier ? i : i + 1
                parts.append((start, partEnd))
                if c != "、" { break }
                partEnd = i
            }
            i -= 1
        }
        guard parts.count == count else { return [] }
        var out: [Mention] = []
        for (start, partEnd) in parts.reversed() {
            // The first part starts after the last verb before it (先后获任|全国海丝跨境物流).
            var begin = start
            var k = start
            while k < partEnd {
                if let word = NameVocabulary.cutTrie.longestMatch(in: s, at: k),
                    k + word.length <= partEnd
                {
                    begin = k + word.length
                    k += word.length
                    continue
                }
                k += 1
            }
            guard partEnd - begin >= 2 else { return [] }
            // Each part must name something besides a region (广州、深圳四大示范性… is a plan).
            var q = begin
            while q < partEnd, let region = lexicon.regionTrie.longestMatch(in: s, at: q) {
                q += region.length
            }
            let partStem = s[q..<partEnd]
            if partStem.isEmpty || NameVocabulary.specificity(partStem) == .qualifiers { return [] }
            let surface = document.slice(begin, partEnd)
            var mention = Mention(
                start: begin, end: partEnd, name: OrganizationRecognizer.cleanName(surface) + tail,
                surface: surface, type: rule.type, rule: .suffix)
            mention.confirmed = true
            out.append(mention)
        }
        return out
    }

    /// True when a department's name or short form of at least three scalars ends at `end`
    /// (人社局, 财政局, 发改委; not 市委 of 市委宣传部).
    static func endsDepartment(_ s: [Unicode.Scalar], end: Int) -> Bool {
        guard let hit = GovernmentDepartments.standard.longestSuffix(of: s, endingAt: end) else {
            return false
        }
        return hit.length >= 3
    }

    /// True when the government name ending at `end` is a parent body whose bureaus are named
    /// after it (…政府教育局, 教育部…署).
    static func isParentBody(_ s: [Unicode.Scalar], end: Int) -> Bool {
        matches(s, at: end - 2, ["政", "府"]) || matches(s, at: end - 2, ["育", "部"])
    }

    /// True when a company cue is next to `s[start..<end]`: a company word after it (小米集团,
    /// 长城汽车), or a partner marker before it and a cooperation word or list mark after it
    /// (与小米签约, 联合美的、格力).
    static func hasCompanyCue(_ s: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        for word in companyWords where matches(s, at: end, word) { return true }
        let before =
            PartnerSlotRecognizer.markers.contains { matches(s, at: start - $0.count, $0) }
            || start == 0 || clauseMarks.contains(s[start - 1])
        let after =
            end < s.count
            && (PartnerSlotRecognizer.followers.contains(s[end]) || s[end] == "与"
                || matches(s, at: end, ["携", "手"]))
        return before && after
    }

    /// True when the list going on after `end` (、…等) closes on a platform word (淘宝、京东等
    /// 平台, 天猫旗舰店) before the clause ends.
    static func namesPlatform(_ s: [Unicode.Scalar], end: Int) -> Bool {
        var k = end
        while k < s.count && k - end <= 14 && (ScalarClass.isHan(s[k]) || s[k] == "、") {
            for word in platformWords where matches(s, at: k, word) { return true }
            k += 1
        }
        return false
    }

    private static let platformWords: [[Unicode.Scalar]] = [
        "平台", "旗舰店", "直播间", "网店", "店铺", "商城",
    ].map { Array($0.unicodeScalars) }

    private static let clauseMarks = ScalarSet("，。；：、\n 　“”「」")

    private static let companyWords: [[Unicode.Scalar]] = [
        "公司", "集团", "股份", "有限", "科技", "汽车", "电器", "电子", "控股", "企业",
    ].map { Array($0.unicodeScalars) }

    /// 市委|市政府: an administrative level starts a new name.
    static let levelScalars = ScalarSet("市省区县")

    private static let smallNumbers: [Unicode.Scalar: Int] = [
        "两": 2, "二": 2, "三": 3, "四": 4, "五": 5,
    ]

    /// 龙岗二职 / 宝安一职: a region, an ordinal and 职, not followed by 业, 教, 工 ….
    private func abbreviation(_ s: [Unicode.Scalar], end: Int, barrier: Int) -> Mention? {
        guard end >= 4, s[end - 1] == "职", "一二三四五六七八九".unicodeScalars.contains(s[end - 2]) else {
            return nil
        }
        if end < s.count
            && (ScalarClass.isHan(s[end]) && "业教工称能责位场员前后务校高中专".unicodeScalars.contains(s[end]))
        {
            return nil
        }
        // The region must end right before the ordinal.
        for length in (2...4).reversed() {
            let start = end - 2 - length
            guard start >= barrier, start >= 0 else { continue }
            if let hit = lexicon.regionTrie.longestMatch(in: s, at: start), hit.length == length {
                let name = String(String.UnicodeScalarView(s[start..<end]))
                return Mention(
                    start: start, end: end, name: name, surface: name, type: .school,
                    rule: .abbreviation)
            }
        }
        return nil
    }

    /// 与澳大利亚伊迪斯科文大学、韩国永进专门大学、意大利马兰戈尼（深圳）合作: a foreign name with no
    /// suffix, listed right after foreign institutions of one type, is one of them.
    func foreignListItems(_ mentions: [Mention], _ document: Document) -> [Mention] {
        let s = document.scalars
        var added: [Mention] = []
        for (index, m) in mentions.enumerated() where m.end < s.count && s[m.end] == "、" {
            guard index == 0 || mentions[index - 1].end <= m.start,
                let country = lexicon.regionTrie.longestMatch(in: s, at: m.start),
                lexicon.regions[country.value].level == .country
            else { continue }
            let start = m.end + 1
            if index + 1 < mentions.count && mentions[index + 1].start == start { continue }
            guard let item = lexicon.regionTrie.longestMatch(in: s, at: start),
                lexicon.regions[item.value].level == .country
            else { continue }
            var end = start + item.length
            while end < s.count && end - start < 14 && ScalarClass.isHan(s[end])
                && !NameVocabulary.cutScalars.contains(s[end])
                && !RelationCues.schoolCooperationTrie.hasMatch(in: s, at: end)
            {
                end += 1
            }
            // A bracketed place after the name: 马兰戈尼（深圳）.
            if end < s.count && ScalarClass.isOpenBracket(s[end]),
                let close = (end + 1..<min(s.count, end + 8))
                    .first(where: { ScalarClass.isCloseBracket(s[$0]) })
            {
                end = close + 1
            }
            guard end - start - item.length >= 2, end < s.count,
                s[end] == "、" || RelationCues.schoolCooperationTrie.hasMatch(in: s, at: end)
                    || RelationCues.endsClause(s[end])
            else { continue }
            let surface = document.slice(start, end)
            added.append(
                Mention(
                    start: start, end: end, name: OrganizationRecognizer.cleanName(surface),
                    surface: surface, type: m.type, rule: .suffix))
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.start < $1.start }
    }

    /// 获评宝安区国际化发展特色学校以及深圳市国际理解教育实验学校: honours named like schools are
    /// titles, not organisations — after an honour verb (or chained after such a title, or before
    /// 授牌/称号) and with a title word (特色, 实验, 示范 …) in the name.
    static func removeHonoraryTitles(_ mentions: inout [Mention], _ document: Document) {
        let s = document.scalars
        var previousHonorary = -10
        var drop = Set<Int>()
        func endsWith(_ end: Int, _ word: [Unicode.Scalar]) -> Bool {
            matches(s, at: end - word.count, word)
        }
        for (index, m) in mentions.enumerated() where m.type.isEducational {
            let name = s[m.start..<m.end]
            guard honoraryWords.contains(where: { contains(name, $0) }) else { continue }
            let chained =
                previousHonorary == index - 1 && chainWords.contains { endsWith(m.start, $0) }
            if honourVerbs.contains(where: { endsWith(m.start, $0) }) || chained
                || titleMarkers.contains(where: { matches(s, at: m.end, $0) })
            {
                drop.insert(index)
                previousHonorary = index
            }
        }
        if !drop.isEmpty {
            mentions = mentions.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        }
    }

    private static func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }
    }
    private static let honoraryWords = scalars([
        "特色", "实验学校", "示范", "窗口", "标杆", "先进", "文明", "基地学校", "试点学校", "优质", "品牌",
    ])
    private static let honourVerbs = scalars([
        "获评", "评为", "授予", "荣获", "认定为", "命名为", "入选", "成为", "获得", "被评", "创建",
    ])
    private static let chainWords = scalars(["以及", "和", "、", "及"])
    private static let titleMarkers = scalars(["授牌", "称号", "创建"])

    /// 龙岗区工商联(总商会): a bracket right after a name that names the body again is part of it.
    static func attachBracketTails(_ mentions: inout [Mention], _ document: Document) {
        let s = document.scalars
        for index in mentions.indices {
            let end = mentions[index].end
            guard end < s.count, ScalarClass.isOpenBracket(s[end]) else { continue }
            var j = end + 1
            while j < s.count && j - end <= 8 && ScalarClass.isNameScalar(s[j]) { j += 1 }
            guard j < s.count, ScalarClass.isCloseBracket(s[j]), j > end + 2 else { continue }
            if index + 1 < mentions.count && mentions[index + 1].start <= j { continue }
            let inner = String(String.UnicodeScalarView(s[(end + 1)..<j]))
            // （以下简称联盟） defines a short name; it does not name the body again.
            if ShortFormRecognizer.introducers.contains(where: {
                matches(s, at: end + 1, $0)
            }) {
                continue
            }
            // 职业教育中心（学校）: the same school, named as a school.
            let schoolTail = mentions[index].type == .school && inner == "学校"
            guard
                schoolTail
                    || ["会", "公司", "集团", "联盟", "中心"].contains(where: { inner.hasSuffix($0) })
            else {
                continue
            }
            mentions[index].end = j + 1
            mentions[index].surface = document.slice(mentions[index].start, j + 1)
            mentions[index].name = cleanName(mentions[index].surface)
        }
    }

    /// True when the text at `end` continues into a longer name kind (集团 + 有限公司, 大学 + 联盟).
    static func continuesIntoLongerName(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
        for word in continuations where matches(s, at: end, word) { return true }
        // 中建三局集团（浙江）有限公司: a bracketed place between the parts.
        // 一重集团（黑龙江）重工有限公司: a subsidiary named after its group.
        if end < s.count, ScalarClass.isOpenBracket(s[end]) {
            var j = end + 1
            while j < s.count && j - end <= 7 && ScalarClass.isHan(s[j]) { j += 1 }
            if j < s.count, j > end + 1, ScalarClass.isCloseBracket(s[j]) {
                for word in continuations where matches(s, at: j + 1, word) { return true }
                var k = j + 1
                while k < s.count && k - j <= 8 && ScalarClass.isHan(s[k]) {
                    if matches(s, at: k, companyTail) { return true }
                    k += 1
                }
            }
        }
        return false
    }

    private static let companyTail: [Unicode.Scalar] = ["有", "限", "公", "司"]

    /// True when `s[from..<to]` is a bracketed place (（成都）), as between a brand and the
    /// legal tail of its local company: 格力电器（成都）有限公司.
    func isBracketedPlace(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard to - from >= 4, to - from <= 9, ScalarClass.isOpenBracket(s[from]),
            ScalarClass.isCloseBracket(s[to - 1])
        else { return false }
        guard let hit = lexicon.regionTrie.longestMatch(in: s, at: from + 1) else { return false }
        return hit.length == to - from - 2
    }

    private static let continuations: [[Unicode.Scalar]] = [
        "有限公司", "有限责任公司", "股份有限公司", "股份", "公司", "集团", "联盟", "产教联合体", "联合体",
        "共同体", "职教集团", "教育集团", "产业学院", "研究院", "办公厅", "办公室", "技术有限公司", "科技有限公司",
        "发展有限公司", "投资有限公司", "控股有限公司", "实业有限公司",
    ].map { Array($0.unicodeScalars) }

    /// True when `word` occurs in `s` at `index` (no allocation).
    @inline(__always)
    static func matches(_ s: [Unicode.Scalar], at index: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard index >= 0, index + word.count <= s.count else { return false }
        for k in 0..<word.count where s[index + k] != word[k] { return false }
        return true
    }

    static func contains(_ haystack: ArraySlice<Unicode.Scalar>, _ needle: [Unicode.Scalar]) -> Bool
    {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var i = haystack.startIndex
        while i + needle.count <= haystack.endIndex {
            if haystack[i] == first && Array(haystack[i..<i + needle.count]) == needle {
                return true
            }
            i += 1
        }
        return false
    }

    /// Extends the last accepted mention to `end` (a suffix right after it completes the name).
    static func extendLast(_ accepted: inout [Mention], to end: Int, in document: Document) {
        guard var merged = accepted.last else { return }
        merged.end = end
        merged.surface = document.slice(merged.start, end)
        merged.name = cleanName(merged.surface)
        merged.rule = .suffix
        accepted[accepted.count - 1] = merged
    }

    /// The name without line breaks or spaces, brackets made full-width.
    static func cleanName(_ surface: String) -> String {
        var out = String.UnicodeScalarView()
        for c in surface.unicodeScalars {
            switch c {
            case "\n", "\r", " ", "\t", "\u{3000}": continue
            case "(": out.append("（")
            case ")": out.append("）")
            default: out.append(c)
            }
        }
        return String(out)
    }

    /// For each scalar: true when it lies between an opening and a closing quote on its line.
    static func quoteMask(_ s: [Unicode.Scalar]) -> [Bool] {
        var mask = [Bool](repeating: false, count: s.count)
        var depth = 0
        for (index, c) in s.enumerated() {
            if c == "\n" { depth = 0; continue }
            if ScalarClass.isOpenQuote(c) { depth += 1 }
            mask[index] = depth > 0
            if ScalarClass.isCloseQuote(c) { depth = max(0, depth - 1) }
        }
        return mask
    }
}

extension OrganizationRecognizer {
    /// The surface without line breaks and spaces (brackets as written), for verbatim aliases.
    static func visibleText(_ surface: String) -> String {
        var out = String.UnicodeScalarView()
        for c in surface.unicodeScalars where !(c == "\n" || c == "\r" || c == " " || c == "\t") {
            out.append(c)
        }
        return String(out)
    }
}
