import Foundation

/// Escaping for HTML text and attribute values, and the few fragments every page builds.
///
/// Every string that comes from the graph, a document or a request goes through `escape` before it
/// reaches a page: a school named `<script>` in a report shows as text.
enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as character references.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A query-string value: everything but unreserved characters percent-encoded (UTF-8).
    static func urlEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: "\u{0}"..."\u{7F}"))
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// `<a href="…">text</a>` with both escaped.
    static func link(_ href: String, _ text: String, cssClass: String? = nil) -> String {
        let css = cssClass.map { " class=\"\($0)\"" } ?? ""
        return "<a href=\"\(escape(href))\"\(css)>\(escape(text))</a>"
    }

    /// A table with a header row; cells are HTML already.
    static func table(_ header: [String], _ rows: [[String]], cssClass: String = "data") -> String {
        var out = "<table class=\"\(cssClass)\"><thead><tr>"
        for h in header { out += "<th>\(escape(h))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }
}
