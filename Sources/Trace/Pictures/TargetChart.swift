/// Target against observed value for each measured target of a policy, as horizontal bars.
///
/// Targets differ in unit and size (6–8 schools, 80 %, 3,500 yuan), so each row has its own
/// scale: the bar is the observed value and the black mark the target, both against the larger of
/// the two. The numbers are written beside the bar, so nothing rests on reading a length.
public struct TargetChart: Sendable {
    public var rows: [TraceRow]
    public var title: String

    public init(rows: [TraceRow], title: String) {
        self.rows = rows
        self.title = title
    }

    /// The rows with an observation and a numeric target, in the report's order.
    var measured: [(row: TraceRow, target: Double, observed: Double)] {
        rows.compactMap { row in
            let lower = row.target.split(separator: "–").first.map(String.init) ?? ""
            guard let observed = row.observed, let target = Double(lower) else { return nil }
            return (row, target, observed)
        }
    }

    /// The SVG text of the chart.
    public func svg() -> String {
        let width = 1000.0
        let labelWidth = 400.0
        let barLeft = 24 + labelWidth + 16
        let barWidth = 320.0
        let rowHeight = 60.0
        let items = measured
        var canvas = SVGCanvas(width: width)
        var y = 32.0
        for line in TextWrap.lines(title, width: width - 48, size: 18) {
            canvas.text(line, x: 24, y: y, size: 18, weight: "bold")
            y += 26
        }
        canvas.text(
            "目标与观测 target vs observed · 条为观测值，黑线为目标 bar: observed, mark: target",
            x: 24, y: y, size: 12, fill: "#555")
        y += 24
        if items.isEmpty {
            canvas.text(
                "本政策没有可比的观测数据 no target of this policy has an observation", x: 24,
                y: y + 10, size: 14, fill: "#555")
            y += 30
        }
        for item in items {
            let row = item.row
            let scale = max(item.target, item.observed, 1e-9) * 1.1
            let number = row.taskNo.map { "\(row.list) \($0) · " } ?? ""
            let label = TextWrap.lines(
                number + row.metric, width: labelWidth, size: 13, maxLines: 2)
            canvas.beginGroup("class=\"target\" data-status=\"\(row.status.rawValue)\"")
            for (i, line) in label.enumerated() {
                canvas.text(line, x: 24, y: y + 16 + Double(i) * 17, size: 13)
            }
            canvas.rect(
                x: barLeft, y: y + 4, width: barWidth, height: 22, fill: "#f3f3f3")
            canvas.rect(
                x: barLeft, y: y + 4, width: barWidth * item.observed / scale, height: 22,
                fill: StatusPalette.colour(row.status))
            let mark = barLeft + barWidth * item.target / scale
            canvas.line(x1: mark, y1: y, x2: mark, y2: y + 30, stroke: "#000", width: 2)
            // Three short lines beside the bar: a source file name makes one line too long.
            let textX = barLeft + barWidth + 12
            canvas.text(TracePicture.targetText(row), x: textX, y: y + 12, size: 12)
            canvas.text(
                "观测 observed: \(TraceReport.format(item.observed))\(row.unit)"
                    + (row.observedYear.map { "（\($0) 年）" } ?? ""),
                x: textX, y: y + 29, size: 12)
            canvas.text(
                StatusPalette.name(row.status), x: textX, y: y + 46, size: 12,
                fill: StatusPalette.colour(row.status), weight: "bold")
            canvas.endGroup()
            y += rowHeight
        }
        canvas.height = y + 16
        return canvas.rendered(label: title)
    }
}
