import Explorer
import Foundation
import RDF
import Testing

/// The pages and endpoints, called without a socket.
@Suite struct SiteTests {
    let site = ExplorerFixture.site()

    @Test func huaweiSearchListsTheFourPartnerSchoolsByName() throws {
        let page = ExplorerFixture.get(site, "/search", query: "q=%E5%8D%8E%E4%B8%BA")
        #expect(page.status == 200)
        #expect(page.contentType == "text/html; charset=utf-8")
        let schools = try ExplorerFixture.huaweiSchoolsByDatalog()
        #expect(schools.count == 4, "\(schools)")
        for school in schools { #expect(page.body.contains(">\(school)</a>"), "\(school)") }
        #expect(page.body.contains("data-kind=\"organization\""))
    }

    @Test func searchMatchesAliasesAndGroupsByKind() {
        let hits = ExplorerFixture.index.search("质量报告")
        #expect(hits.map(\.0).contains(.document))
        #expect(hits.allSatisfy { kind, group in group.allSatisfy { $0.entry.kind == kind } })
        // 华为 is an alias (skos:altLabel) of 华为技术有限公司: the hit says which name matched.
        let huawei = ExplorerFixture.index.search("华为").first?.1.first
        #expect(huawei?.entry.label == "华为技术有限公司")
        #expect(huawei?.matched == "华为")
        #expect(ExplorerFixture.index.search("   ").isEmpty)
    }

    @Test func everythingFromTheRequestIsEscaped() {
        let page = ExplorerFixture.get(
            site, "/search", query: "q=%3Cscript%3Ealert(1)%3C/script%3E")
        #expect(page.status == 200)
        #expect(!page.body.contains("<script>"))
        #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func badPercentEscapesAre400() {
        #expect(ExplorerFixture.get(site, "/search", query: "q=%E5%8D").status == 400)
        #expect(ExplorerFixture.get(site, "/search", query: "q=%zz").status == 400)
    }

    @Test func entityPageListsRelationsWithQuotesAndSourceLinks() {
        let page = ExplorerFixture.get(site, "/id/o-4ef9ef9358b4a2e0")
        #expect(page.status == 200)
        #expect(page.body.contains("<h1>华为技术有限公司"))
        #expect(page.body.contains("class=\"quote\""))
        #expect(page.body.contains("href=\"/document/d-"))
        #expect(page.body.contains("深圳市第一职业技术学校"))
    }

    @Test func unknownNodesAndPagesAre404() {
        #expect(ExplorerFixture.get(site, "/id/o-0000000000000000").status == 404)
        #expect(ExplorerFixture.get(site, "/policy/o-4ef9ef9358b4a2e0").status == 404)
        #expect(ExplorerFixture.get(site, "/nothing/here/at/all").status == 404)
    }

    @Test func policyPageFiltersByStatus() throws {
        let iri = "d-2f88e54daf6a343d"
        let whole = ExplorerFixture.get(site, "/policy/" + iri)
        #expect(whole.status == 200)
        #expect(whole.body.contains("class=\"legend\""))
        let met = ExplorerFixture.get(site, "/policy/" + iri, query: "status=met")
        let rows = met.body.components(separatedBy: "<tr class=\"row\" data-status=\"").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.hasPrefix("met\"") })
        #expect(met.body.contains("value=\"met\" checked"))
        #expect(
            ExplorerFixture.get(site, "/policy/\(iri)/trace.svg").contentType.hasPrefix(
                "image/svg+xml"))
    }

    @Test func datalogErrorsAre400WithTheDiagnostic() {
        let page = ExplorerFixture.get(site, "/query", query: "q=p(X)%20%3A-%20q(")
        #expect(page.status == 400)
        #expect(page.body.contains("error:"))
        let csv = ExplorerFixture.get(site, "/query.csv", query: "q=p(X)%20%3A-%20q(")
        #expect(csv.status == 400)
    }

    @Test func queryCSVHasALabelColumnAfterEachIRIColumn() throws {
        let schools = try ExplorerFixture.huaweiSchoolsByDatalog()
        #expect(schools.allSatisfy { !$0.hasPrefix("http") })
        #expect(schools.contains("深圳职业技术大学"))
    }
}
