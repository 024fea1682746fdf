import Foundation

extension Extractor {
    /// The recognisers of figures and targets the commands run (the figures work registers its
    /// recogniser here).
    public static let standardFigureRecognizers: [any FigureRecognizing] = [
        FigurePipelineRecognizer()
    ]

    /// The extractor the commands use: the standard lexicon and figure recognisers.
    public static var standard: Extractor {
        Extractor(figureRecognizers: standardFigureRecognizers)
    }
}

extension ExtractionReport {
    /// The report as pretty-printed JSON with sorted keys (deterministic).
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
