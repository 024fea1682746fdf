import Testing

@testable import RDF

/// A small deterministic pseudo-random generator (SplitMix64) so failures reproduce by seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func randomGraph(seed: UInt64, triples: Int, terms: Int) -> [Triple] {
    var rng = SeededGenerator(seed: seed)
    func term(_ kind: Int) -> Term {
        let n = Int.random(in: 0..<terms, using: &rng)
        switch kind {
        case 1: return .iri("http://example.org/p\(n % 5)")
        default: return n % 7 == 0 ? .string("字\(n)") : .iri("http://example.org/n\(n)")
        }
    }
    return (0..<triples).map { _ in Triple(term(0), term(1), term(2)) }
}

@Suite struct GraphTests {
    @Test func dictionaryAssignsIDsInFirstSeenOrder() {
        var dictionary = TermDictionary()
        let a = dictionary.intern(.iri("http://e/a"))
        let b = dictionary.intern(.string("深圳"))
        let again = dictionary.intern(.iri("http://e/a"))
        #expect(a == TermID(0))
        #expect(b == TermID(1))
        #expect(again == a)
        #expect(dictionary[b] == .string("深圳"))
        #expect(dictionary.id(of: .string("广州")) == nil)
    }

    @Test func insertDeduplicatesAndKeepsSPOSorted() {
        let triples = randomGraph(seed: 1, triples: 500, terms: 40)
        let graph = Graph(triples)
        #expect(graph.count == Set(triples).count)
        #expect(zip(graph.spo, graph.spo.dropFirst()).allSatisfy { Graph.spoLess($0, $1) })
        #expect(zip(graph.pos, graph.pos.dropFirst()).allSatisfy { Graph.posLess($0, $1) })
        #expect(zip(graph.osp, graph.osp.dropFirst()).allSatisfy { Graph.ospLess($0, $1) })
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func everyTriplePatternMatchesBruteForce(seed: UInt64) {
        let graph = Graph(randomGraph(seed: seed, triples: 400, terms: 30))
        var rng = SeededGenerator(seed: seed &+ 100)
        for _ in 0..<60 {
            let probe = graph.spo[Int.random(in: 0..<graph.count, using: &rng)]
            for mask in 0..<8 {
                let s = mask & 1 != 0 ? probe.s : nil
                let p = mask & 2 != 0 ? probe.p : nil
                let o = mask & 4 != 0 ? probe.o : nil
                let expected = graph.spo.filter {
                    (s == nil || $0.s == s) && (p == nil || $0.p == p) && (o == nil || $0.o == o)
                }
                let got = graph.match(s, p, o).sorted(by: Graph.spoLess)
                #expect(got == expected, "pattern mask \(mask)")
            }
        }
    }

    @Test func singleInsertKeepsOrderAndInvalidatesIndexes() {
        var graph = Graph(randomGraph(seed: 9, triples: 100, terms: 20))
        _ = graph.pos
        let added = Triple(.iri("http://e/new"), .iri("http://example.org/p0"), .string("x"))
        let first = graph.insert(added)
        let second = graph.insert(added)
        #expect(first)
        #expect(!second)
        #expect(graph.contains(added))
        let p = graph.id(of: added.predicate)
        #expect(graph.match(nil, p, nil).contains { graph.triple($0) == added })
    }

    @Test func mergeKeepsBlankNodesOfDifferentDocumentsApart() {
        let b = Term.blank(BlankNode("b1"))
        let p = Term.iri("http://e/p")
        var first = Graph([Triple(b, p, .string("one"))])
        let second = Graph([Triple(b, p, .string("two"))])
        first.merge(second)
        #expect(first.count == 2)
        let subjects = Set(first.triples.map(\.subject))
        #expect(subjects == [.blank(BlankNode("b1")), .blank(BlankNode("b1_2"))])
    }

    @Test func isomorphismIgnoresBlankLabelsButNotStructure() {
        let p = Term.iri("http://e/p")
        let q = Term.iri("http://e/q")
        let g1 = Graph([
            Triple(.blank(BlankNode("x")), p, .blank(BlankNode("y"))),
            Triple(.blank(BlankNode("y")), q, .string("v")),
        ])
        let g2 = Graph([
            Triple(.blank(BlankNode("a")), p, .blank(BlankNode("b"))),
            Triple(.blank(BlankNode("b")), q, .string("v")),
        ])
        let g3 = Graph([
            Triple(.blank(BlankNode("a")), p, .blank(BlankNode("b"))),
            Triple(.blank(BlankNode("a")), q, .string("v")),
        ])
        #expect(g1.isIsomorphic(to: g2))
        #expect(!g1.isIsomorphic(to: g3))
    }

    @Test func statisticsCountClassesAndPredicates() {
        let type = Term.iri(Vocab.rdf.type)
        let school = Term.iri(Vocab.vg.School)
        let graph = Graph([
            Triple(.iri("http://e/a"), type, school),
            Triple(.iri("http://e/b"), type, school),
            Triple(.iri("http://e/a"), .iri(Vocab.rdfs.label), .text("甲", language: "zh")),
        ])
        let stats = GraphStatistics(graph)
        #expect(stats.triples == 3)
        #expect(stats.distinctSubjects == 2)
        #expect(stats.distinctPredicates == 2)
        #expect(stats.classes.first?.iri == Vocab.vg.School)
        #expect(stats.classes.first?.count == 2)
        #expect(stats.table(prefixes: .standard).contains("vg:School"))
    }
}

@Suite struct TermTests {
    @Test func iriParsingRejectsSpacesAndControls() throws {
        #expect(throws: IRIError.self) { try IRI(parsing: "http://e/a b") }
        #expect(throws: IRIError.self) { try IRI(parsing: "http://e/a\u{7}") }
        #expect(throws: IRIError.self) { try IRI(parsing: "no-scheme") }
        #expect(try IRI(parsing: "https://w3id.org/vocgraph/id/深圳").string.hasSuffix("深圳"))
    }

    @Test func xsdStringIsTheSimpleLiteral() {
        #expect(Literal("a", datatype: Vocab.xsd.string) == Literal("a"))
        #expect(Literal("a", language: "ZH-cn").language == "zh-cn")
    }

    @Test func prefixMapExpandsAndAbbreviates() {
        let map = PrefixMap.standard
        #expect(map.expand("vg:School") == Vocab.vg.School)
        #expect(map.expand("nope:x") == nil)
        #expect(map.abbreviate(Vocab.rdfs.label) == "rdfs:label")
        #expect(map.abbreviate(IRI(unchecked: "http://unknown/x")) == nil)
    }

    @Test func tableCountsChineseAsDoubleWidth() {
        #expect(TextTable.displayWidth("深圳ab") == 6)
        let text = TextTable(
            header: ["名称", "n"], rows: [["华为", "1"], ["abc", "22"]], rightAligned: [1]
        ).render()
        let lines = text.split(separator: "\n")
        #expect(lines[2] == "华为   1")
        #expect(lines[3] == "abc   22")
    }
}

/// The counting sorts behind `pos` and `osp` against plain comparison sorts.
struct IndexOrderTests {
    @Test func countingSortedIndexesEqualComparisonSorts() {
        for seed in UInt64(1)...20 {
            let graph = Graph(
                randomGraph(seed: seed, triples: Int(seed) * 37, terms: Int(seed) * 5 + 3))
            #expect(graph.pos == graph.spo.sorted(by: Graph.posLess), "seed \(seed)")
            #expect(graph.osp == graph.spo.sorted(by: Graph.ospLess), "seed \(seed)")
        }
    }
}
