import Foundation
import RDF

extension ExplorerSite {
    /// The query languages of the query page.
    enum Language: String { case datalog, sparql }

    /// The program the query page opens with: the Huawei question of the README.
    static let exampleDatalog = """
        % Schools that partner with an enterprise whose name contains 华为 (Huawei).
        partner(S, E) :- vg:partnersWith(S, E).
        huawei(E) :- vg:Enterprise(E), rdfs:label(E, L), contains(L, "华为").
        ?- partner(S, E), huawei(E).
        """

    static let exampleSPARQL = """
        PREFIX vg: <\(Vocab.vg.namespace)>
        PREFIX rdfs: <\(Vocab.rdfs.namespace)>
        SELECT DISTINCT ?S ?E WHERE {
          ?S vg:partnersWith ?E . ?E a vg:Enterprise ; rdfs:label ?L .
          FILTER(CONTAINS(?L, "华为"))
        } ORDER BY ?S
        """

    /// `/query` (the form and its results) and `/query.csv` (the first table as CSV, with a
    /// label column after each column of IRIs).
    func query(_ request: SiteRequest, _ getFields: FormFields, csv: Bool) -> SiteResponse {
        var fields = getFields
        if request.method == .post {
            guard (request.contentType ?? "").hasPrefix("application/x-www-form-urlencoded")
            else {
                return .text(
                    "POST /query takes an application/x-www-form-urlencoded form", status: 415)
            }
            do {
                fields = try FormFields(parsing: String(decoding: request.body, as: UTF8.self))
            } catch {
                return .text(error.message, status: 400)
            }
        }
        guard let language = Language(rawValue: fields["lang"] ?? "datalog") else {
            return .text("lang must be datalog or sparql, not \(fields["lang"] ?? "")", status: 400)
        }
        let text = fields["q"] ?? ""
        var tables: [ResultTable] = []
        var failure: (String, Int)?
        if !text.isEmpty {
            do {
                switch language {
                case .datalog: tables = try datalog.run(text)
                case .sparql:
                    guard let sparql else { throw Unavailable() }
                    tables = [try sparql.select(text)]
                }
            } catch let error as QueryError {
                failure = (error.message, 400)
            } catch is Unavailable {
                failure = (Self.noSPARQL, 501)
            } catch {
                failure = ("\(error)", 400)
            }
        }
        if csv {
            if let failure { return .text(failure.0, status: failure.1) }
            guard let first = tables.first else {
                return .text("give a query: /query.csv?lang=datalog&q=…", status: 400)
            }
            var response = SiteResponse(
                contentType: "text/csv; charset=utf-8", body: labelledCSV(first))
            response.headers.append(("Content-Disposition", "attachment; filename=\"results.csv\""))
            return response
        }
        var body = "<h1>查询 Query</h1>"
        body += "<form method=\"get\" action=\"/query\" class=\"query\"><p>"
        for option in [Language.datalog, .sparql] {
            let checked = option == language ? " checked" : ""
            body +=
                "<label><input type=\"radio\" name=\"lang\" value=\"\(option.rawValue)\"\(checked)> "
            body += option == .datalog ? "Datalog" : "SPARQL"
            body += "</label> "
        }
        if sparql == nil {
            body += "<span class=\"muted\">(SPARQL: \(HTML.escape(Self.noSPARQLShort)))</span>"
        }
        let shown =
            text.isEmpty ? (language == .datalog ? Self.exampleDatalog : Self.exampleSPARQL) : text
        body +=
            "</p><textarea name=\"q\" rows=\"8\" aria-label=\"query\">\(HTML.escape(shown))</textarea>"
        body += "<p><button type=\"submit\">运行 Run</button></p></form>"
        if let failure {
            body += "<div class=\"error\" role=\"alert\">\(HTML.escape(failure.0))</div>"
            return .html("查询 Query", body, status: failure.1)
        }
        for table in tables {
            body += "<h2>\(HTML.escape(table.title)) (\(table.rows.count))</h2>"
            body += resultTable(table)
        }
        if !tables.isEmpty {
            let href = "/query.csv?lang=\(language.rawValue)&q=" + HTML.urlEncode(text)
            body += "<p>" + HTML.link(href, "下载 CSV download", cssClass: "csv") + "</p>"
        }
        return .html("查询 Query", body)
    }

    struct Unavailable: Error {}

    static let noSPARQL =
        "SPARQL is not available in this build of vocgraph serve: no SPARQL engine is plugged "
        + "into the explorer yet. The Datalog query page (/query?lang=datalog) works on the same graph."
    static let noSPARQLShort = "not available in this build"

    /// A result table as HTML: IRIs as links with their labels, literals as text.
    func resultTable(_ table: ResultTable) -> String {
        let rows = table.rows.map { row in
            row.map { term -> String in
                switch term {
                case .none: return ""
                case .iri(let iri)?:
                    return nodeLink(iri.string) + "<div class=\"iri\">"
                        + HTML.escape(NodeLabels.compact(iri)) + "</div>"
                case .literal(let l)?: return HTML.escape(l.lexical)
                case .blank(let b)?: return HTML.escape("_:" + b.id)
                }
            }
        }
        return HTML.table(table.columns, rows, cssClass: "data results")
    }

    /// SPARQL-style CSV with a `X_label` column after each column that holds IRIs.
    func labelledCSV(_ table: ResultTable) -> String {
        let labelled = table.columns.indices.filter { i in
            table.rows.contains { row in row[i]?.iri != nil }
        }
        var columns: [String] = []
        for (i, name) in table.columns.enumerated() {
            columns.append(name)
            if labelled.contains(i) { columns.append(name + "_label") }
        }
        let rows = table.rows.map { row -> [Term?] in
            var out: [Term?] = []
            for (i, term) in row.enumerated() {
                out.append(term)
                if labelled.contains(i) {
                    out.append(term.map { .literal(Literal(index.label($0))) })
                }
            }
            return out
        }
        return ResultTable(columns: columns, rows: rows).csv()
    }
}
