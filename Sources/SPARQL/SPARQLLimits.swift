/// SPARQL 1.1 features that Rasqal 0.9.33 (Debian 12) does not implement, as found by running
/// each against pyoxigraph on our corpus (Tests/SPARQLTests).
///
/// Property paths and `NOT EXISTS` / `EXISTS` fail in Rasqal's parser with a plain syntax
/// error; saying which feature it is tells an analyst to rewrite the query (a UNION, an
/// OPTIONAL with `!BOUND`) or use the Datalog engine, instead of hunting for a typo.
public enum SPARQLLimits {
    /// A missing feature, recognised from the token Rasqal's parser stopped at.
    public enum Feature: String, Sendable, CaseIterable {
        case propertyPath = "property paths"
        case exists = "EXISTS and NOT EXISTS"
    }

    static func feature(forUnexpected token: String) -> Feature? {
        switch token {
        case "+", "*", "/", "|", "^", "?", "!": return .propertyPath
        case "NOT", "EXISTS": return .exists
        default: return nil
        }
    }

    static func message(_ feature: Feature) -> String {
        let advice: String
        switch feature {
        case .propertyPath:
            advice = "write the path out as triple patterns or a UNION, or use a recursive Datalog rule"
        case .exists:
            advice = "use OPTIONAL { … } FILTER(!BOUND(?x)), or `not` in Datalog"
        }
        return
            "\(feature.rawValue) are SPARQL 1.1 but not implemented by Rasqal 0.9.33 (README: SPARQL limits); \(advice)"
    }
}
