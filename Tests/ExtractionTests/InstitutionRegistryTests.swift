import Testing

@testable import Extraction

@Suite struct InstitutionRegistryTests {
    let registry = InstitutionRegistry.standard

    @Test func holdsTheListWithCodes() throws {
        #expect(registry.institutions.count > 2700)
        let college = try #require(registry.institution(named: "宁波职业技术学院"))
        #expect(college.code == "4133010863")
        #expect(college.level == .associate)
        #expect(college.ownership == .publicSector)
        #expect(college.provinceAdcode == "330000")
        #expect(college.locationAdcode == "330200")
        let university = try #require(registry.institution(named: "清华大学"))
        #expect(university.level == .bachelor)
        #expect(university.authority == "教育部")
        #expect(registry.institution(code: "4111010003")?.name == "清华大学")
        #expect(registry.institution(named: "清华") == nil)
        #expect(registry.institution(named: "宁波市职业技术教育中心学校") == nil)
    }

    @Test func locationsResolveToRegions() throws {
        let gazetteer = RegionGazetteer.standard
        for institution in registry.institutions {
            let province = try #require(gazetteer.division(adcode: institution.provinceAdcode))
            #expect(province.level == .province, "\(institution.name)")
            if let code = institution.locationAdcode {
                #expect(gazetteer.division(adcode: code)?.name == institution.location)
            }
        }
        let placed = registry.institutions.filter { $0.locationAdcode != nil }.count
        #expect(placed == registry.institutions.count)
    }

    @Test func longestMatchFindsTheFullName() throws {
        let text = Array("与延边职业技术学院签约".unicodeScalars)
        let found = try #require(registry.longestMatch(in: text, at: 1))
        #expect(found.length == 8)
        #expect(found.institution.name == "延边职业技术学院")
        #expect(registry.longestMatch(in: text, at: 0) == nil)
    }

    @Test func badRowsAreRejected() {
        let header =
            "# key: code\ncode\tname\tlevel\townership\tauthority\tprovinceAdcode\tlocation\tlocationAdcode\n"
        let bad = header + "41\t某学院\t本科\t公办\t教育部\t110000\t北京市\t110000\n"
        do {
            _ = try InstitutionRegistry(table: OntologyTable(parsing: bad, name: "i.tsv"))
            Issue.record("accepted a short code")
        } catch {
            #expect("\(error)" == "i.tsv:3: error: code '41' is not ten digits")
        }
    }
}
