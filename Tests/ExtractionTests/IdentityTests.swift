import Foundation
import RDF
import RaptorIO
import Testing

@testable import Extraction

/// One node per organisation: no label on two organisation nodes, one class and one preferred
/// label per node, every scope and responsible unit an organisation node (or a region's schools,
/// `vg:SchoolSystem`), on the committed corpus graph and on a graph of invented documents.
@Suite struct IdentityTests {
    /// Every way `graph` breaks one-node-per-organisation, one line each (empty when none).
    static func problems(in graph: Graph) -> [String] {
        let type = Term.iri(Vocab.rdf.type)
        func objects(_ s: Term, _ p: IRI) -> [Term] {
            graph.match(subject: s, predicate: .iri(p)).map(\.object)
        }
        var organisations = Set<Term>()
        for t in graph.match(predicate: type) {
            guard let iri = t.object.iri else { continue }
            if OrganizationType(classIRI: iri) != nil || iri == Vocab.org.FormalOrganization {
                organisations.insert(t.subject)
            }
        }
        var problems: [String] = []
        var nodesByLabel: [String: Set<Term>] = [:]
        for node in organisations.sorted() {
            let classes = objects(node, Vocab.rdf.type).compactMap(\.iri).filter {
                OrganizationType(classIRI: $0) != nil
            }
            if classes.count != 1 { problems.append("\(node): classes \(classes)") }
            if !objects(node, Vocab.rdf.type).contains(.iri(Vocab.org.FormalOrganization)) {
                problems.append("\(node): not an org:FormalOrganization")
            }
            let preferred = objects(node, Vocab.skos.prefLabel)
            if preferred.count != 1 { problems.append("\(node): prefLabels \(preferred)") }
            for p in [Vocab.rdfs.label, Vocab.skos.prefLabel, Vocab.skos.altLabel] {
                for label in objects(node, p).compactMap(\.literal?.lexical) {
                    nodesByLabel[label, default: []].insert(node)
                }
            }
        }
        for (label, nodes) in nodesByLabel.sorted(by: { $0.key < $1.key }) where nodes.count > 1 {
            problems.append("\(label) labels \(nodes.count) organisation nodes")
        }
        for p in [Vocab.vg.scope, Vocab.vg.responsibleUnit, Vocab.vg.leadUnit] {
            for t in graph.match(predicate: .iri(p)) where !organisations.contains(t.object) {
                let isSystem = objects(t.object, Vocab.rdf.type).contains(
                    .iri(Vocab.vg.SchoolSystem))
                if p != Vocab.vg.scope || !isSystem {
                    problems.append("\(t.object), object of \(p), is no organisation node")
                }
            }
        }
        return problems
    }

    /// The check finds what the three old IRI recipes made: one college as two nodes (one
    /// typed by the extractor, one by the task list) and a scope node of its own.
    @Test func checkFindsSplitNodes() {
        let label = Term.text("深圳技师学院", language: "zh")
        let (a, b, scope) = (Term.iri("urn:x:a"), Term.iri("urn:x:b"), Term.iri("urn:x:s"))
        let split = Graph([
            Triple(a, .iri(Vocab.rdf.type), .iri(Vocab.vg.School)),
            Triple(a, .iri(Vocab.rdf.type), .iri(Vocab.org.FormalOrganization)),
            Triple(a, .iri(Vocab.skos.prefLabel), label),
            Triple(b, .iri(Vocab.rdf.type), .iri(Vocab.vg.HigherEd)),
            Triple(b, .iri(Vocab.rdfs.label), label),
            Triple(.iri("urn:x:task"), .iri(Vocab.vg.responsibleUnit), b),
            Triple(scope, .iri(Vocab.rdfs.label), label),
            Triple(.iri("urn:x:obs"), .iri(Vocab.vg.scope), scope),
        ])
        #expect(
            Self.problems(in: split) == [
                "<urn:x:b>: not an org:FormalOrganization", "<urn:x:b>: prefLabels []",
                "深圳技师学院 labels 2 organisation nodes",
                "<urn:x:s>, object of \(Vocab.vg.scope), is no organisation node",
            ])
    }

    @Test(.enabled(if: TestSupport.corpusAvailable, "../shared/corpus is absent"))
    func corpusGraphHasOneNodePerOrganisation() throws {
        let path = TestSupport.packageRoot.appendingPathComponent("Graphs/corpus.ttl").path
        let graph = try RDFReader().read(file: path, format: .turtle)
        #expect(Self.problems(in: graph) == [])
        #expect(!graph.match(predicate: .iri(Vocab.vg.scope)).isEmpty)
    }

    /// A report and a policy of our own writing, about the same city's bodies and schools.
    static let report = Document(
        name: "report.txt",
        text: """
            2025年清远市中等职业教育质量报告（示例）

            清远市教育局

            一、基本情况

            2025年，全市中职学校毕业生就业率为96.2%，双师型教师比例为58%。清远市中等职业学校专任教师为1906人。

            二、产教融合

            清远市第九职业技术学校与清远云杉科技有限公司共建智能制造产业学院。清远市第九职业技术学校毕业生就业率为97.5%。

            清远技师学院与清远云杉科技有限公司共建新能源汽车实训基地。

            """)

    static let policy = Document(
        name: "policy.txt",
        text: """
            清远市推进职业教育高质量发展实施方案

            清远市人民政府

            2024年3月1日

            清远市教育局、清远市人力资源和社会保障局要会同清远市第九职业技术学校做好试点工作。

            清远市工作任务清单

            序号\t政策内容\t责任单位
            1\t中职学校毕业生就业率不低于95%。\t市教育局牵头，市人力资源和社会保障局、清远市第九职业技术学校按职责分工负责
            2\t建设5个以上产教融合实训基地。\t市教育局、清远技师学院

            """)

    static func inventedGraph() -> Graph {
        GraphBuilder().graph(for: [report, policy].map(Extractor.standard.extract))
    }

    /// The node of the organisation labelled `name` (rdfs:label), exactly one.
    static func node(_ graph: Graph, _ name: String) throws -> Term {
        let nodes = graph.match(
            predicate: .iri(Vocab.rdfs.label), object: .text(name, language: "zh")
        )
        .map(\.subject)
        try #require(nodes.count == 1, "\(name): \(nodes)")
        return nodes[0]
    }

    @Test func inventedCorpusHasOneNodePerOrganisation() {
        #expect(Self.problems(in: Self.inventedGraph()) == [])
    }

    /// "Figures of school X" meet the extractor's school X: the scope is its node.
    @Test func scopeOfASchoolIsTheSchoolsNode() throws {
        let g = Self.inventedGraph()
        let school = try Self.node(g, "清远市第九职业技术学校")
        #expect(!g.match(subject: school, predicate: .iri(Vocab.vg.partnersWith)).isEmpty)
        let figures = g.match(predicate: .iri(Vocab.vg.scope), object: school)
        #expect(figures.count == 1)
    }

    /// A region's schools as a whole are a vg:SchoolSystem with its region, not an organisation.
    @Test func regionWideScopeIsTheRegionsSchoolSystem() throws {
        let g = Self.inventedGraph()
        let systems = g.match(
            predicate: .iri(Vocab.rdf.type), object: .iri(Vocab.vg.SchoolSystem)
        ).map(\.subject)
        #expect(systems.count == 1)
        let system = try #require(systems.first)
        // 全市中职学校 (the report's default scope) and 清远市中等职业学校 are one system, and
        // every figure about it is region-wide.
        let figures = g.match(predicate: .iri(Vocab.vg.scope), object: system).map(\.subject)
        #expect(figures.count == 3)
        for figure in figures {
            #expect(!g.match(subject: figure, predicate: .iri(Vocab.vg.regionWide)).isEmpty)
        }
        #expect(
            g.match(subject: system, predicate: .iri(Vocab.vg.region)).map(\.object) == [
                .string("清远市")
            ])
        #expect(
            g.match(subject: system, predicate: .iri(Vocab.rdf.type)).map(\.object) == [
                .iri(Vocab.vg.SchoolSystem)
            ])
        let written = try #require(SchoolSystem(scope: "广州市中等职业学校"))
        let short = try #require(SchoolSystem(scope: "广州市中职学校"))
        #expect(InstanceIRI.schoolSystem(written) == InstanceIRI.schoolSystem(short))
        #expect(SchoolSystem(scope: "广州市第一职业技术学校") == nil)
    }

    /// "Tasks of bureau Y" meet the extractor's bureau: 市教育局 of the list is 清远市教育局 of the
    /// text, lead of task 1, and the school of the list is the school the report speaks of.
    @Test func responsibleUnitsAreTheDocumentsEntities() throws {
        let g = Self.inventedGraph()
        let bureau = try Self.node(g, "清远市教育局")
        let tasks = g.match(predicate: .iri(Vocab.vg.responsibleUnit), object: bureau)
        #expect(tasks.count == 2)
        #expect(g.match(predicate: .iri(Vocab.vg.leadUnit), object: bureau).count == 1)
        #expect(
            g.match(subject: bureau, predicate: .iri(Vocab.skos.prefLabel)).map(\.object) == [
                .text("清远市教育局", language: "zh")
            ])
        // The bare form is no label: it would name every city's bureau.
        #expect(
            g.match(predicate: .iri(Vocab.skos.altLabel), object: .text("市教育局", language: "zh"))
                .isEmpty)
        let school = try Self.node(g, "清远市第九职业技术学校")
        #expect(g.match(predicate: .iri(Vocab.vg.responsibleUnit), object: school).count == 1)
        #expect(!g.match(predicate: .iri(Vocab.vg.mentions), object: school).isEmpty)
    }

    /// Names the resolver would key alike (region short forms, 人民政府/政府) are one node.
    @Test func keysNormaliseLikeTheResolver() {
        let full = OrganizationKey(naming: "深圳市艺术学校", fallback: .school)
        let short = OrganizationKey(naming: "深圳艺术学校", fallback: .school)
        #expect(full.iri == short.iri)
        #expect(
            OrganizationKey(naming: "深圳市人民政府", fallback: .govBody).iri
                == OrganizationKey(naming: "深圳市政府", fallback: .govBody).iri)
        #expect(OrganizationKey(naming: "深圳技师学院", fallback: .govBody).type == .school)
        #expect(OrganizationKey(naming: "深圳职业技术学院", fallback: .govBody).type == .higherEd)
        #expect(OrganizationKey(naming: "示例市委外办", fallback: .govBody).type == .govBody)
    }

    static func claim(_ type: OrganizationType, _ name: String) -> Graph {
        Graph(GraphBuilder.organisation(OrganizationKey(type: type, name: name), label: name))
    }

    /// Documents that disagree on a type give one node one class: the suffix's, else the vote's.
    @Test func oneClassPerNodeAcrossDocuments() throws {
        let bySuffix = GraphBuilder().merge([
            Self.claim(.higherEd, "深圳技师学院"), Self.claim(.school, "深圳技师学院"),
            Self.claim(.higherEd, "深圳技师学院"),
        ])
        #expect(Self.problems(in: bySuffix) == [])
        let node = Term.iri(OrganizationKey(type: .school, name: "深圳技师学院").iri)
        #expect(
            bySuffix.match(subject: node, predicate: .iri(Vocab.rdf.type)).map(\.object).sorted()
                == [.iri(Vocab.org.FormalOrganization), .iri(Vocab.vg.School)])
        // No suffix decides 示例云杉工场: two documents of three call it an alliance.
        let byVote = GraphBuilder().merge([
            Self.claim(.other, "示例云杉工场"), Self.claim(.alliance, "示例云杉工场"),
            Self.claim(.alliance, "示例云杉工场"),
        ])
        let centre = Term.iri(OrganizationKey(type: .other, name: "示例云杉工场").iri)
        #expect(
            byVote.match(subject: centre, predicate: .iri(Vocab.rdf.type)).map(\.object).sorted()
                == [.iri(Vocab.org.FormalOrganization), .iri(Vocab.vg.Alliance)])
    }
}
