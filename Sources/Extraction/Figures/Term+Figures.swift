import RDF

extension Term {
    /// `"2025"^^xsd:gYear`.
    public static func gYear(_ y: Int) -> Term {
        .literal(Literal(String(y), datatype: Vocab.xsd.gYear))
    }

    /// `"49.0"^^xsd:decimal`, written without exponent.
    public static func decimal(_ v: Double) -> Term {
        .literal(Literal(decimalLexical(v), datatype: Vocab.xsd.decimal))
    }

    /// `12`, `12.5`, `0.7`: the shortest exact decimal form of `v`, always with a point.
    public static func decimalLexical(_ v: Double) -> String { DecimalDigits.lexical(v) }
}
