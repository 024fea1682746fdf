import RDF
import Trace

extension ExplorerSite {
    /// The statuses a request asks for (`?status=met&status=not-met`); nil for all.
    static func statuses(_ fields: FormFields) -> Set<TraceStatus>? {
        let chosen = Set(fields.all("status").compactMap(TraceStatus.init(rawValue:)))
        return chosen.isEmpty ? nil : chosen
    }

    /// The policy's trace rows, filtered by status.
    func traceRows(_ iri: String, _ statuses: Set<TraceStatus>?) -> [TraceRow] {
        index.trace.rows.filter { $0.policyIRI == iri && (statuses?.contains($0.status) ?? true) }
    }

    /// The policy page: counts, the status filter, the trace picture, target vs observed, the
    /// trace table.
    func policyPage(_ iri: String, _ fields: FormFields) -> SiteResponse {
        guard index.entry(iri)?.kind == .policy else {
            return .problem("找不到政策 Not found", "the graph has no policy <\(iri)>", status: 404)
        }
        let statuses = Self.statuses(fields)
        let showAll = fields["all"] == "1"
        let title = index.label(iri: iri)
        let all = traceRows(iri, nil)
        let rows = traceRows(iri, statuses)
        var body = "<h1>\(HTML.escape(title))<span class=\"type\">政策 Policy</span></h1>"
        body += "<p class=\"iri\">\(HTML.escape(iri))</p>"
        if let names = index.entry(iri)?.names, names.count > 1 {
            body += "<p class=\"muted\">" + names.map(HTML.escape).joined(separator: " · ") + "</p>"
        }
        body += "<p>\(all.count) 项任务与目标 rows: \(StatusCounts(all).html)</p>"
        body += "<form method=\"get\" action=\"\(HTML.escape(policyHref(iri)))\" class=\"filter\">"
        body += "<fieldset class=\"filter\"><legend>按状态筛选 Filter by status</legend>"
        for status in StatusPalette.order {
            let checked = statuses?.contains(status) ?? false ? " checked" : ""
            body +=
                "<label><input type=\"checkbox\" name=\"status\" value=\"\(status.rawValue)\"\(checked)> "
            body += "<span class=\"status status-\(status.rawValue)\">"
            body += HTML.escape(StatusPalette.name(status)) + "</span></label>"
        }
        body +=
            "<label><input type=\"checkbox\" name=\"all\" value=\"1\"\(showAll ? " checked" : "")> "
        body += "图中画出无数据任务 draw no-data tasks</label>"
        body += "<button type=\"submit\">筛选 Filter</button></fieldset></form>"
        let query = fields.pairs.filter { $0.0 == "status" || $0.0 == "all" }
            .map { "\($0.0)=\(HTML.urlEncode($0.1))" }.joined(separator: "&")
        let suffix = query.isEmpty ? "" : "?" + query
        body +=
            "<p>"
            + [
                HTML.link(policyHref(iri) + "/trace.svg" + suffix, "下载图 trace.svg"),
                HTML.link(policyHref(iri) + "/targets.svg", "目标与观测 targets.svg"),
                HTML.link(policyHref(iri) + "/trace.csv" + suffix, "下载表 trace.csv"),
            ].joined(separator: " · ") + "</p>"
        let picture = TracePicture(
            rows: all, title: title, showAll: showAll, statuses: statuses)
        body += "<h2>任务图 Trace picture</h2><div class=\"picture\" id=\"trace-picture\">"
        body += picture.svg() + "</div>"
        body += "<h2>目标与观测 Target vs observed</h2><div class=\"picture\" id=\"targets\">"
        body += TargetChart(rows: all, title: title).svg() + "</div>"
        body += "<h2>追踪表 Trace table (\(rows.count))</h2>" + traceTable(rows)
        return .html(title, body)
    }

    /// The trace rows as a table, one status class per row.
    func traceTable(_ rows: [TraceRow]) -> String {
        var out = "<table class=\"data trace\"><thead><tr>"
        for h in [
            "清单 list", "序号 no.", "指标 metric", "目标 target", "期限 deadline", "责任单位 responsible",
            "观测 observed", "年份 year", "来源 source", "状态 status",
        ] {
            out += "<th>\(HTML.escape(h))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr class=\"row\" data-status=\"\(row.status.rawValue)\">"
            let target = row.target.isEmpty ? "" : "\(row.comparator) \(row.target)\(row.unit)"
            let observed = row.observed.map { TraceReport.format($0) + row.unit } ?? ""
            var cells: [String] = [row.list, row.taskNo.map(String.init) ?? "", row.metric]
            cells += [target, row.deadline.map(String.init) ?? ""]
            cells += [row.responsible.joined(separator: "、"), observed]
            cells += [row.observedYear.map(String.init) ?? "", row.observedSource ?? ""]
            out += cells.map { "<td>\(HTML.escape($0))</td>" }.joined()
            out += "<td class=\"status status-\(row.status.rawValue)\">"
            out += HTML.escape(StatusPalette.name(row.status)) + "</td></tr>"
        }
        return out + "</tbody></table>"
    }

    /// `trace.svg`, `targets.svg` and `trace.csv` of a policy.
    func policyFile(_ iri: String, file: String, _ fields: FormFields) -> SiteResponse {
        guard index.entry(iri)?.kind == .policy else {
            return .text("the graph has no policy <\(iri)>", status: 404)
        }
        let title = index.label(iri: iri)
        switch file {
        case "trace.svg":
            return .svg(
                TracePicture(
                    rows: traceRows(iri, nil), title: title, showAll: fields["all"] == "1",
                    statuses: Self.statuses(fields)
                ).svg())
        case "targets.svg":
            return .svg(TargetChart(rows: traceRows(iri, nil), title: title).svg())
        case "trace.csv":
            var response = SiteResponse(
                contentType: "text/csv; charset=utf-8",
                body: TraceReport(rows: traceRows(iri, Self.statuses(fields))).csv())
            response.headers.append(("Content-Disposition", "attachment; filename=\"trace.csv\""))
            return response
        default:
            return .text(
                "no file \(file) for a policy (trace.svg, targets.svg, trace.csv)", status: 404)
        }
    }
}
