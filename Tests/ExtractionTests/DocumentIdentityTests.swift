import Foundation
import RDF
import Testing

@testable import Extraction

/// Title, issuer, 文号, date, kind and region from the header lines, and side files over them.
@Suite struct DocumentIdentityTests {
    static func identity(_ text: String, number: String? = nil) -> DocumentIdentity {
        let document = Document(name: "x.txt", text: text)
        return Extractor().extract(document).identity
    }

    @Test func aReportsHeaderGivesTitleIssuerAndDate() {
        let id = Self.identity(
            "\n深圳教育\nSHENZHEN EDUCATION\n\n2025 南山区中等职业教育质量报告\n深圳市南山区教育局\n2026年2月\n\n一、前言\n\n正文。\n")
        #expect(id.title == "2025 南山区中等职业教育质量报告")
        #expect(id.issuer == "深圳市南山区教育局")
        #expect(id.date == "2026-02")
        #expect(id.kind == .report)
        #expect(id.region == "南山区")
        #expect(id.level == .county)
    }

    @Test func aProvincialNoticeGetsItsProvinceNotACityOfItsFirstSentence() {
        let text = """
            广东省教育厅关于做好2025年度职业教育质量报告编制工作的通知
            粤教职函〔2025〕12号

            各地级以上市教育局，深圳市、广州市各职业院校：

            为做好质量报告编制工作，现将有关事项通知如下。

            广东省教育厅
            2025年11月3日
            """
        let id = Self.identity(text)
        #expect(id.kind == .notice)
        #expect(id.number == "粤教职函〔2025〕12号")
        #expect(id.issuer == "广东省教育厅")
        #expect(id.region == "广东省")
        #expect(id.level == .province)
        #expect(id.date == "2025-11-03")
    }

    @Test func aTitleWrappedOverTwoLinesIsJoined() {
        let id = Self.identity("关于推进韶关市职业教育\n高质量发展的实施意见\n\n韶府〔2024〕8号\n\n正文。\n")
        #expect(id.title == "关于推进韶关市职业教育高质量发展的实施意见")
        #expect(id.kind == .policy)
        #expect(id.region == "韶关市")
        #expect(id.level == .city)
    }

    @Test func aPolicyNamingNoRegionGetsTheProvinceItsTextNamesMost() {
        let text = "附件\n\n服务湾区产业发展实施方案\n\n落实广东省委部署，深圳市先行。\n\n广东省教育厅牵头；湖南省协同。\n"
        let id = Self.identity(text)
        #expect(id.title == "服务湾区产业发展实施方案")
        #expect(id.kind == .policy)
        #expect(id.region == "广东省")
        #expect(id.level == .province)
        // A report gets no region from its body.
        #expect(Self.identity("年度报告\n\n广东省广东省。\n").region == nil)
    }

    @Test func nationalBodiesAreNational() {
        let guess = RegionGuess.standard.region(issuer: "教育部办公厅", title: nil)
        #expect(guess?.name == "全国")
        #expect(guess?.level == .national)
        #expect(RegionGuess.standard.region(issuer: "上海市教育委员会", title: nil)?.level == .province)
        #expect(RegionGuess.standard.region(issuer: nil, title: "城市职业教育发展报告") == nil)
    }

    @Test func sideFilesOverrideTheHeader() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vocgraph-meta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = "某某学校年度报告\n\n学校与华为技术有限公司合作。\n"
        for name in ["a.txt", "b.txt", "c.txt"] {
            try text.write(
                to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try #"{"title": "正式标题", "kind": "news", "date": "2025-03-01"}"#.write(
            to: directory.appendingPathComponent("a.meta.json"), atomically: true, encoding: .utf8)
        try "file,issuer,region,level\nb.txt,\"韶关市教育局, 办公室\",韶关市,city\n".write(
            to: directory.appendingPathComponent("documents.csv"), atomically: true,
            encoding: .utf8)
        let a = try Extractor().extract(contentsOf: directory.appendingPathComponent("a.txt").path)
        #expect(a.identity.title == "正式标题")
        #expect(a.identity.kind == .news)
        #expect(a.identity.date == "2025-03-01")
        let b = try Extractor().extract(contentsOf: directory.appendingPathComponent("b.txt").path)
        #expect(b.identity.title == "某某学校年度报告")
        #expect(b.identity.issuer == "韶关市教育局, 办公室")
        #expect(b.identity.region == "韶关市")
        #expect(b.identity.level == .city)
        let c = try Extractor().extract(contentsOf: directory.appendingPathComponent("c.txt").path)
        #expect(c.identity.issuer == nil)

        let graph = GraphBuilder().graph(for: [a])
        let titles = graph.triples.filter {
            $0.predicate.iri?.string == "http://purl.org/dc/terms/title"
        }
        #expect(titles.map { $0.object.literal?.lexical } == ["正式标题"])
        let issued = graph.triples.first {
            $0.predicate.iri?.string == "http://purl.org/dc/terms/issued"
        }
        #expect(issued?.object.literal?.datatype?.string == "http://www.w3.org/2001/XMLSchema#date")

        try #"{"kind": "memo"}"#.write(
            to: directory.appendingPathComponent("c.meta.json"), atomically: true, encoding: .utf8)
        let error = try #require(throws: DocumentReadError.self) {
            try Extractor().extract(contentsOf: directory.appendingPathComponent("c.txt").path)
        }
        #expect(error.description.contains("c.meta.json"))
        #expect(error.description.contains("unknown kind \"memo\""))
    }
}

/// A policy document and its citations (by 文号, or by title alone) are one node.
@Suite struct PolicyNodeTests {
    static let policy = """
        韶关市人民政府关于推进韶关市职业教育高质量发展的实施意见
        韶府〔2024〕8号

        各县（市、区）人民政府：

        到2027年，全市中职学校“双师型”教师比例不低于60%。
        """
    static let citingByNumber = """
        韶关市南岭职业技术学校2025年度质量报告

        学校落实《关于推进韶关市职业教育高质量发展的实施意见》（韶府[2024]8号），与华为技术有限公司合作。
        """
    static let citingByTitle = """
        韶关市北江职业技术学校2025年度质量报告

        学校按照《关于推进韶关市 职业教育高质量发展的实施意见》要求，与比亚迪股份有限公司合作。
        """

    @Test func aPolicyAndItsCitationsAreOneNode() {
        let extractor = Extractor()
        let extractions = [
            extractor.extract(Document(name: "policy.txt", text: Self.policy)),
            extractor.extract(Document(name: "a.txt", text: Self.citingByNumber)),
            extractor.extract(Document(name: "b.txt", text: Self.citingByTitle)),
        ]
        let graph = GraphBuilder().graph(for: extractions)
        let policyNode = Term.iri(
            InstanceIRI.document(extractions[0].document))
        let cited = Set(graph.match(predicate: .iri(Vocab.vg.cites)).map(\.object))
        #expect(cited == [policyNode])
        let citing = graph.match(predicate: .iri(Vocab.vg.cites)).map(\.subject)
        #expect(citing.count == 2)
        let numbers = graph.match(
            subject: policyNode,
            predicate: .iri(Vocab.eli.id_local))
        #expect(numbers.map { $0.object.literal?.lexical } == ["韶府〔2024〕8号"])
        // The merged citation nodes are gone.
        let policies = graph.match(
            predicate: .iri(Vocab.rdf.type), object: .iri(Vocab.vg.Policy))
        #expect(policies.map(\.subject) == [policyNode])
    }

    @Test func citationsOfOneTitleWithTwoNumbersStayApart() {
        let texts = [
            "报告\n\n依据《关于做好职业教育工作的实施意见》（甲府〔2020〕1号）开展工作。\n",
            "报告\n\n依据《关于做好职业教育工作的实施意见》（乙府〔2021〕2号）开展工作。\n",
            "报告\n\n依据《关于做好职业教育工作的实施意见》开展工作。\n",
        ]
        let extractions = texts.enumerated().map {
            Extractor().extract(Document(name: "r\($0.offset).txt", text: $0.element))
        }
        let graph = GraphBuilder().graph(for: extractions)
        let cited = Set(graph.match(predicate: .iri(Vocab.vg.cites)).map(\.object))
        #expect(cited.count == 3)
    }

    @Test func twoIssuersOfOneTitleStayTwoPolicies() {
        let texts = [
            "报告\n\n依据《甲省教育厅关于做好质量报告编制工作的通知》开展工作。\n",
            "报告\n\n依据《乙市教育局关于做好质量报告编制工作的通知》开展工作。\n",
            "报告\n\n依据《关于做好质量报告编制工作的通知》开展工作。\n",
        ]
        let extractions = texts.enumerated().map {
            Extractor().extract(Document(name: "r\($0.offset).txt", text: $0.element))
        }
        let graph = GraphBuilder().graph(for: extractions)
        let cited = Set(graph.match(predicate: .iri(Vocab.vg.cites)).map(\.object))
        #expect(cited.count == 3)
    }
}
