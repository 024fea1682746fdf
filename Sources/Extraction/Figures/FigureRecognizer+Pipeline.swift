/// Runs the figure and target recognisers inside the extractor's pipeline (`extract --json`
/// and `build`), on the same decoded document.
public struct FigurePipelineRecognizer: FigureRecognizing {
    public var recognizer: FigureRecognizer

    public init(recognizer: FigureRecognizer = FigureRecognizer()) { self.recognizer = recognizer }

    public func recognize(_ context: FigureContext, into report: inout ExtractionReport) {
        let figures = recognizer.report(for: context.document)
        report.observations = figures.observations
        report.targets = figures.targets
        scopeToOrganizations(context, &report)
    }

    /// In a document whose title names an organisation (a school's own report, a news item
    /// about a signing), a figure not scoped to a named school is about an organisation, not the
    /// region: the last one the sentence names before the figure (`示例公司向学校捐赠设备价值320万元`
    /// is the company's), else the title's first (`南湖职业技术学校…签约`).
    func scopeToOrganizations(_ context: FigureContext, _ report: inout ExtractionReport) {
        let document = context.document
        let profile = DocumentProfile(document)
        guard
            let titleLine = (1...max(1, document.lineCount)).first(where: {
                !document.lineText($0).trimmingBlanks.isEmpty
            })
        else { return }
        let titleStart = document.lineStarts[titleLine - 1]
        let titleEnd = titleStart + document.lineText(titleLine).unicodeScalars.count
        let named = context.mentions.filter { $0.entity >= 0 && $0.type != .govBody }
        guard let home = named.first(where: { $0.start >= titleStart && $0.end <= titleEnd })
        else { return }
        let s = document.scalars
        for index in report.observations.indices {
            let o = report.observations[index]
            guard o.scope == nil || o.scope == profile.defaultScope,
                let start = o.start
            else { continue }
            var sentenceStart = start
            while sentenceStart > 0, !ClauseText.sentenceEnds.contains(s[sentenceStart - 1]),
                s[sentenceStart - 1] != "\n"
            {
                sentenceStart -= 1
            }
            let valueEnd = o.end ?? start
            let inSentence = named.last { $0.start >= sentenceStart && $0.end <= valueEnd }
            let mention = inSentence ?? home
            report.observations[index].scope = context.entities[mention.entity].name
        }
    }
}
