import RDF

/// Workarounds for Raptor 2.0.15 behaviour that would change or lose data. Each has a test in
/// `RaptorIOTests/RaptorTrapTests.swift`.
enum RaptorTraps {
    /// Returns the term to hand to Raptor's serializer for `format`.
    ///
    /// Currently the identity; kept as the one place where a term is adjusted before writing.
    static func safeForWriting(_ term: Term, format: RDFFormat) -> Term { term }
}
