/// A line chart of one metric across years, one line per region, as SVG.
public struct MetricChart: Sendable {
    public var series: MetricSeries

    public init(series: MetricSeries) { self.series = series }

    /// Colours of the regions' lines, in the regions' sorted order (told apart without colour by
    /// the labels at each line's end).
    static let colours = [
        "#1f5fa8", "#c0392b", "#1b7f3b", "#d68910", "#7d3c98", "#117a8b", "#7f6000", "#555555",
    ]

    /// `0, 1000, 2000, …`: a round step giving about five ticks up to `top`.
    static func ticks(upTo top: Double) -> [Double] {
        guard top > 0 else { return [0, 1] }
        let raw = top / 5
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        var out: [Double] = []
        var v = 0.0
        while v < top + step * 0.999 {
            out.append(v)
            v += step
        }
        return out
    }

    /// The SVG text of the chart.
    public func svg() -> String {
        let width = 760.0
        let plotLeft = 80.0
        let plotRight = width - 170
        let plotTop = 70.0
        let plotBottom = 330.0
        var canvas = SVGCanvas(width: width, height: 380)
        let unit = series.unit.isEmpty ? "" : "（\(series.unit)）"
        canvas.text(series.label + unit, x: 24, y: 32, size: 18, weight: "bold")
        var note = "按年份与地区 by year and region · 仅全地区数据 region-wide figures only"
        if series.otherUnits > 0 { note += " · \(series.otherUnits) 条其他单位数据未画" }
        canvas.text(note, x: 24, y: 54, size: 12, fill: "#555")
        let years = series.years
        let top = series.points.values.flatMap(\.values).max() ?? 1
        let ticks = Self.ticks(upTo: top)
        let yMax = ticks.last ?? 1
        func px(_ year: Int) -> Double {
            guard years.count > 1, let first = years.first, let last = years.last else {
                return (plotLeft + plotRight) / 2
            }
            return plotLeft + 30
                + (plotRight - plotLeft - 60) * Double(year - first) / Double(last - first)
        }
        func py(_ value: Double) -> Double {
            plotBottom - (plotBottom - plotTop) * value / yMax
        }
        for tick in ticks {
            canvas.line(
                x1: plotLeft, y1: py(tick), x2: plotRight, y2: py(tick), stroke: "#e3e3e3")
            canvas.text(
                TraceReport.format(tick), x: plotLeft - 8, y: py(tick) + 4, size: 11,
                fill: "#555", anchor: "end")
        }
        canvas.line(
            x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: "#888")
        for year in years {
            canvas.text(
                "\(year)", x: px(year), y: plotBottom + 20, size: 12, fill: "#333",
                anchor: "middle")
        }
        for (index, region) in series.regions.enumerated() {
            let colour = Self.colours[index % Self.colours.count]
            let points = (series.points[region] ?? [:]).sorted { $0.key < $1.key }
            canvas.beginGroup("class=\"series\" data-region=\"\(SVGCanvas.escape(region))\"")
            if points.count > 1 {
                canvas.polyline(points.map { (px($0.key), py($0.value)) }, stroke: colour)
            }
            for (year, value) in points {
                canvas.circle(x: px(year), y: py(value), radius: 4, fill: colour)
                canvas.text(
                    TraceReport.format(value), x: px(year), y: py(value) - 9, size: 11,
                    fill: colour, anchor: "middle")
            }
            canvas.endGroup()
            // The legend, beside the plot: a swatch and the region's name.
            let ly = plotTop + 10 + Double(index) * 22
            canvas.rect(x: plotRight + 24, y: ly - 10, width: 14, height: 4, fill: colour)
            canvas.text(region, x: plotRight + 44, y: ly - 4, size: 13)
        }
        return canvas.rendered(label: series.label)
    }
}
