import Trace

extension ExplorerSite {
    /// `/metrics`: every metric with observations, most observed first.
    func metricsPage() -> SiteResponse {
        let rows = MetricSeries.metrics(in: index.graph).map { metric in
            [
                HTML.link("/metric?m=" + HTML.urlEncode(metric.iri), metric.label),
                "<span class=\"iri\">\(HTML.escape(metric.iri))</span>", String(metric.count),
            ]
        }
        let body =
            "<h1>指标 Metrics</h1><p class=\"muted\">每个指标按年份与地区作图 One chart per metric.</p>"
            + HTML.table(["指标 metric", "IRI", "观测 observations"], rows)
        return .html("指标 Metrics", body)
    }

    /// `/metric?m=`: the chart of one metric and its numbers.
    func metricPage(_ metric: String) -> SiteResponse {
        guard let series = MetricSeries(graph: index.graph, metric: metric) else {
            return .problem(
                "找不到指标 Unknown metric",
                "no observation has metric \"\(metric)\" (see /metrics for the list)", status: 404)
        }
        var body = "<h1>\(HTML.escape(series.label))</h1>"
        body += "<div class=\"picture\" id=\"metric-chart\">" + MetricChart(series: series).svg()
        body += "</div>"
        let years = series.years
        let rows = series.regions.map { region in
            [HTML.escape(region)]
                + years.map { year in
                    series.points[region]?[year].map { HTML.escape(TraceReport.format($0)) } ?? ""
                }
        }
        body += HTML.table(["地区 region"] + years.map { "\($0)" }, rows)
        body += "<p>" + HTML.link("/metric.svg?m=" + HTML.urlEncode(metric), "下载图 chart.svg")
        body += "</p>"
        return .html(series.label, body)
    }

    /// `/metric.svg?m=`.
    func metricSVG(_ metric: String) -> SiteResponse {
        guard let series = MetricSeries(graph: index.graph, metric: metric) else {
            return .text("no observation has metric \"\(metric)\"", status: 404)
        }
        return .svg(MetricChart(series: series).svg())
    }
}
