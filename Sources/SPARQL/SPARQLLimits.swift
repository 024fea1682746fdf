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
        /// `SELECT (SUM(?N) AS ?T) WHERE { { SELECT … (COUNT(?E) AS ?N) … } }`: Rasqal says
        /// "Variable T was not bound and not used in the query".
        case aggregateOverSubquery = "aggregates over a sub-SELECT's aggregates"
    }

    /// Queries Rasqal answers, but not as SPARQL 1.1 says: a warning for each that `text`
    /// looks like, to print before the answer.
    ///
    /// `COUNT(?E)` where ?E comes from an OPTIONAL: Rasqal counts a row whose ?E is unbound as 1,
    /// so a school without partners shows 1 instead of 0.
    public static func warnings(for text: String) -> [String] {
        let upper = text.uppercased()
        guard let optional = upper.range(of: "OPTIONAL") else { return [] }
        var out: [String] = []
        var rest = upper[...]
        while let count = rest.range(of: "COUNT(") {
            var argument = rest[count.upperBound...].drop { $0 == " " }
            if argument.hasPrefix("DISTINCT") {
                argument = argument.dropFirst(8).drop { $0 == " " }
            }
            if argument.first == "?" {
                let name = argument.prefix { $0 == "?" || $0 == "_" || $0.isLetter || $0.isNumber }
                let warning = name  // one warning per variable, however often it is counted
                if upper[optional.upperBound...].contains(String(name)),
                    !out.contains(where: { $0.hasPrefix("COUNT(\(warning))") })
                {
                    out.append(
                        "COUNT(\(name)) over an OPTIONAL: Rasqal 0.9.33 counts rows where \(name) is unbound as 1, not 0 (README: SPARQL limits); count with SUM(IF(BOUND(\(name)), 1, 0)) or use Datalog"
                    )
                }
            }
            rest = rest[count.upperBound...]
        }
        return out
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
            advice =
                "write the path out as triple patterns or a UNION, or use a recursive Datalog rule"
        case .exists:
            advice = "use OPTIONAL { … } FILTER(!BOUND(?x)), or `not` in Datalog"
        case .aggregateOverSubquery:
            advice = "aggregate in one SELECT, or use a Datalog aggregate"
        }
        return
            "\(feature.rawValue) \(feature == .aggregateOverSubquery ? "is" : "are") SPARQL 1.1 but not implemented by Rasqal 0.9.33 (README: SPARQL limits); \(advice)"
    }
}
