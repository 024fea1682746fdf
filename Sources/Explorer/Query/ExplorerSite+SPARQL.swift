import Foundation

extension ExplorerSite {
    /// The results format a request asks for: `format=` first, then the `Accept` header.
    ///
    /// `Accept: text/csv;q=0.5, application/sparql-results+json` gives JSON (the higher q); no
    /// header or `*/*` gives JSON; a header naming only formats we lack (`…+xml`) gives nil, a 406.
    static func negotiate(format: String?, accept: String?) -> Result<ResultsFormat, QueryError> {
        if let format {
            let aliases: [String: ResultsFormat] = [
                "json": .json, "csv": .csv, "tsv": .tsv,
                "application/sparql-results+json": .json, "text/csv": .csv,
                "text/tab-separated-values": .tsv,
            ]
            guard let chosen = aliases[format.lowercased()] else {
                return .failure(QueryError("format must be json, csv or tsv, not \(format)"))
            }
            return .success(chosen)
        }
        guard let accept, !accept.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .success(.json)
        }
        let types: [String: ResultsFormat] = [
            "application/sparql-results+json": .json, "application/json": .json,
            "text/csv": .csv, "text/tab-separated-values": .tsv, "*/*": .json,
            "application/*": .json, "text/*": .csv,
        ]
        var best: (q: Double, order: Int, format: ResultsFormat)?
        for (order, item) in accept.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";").map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            guard let type = parts.first, let format = types[type] else { continue }
            var q = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                q = Double(parameter.dropFirst(2)) ?? 0
            }
            // A specific type wins over a wildcard of the same q.
            let rank = type.contains("*") ? order + 1000 : order
            guard q > 0 else { continue }
            if best.map({ q > $0.q || (q == $0.q && rank < $0.order) }) ?? true {
                best = (q, rank, format)
            }
        }
        guard let best else {
            return .failure(
                QueryError(
                    "cannot answer in \(accept): /sparql gives application/sparql-results+json, "
                        + "text/csv or text/tab-separated-values"))
        }
        return .success(best.format)
    }

    /// `/sparql`, the SPARQL 1.1 Protocol: `GET ?query=`, `POST` of a form with `query=` or of an
    /// `application/sparql-query` body; results as JSON, CSV or TSV.
    func sparqlEndpoint(_ request: SiteRequest, _ getFields: FormFields) -> SiteResponse {
        var queries = getFields.all("query")
        var fields = getFields
        if request.method == .post {
            let type = (request.contentType ?? "").split(separator: ";").first.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            let body = String(decoding: request.body, as: UTF8.self)
            switch type {
            case "application/x-www-form-urlencoded":
                do {
                    let form = try FormFields(parsing: body)
                    queries += form.all("query")
                    fields.pairs += form.pairs
                } catch {
                    return .text(error.message, status: 400)
                }
            case "application/sparql-query":
                queries.append(body)
            default:
                return .text(
                    "POST /sparql takes application/x-www-form-urlencoded (query=…) or "
                        + "application/sparql-query, not \(request.contentType ?? "no Content-Type")",
                    status: 415)
            }
        }
        if queries.isEmpty {
            if request.method == .get, request.accept?.contains("text/html") ?? false {
                return sparqlForm()
            }
            return .text("give a SPARQL query: GET /sparql?query=… or POST", status: 400)
        }
        guard queries.count == 1, let query = queries.first,
            !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else {
            return .text(
                queries.count > 1 ? "give exactly one query parameter" : "the query is empty",
                status: 400)
        }
        let format: ResultsFormat
        switch Self.negotiate(format: fields["format"], accept: request.accept) {
        case .success(let chosen): format = chosen
        case .failure(let error):
            return .text(error.message, status: fields["format"] == nil ? 406 : 400)
        }
        guard let sparql else { return .text(Self.noSPARQL, status: 501) }
        do {
            let table = try sparql.select(query)
            return SiteResponse(contentType: format.mediaType, body: table.rendered(format))
        } catch let error as QueryError {
            return .text(error.message, status: 400)
        } catch {
            return .text("\(error)", status: 400)
        }
    }

    /// `/sparql` in a browser without a query: what the endpoint takes, and a form.
    func sparqlForm() -> SiteResponse {
        var body = "<h1>SPARQL endpoint</h1>"
        body +=
            "<p>SPARQL 1.1 Protocol: <code>GET /sparql?query=…</code>, <code>POST</code> a form "
        body +=
            "(<code>query=…</code>) or an <code>application/sparql-query</code> body. Results as "
        body += "<code>application/sparql-results+json</code>, <code>text/csv</code> or "
        body +=
            "<code>text/tab-separated-values</code> (Accept header or <code>format=json|csv|tsv</code>).</p>"
        if sparql == nil {
            body += "<p class=\"error\">\(HTML.escape(Self.noSPARQL))</p>"
        }
        body += "<form method=\"get\" action=\"/sparql\"><textarea name=\"query\" rows=\"8\">"
        body += HTML.escape(Self.exampleSPARQL) + "</textarea><p><select name=\"format\">"
        body += "<option>json</option><option>csv</option><option>tsv</option></select> "
        body += "<button type=\"submit\">运行 Run</button></p></form>"
        return .html("SPARQL", body)
    }
}
