/// Runs the figure and target recognisers inside the extractor's pipeline (`extract --json`
/// and `build`), on the same decoded document.
public struct FigurePipelineRecognizer: FigureRecognizing {
    public var recognizer: FigureRecognizer

    public init(recognizer: FigureRecognizer = FigureRecognizer()) { self.recognizer = recognizer }

    public func recognize(_ context: FigureContext, into report: inout ExtractionReport) {
        let figures = recognizer.report(for: context.document)
        report.observations = figures.observations
        report.targets = figures.targets
    }
}
