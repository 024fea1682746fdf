import Foundation
import RDF

extension ExplorerSite {
    /// `/` and `/search?q=`: names containing the query, grouped by type, with each
    /// organisation's partners and other relations in one line, so the answer to "who works with
    /// 华为" is on the results page itself.
    func searchPage(_ query: String) -> SiteResponse {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        var body = "<h1>搜索 Search</h1>"
        body += """
            <form action="/search" method="get" class="search">
            <input type="search" name="q" value="\(HTML.escape(trimmed))" autofocus \
            placeholder="例如 华为、深圳职业技术大学、粤府" aria-label="search terms">
            <button type="submit">搜索 Search</button>
            </form>
            """
        guard !trimmed.isEmpty else {
            body += "<p class=\"muted\">按任何名称或简称的一部分搜索机构、政策和文件。"
            body += " Search organisations, policies and documents by any part of any name.</p>"
            body +=
                "<p>例 Examples: "
                + ["华为", "深圳职业技术大学", "粤府", "质量报告"].map {
                    HTML.link("/search?q=" + HTML.urlEncode($0), $0)
                }.joined(separator: " · ") + "</p>"
            let counts = EntityKind.allCases.map { kind in
                "\(kind.heading) \(index.entries.filter { $0.kind == kind }.count)"
            }
            body += "<p class=\"muted\">图谱 The graph: " + counts.joined(separator: " · ")
            body += " · \(index.graph.count) triples</p>"
            return .html("搜索 Search", body)
        }
        let groups = index.search(trimmed)
        let total = groups.reduce(0) { $0 + $1.1.count }
        body +=
            "<p class=\"muted\" id=\"summary\">“\(HTML.escape(trimmed))”: \(total) 条结果 results</p>"
        for (kind, hits) in groups {
            body += "<section class=\"group\" data-kind=\"\(kind.rawValue)\">"
            body += "<h2>\(HTML.escape(kind.heading)) (\(hits.count))</h2><ul class=\"hits\">"
            for hit in hits {
                body += "<li class=\"hit\">" + nodeLink(hit.entry.iri)
                body += "<span class=\"type\">\(HTML.escape(hit.entry.typeName))</span>"
                if hit.matched != hit.entry.label {
                    body += " <span class=\"muted\">（\(HTML.escape(hit.matched))）</span>"
                }
                body += relationSummary(hit.entry.iri)
                body += "</li>"
            }
            body += "</ul></section>"
        }
        if groups.isEmpty {
            body += "<p>没有名称包含“\(HTML.escape(trimmed))”的机构、政策或文件。 No name contains it.</p>"
        }
        return .html("“\(trimmed)” · 搜索 Search", body)
    }

    /// `合作方 partner of: A、B、C` per relation of a node, at most eight names each.
    func relationSummary(_ iri: String) -> String {
        let entries = index.relations[iri] ?? []
        guard !entries.isEmpty else { return "" }
        var groups: [(String, [String])] = []
        for entry in entries {
            let name = RelationNames.name(entry.predicate, outgoing: entry.outgoing)
            if groups.last?.0 == name {
                groups[groups.count - 1].1.append(entry.other)
            } else {
                groups.append((name, [entry.other]))
            }
        }
        var out = "<div class=\"relations muted\">"
        for (name, others) in groups {
            let shown = others.prefix(8).map(nodeLink).joined(separator: "、")
            let more = others.count > 8 ? " … (\(others.count))" : ""
            out += "<div>\(HTML.escape(name)): <span class=\"others\">\(shown)</span>\(more)</div>"
        }
        return out + "</div>"
    }

    /// `/policies`: every policy with its trace counts.
    func policiesPage() -> SiteResponse {
        var rows: [[String]] = []
        for policy in index.policies {
            let traced = index.trace.rows.filter { $0.policyIRI == policy.iri }
            let counts = StatusCounts(traced)
            rows.append([
                HTML.link(policyHref(policy.iri), policy.label),
                HTML.escape(policy.names.first { $0.contains("〔") } ?? ""),
                String(traced.count), counts.html,
            ])
        }
        let body =
            "<h1>政策 Policies</h1>"
            + HTML.table(["政策 policy", "文号 number", "任务与目标 rows", "状态 status"], rows)
        return .html("政策 Policies", body)
    }

    func policyHref(_ iri: String) -> String {
        "/policy/" + HTML.urlEncode(iri.replacingOccurrences(of: Vocab.vgi.namespace, with: ""))
    }
}
