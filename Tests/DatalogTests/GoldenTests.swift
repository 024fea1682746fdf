import Testing

/// Golden case directories, one parameterised test per category.
@Suite struct GoldenTests {
    @Test(arguments: GoldenCase.all(in: "syntax"))
    func syntax(_ c: GoldenCase) throws {
        if let problem = try c.check() { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: GoldenCase.all(in: "semantic"))
    func semantic(_ c: GoldenCase) throws {
        if let problem = try c.check() { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: GoldenCase.all(in: "evaluation"))
    func evaluation(_ c: GoldenCase) throws {
        if let problem = try c.check() { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: GoldenCase.all(in: "explain"))
    func explain(_ c: GoldenCase) throws {
        if let problem = try c.check() { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func everyCategoryHasCases() {
        for category in ["syntax", "semantic", "evaluation", "explain"] {
            #expect(GoldenCase.all(in: category).count >= 3, "\(category) needs cases")
        }
    }
}
