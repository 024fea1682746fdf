import Testing

@testable import Extraction

@Suite struct GovernmentDepartmentsTests {
    let departments = GovernmentDepartments.standard

    @Test func variantsResolveToOneCanonical() {
        for variant in ["人社局", "人力资源社会保障局", "人力资源和社会保障局", "人力资源保障局", "人力社保局"] {
            #expect(departments.canonical(of: variant)?.canonical == "人力资源和社会保障局", "\(variant)")
        }
        #expect(departments.canonical(of: "教体局")?.canonical == "教育和体育局")
        #expect(departments.canonical(of: "教育体育局")?.canonical == "教育和体育局")
        #expect(departments.canonical(of: "教委")?.canonical == "教育委员会")
        #expect(departments.canonical(of: "发改局")?.canonical == "发展和改革局")
        #expect(departments.canonical(of: "发改委")?.canonical == "发展和改革委员会")
        #expect(departments.canonical(of: "经信局")?.canonical == "经济和信息化局")
        #expect(departments.canonical(of: "管委会")?.canonical == "管理委员会")
        #expect(departments.canonical(of: "招考办")?.canonical == "招生考试办公室")
        #expect(departments.canonical(of: "援疆指挥部")?.canonical == "援疆前方指挥部")
        #expect(departments.canonical(of: "教青局")?.canonical == "教育及青年发展局")
        #expect(departments.canonical(of: "人社局")?.kind == .short)
        #expect(departments.canonical(of: "教育局")?.kind == .full)
        #expect(departments.canonical(of: "团市委")?.canonical == "共产主义青年团委员会")
        #expect(departments.canonical(of: "教育所") == nil)
    }

    @Test func variantsOfACanonical() {
        let names = Set(departments.variants(of: "人力资源和社会保障局").map(\.variant))
        #expect(names.isSuperset(of: ["人力资源和社会保障局", "人力资源社会保障局", "人社局"]))
        #expect(departments.variants(of: "人社局").isEmpty)
        // 教育局 and 教育和体育局 are different bodies of one function.
        #expect(departments.canonical(of: "教育局")?.function == "education")
        #expect(departments.canonical(of: "教体局")?.function == "education")
    }

    @Test func longestMatchAndSuffix() throws {
        let text = Array("深圳市人力资源和社会保障局发布".unicodeScalars)
        let found = try #require(departments.longestMatch(in: text, at: 3))
        #expect(found.length == 10)
        #expect(found.entry.canonical == "人力资源和社会保障局")
        let office = Array("市人民政府办公室".unicodeScalars)
        #expect(departments.longestMatch(in: office, at: 1)?.entry.variant == "人民政府办公室")
        let name = Array("呼和浩特市教体局".unicodeScalars)
        let suffix = try #require(departments.longestSuffix(of: name, endingAt: name.count))
        #expect(suffix.length == 3)
        #expect(suffix.entry.canonical == "教育和体育局")
        #expect(departments.longestSuffix(of: name, endingAt: 2) == nil)
    }

    @Test func everyCanonicalHasItsFullRow() {
        for entry in departments.entries {
            #expect(departments.canonical(of: entry.canonical)?.kind == .full, "\(entry.canonical)")
        }
    }

    @Test func badRowsAreRejected() {
        let header = "# key: variant\nvariant\tcanonical\tkind\tfunction\tlevel\n"
        let orphan = header + "人社局\t人力资源和社会保障局\tshort\thumanResources\tlocal\n"
        do {
            _ = try GovernmentDepartments(table: OntologyTable(parsing: orphan, name: "g.tsv"))
            Issue.record("accepted a canonical without its row")
        } catch {
            #expect("\(error)" == "g.tsv:3: error: canonical '人力资源和社会保障局' has no full row")
        }
    }
}
