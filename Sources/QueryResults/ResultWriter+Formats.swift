import RDF

extension ResultWriter {
    /// A titled table with compact IRIs and plain literals, and a row count.
    func table(_ set: ResultSet) -> String {
        if set.isBoolean { return "\(set.title)\n\(set.boolean ? "yes" : "no")\n" }
        var table = TextTable(header: set.columns)
        table.rows = set.rows.map { row in row.map { $0.map(formatter.plain) ?? "" } }
        let count = "(\(set.rows.count) row\(set.rows.count == 1 ? "" : "s"))"
        return "\(set.title)\n\(table.render())\(count)\n"
    }

    /// SPARQL 1.1 Query Results CSV: full IRIs, literals as their lexical form, unbound as an
    /// empty field, CRLF line ends (RFC 4180). A boolean answer is one `true`/`false` field.
    func csv(_ set: ResultSet) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        func value(_ term: Term?) -> String {
            switch term {
            case nil: return ""
            case .iri(let iri): return iri.string
            case .blank(let b): return "_:" + b.id
            case .literal(let l): return l.lexical
            }
        }
        if set.isBoolean { return "_askResult\r\n\(set.boolean)\r\n" }
        let lines =
            [set.columns.map(field).joined(separator: ",")]
            + set.rows.map { row in row.map { field(value($0)) }.joined(separator: ",") }
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// SPARQL 1.1 Query Results TSV: `?S` header, terms in N-Triples syntax (integers and
    /// decimals bare, as Turtle allows), unbound as an empty field.
    func tsv(_ set: ResultSet) -> String {
        func value(_ term: Term?) -> String {
            guard let term else { return "" }
            if case .literal(let l) = term,
                l.datatype == Vocab.xsd.integer || l.datatype == Vocab.xsd.decimal,
                ResultWriter.isBareNumber(l.lexical, decimal: l.datatype == Vocab.xsd.decimal)
            {
                return l.lexical
            }
            return term.description
        }
        if set.isBoolean { return "?_askResult\n\(set.boolean)\n" }
        let lines =
            [set.columns.map { "?" + $0 }.joined(separator: "\t")]
            + set.rows.map { row in row.map(value).joined(separator: "\t") }
        return lines.map { $0 + "\n" }.joined()
    }

    /// True when Turtle reads `text` back as the same integer (`-5`) or decimal (`2.50`).
    static func isBareNumber(_ text: String, decimal: Bool) -> Bool {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let digits = { (s: Substring) in !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        if decimal { return parts.count == 2 && parts[1].isEmpty == false && digits(parts[1]) }
        return parts.count == 1 && digits(parts[0])
    }

    /// A SPARQL 1.1 Query Results JSON document (`application/sparql-results+json`), members in
    /// a fixed order and two-space indentation, so that output is byte-stable.
    func json(_ set: ResultSet) -> String {
        if set.isBoolean { return "{\n  \"head\": {},\n  \"boolean\": \(set.boolean)\n}" }
        let vars = set.columns.map(JSONText.quoted).joined(separator: ", ")
        var out = "{\n  \"head\": {\"vars\": [\(vars)]},\n  \"results\": {\"bindings\": ["
        let bindings = set.rows.map { row -> String in
            let members = zip(set.columns, row).compactMap { name, term -> String? in
                guard let term else { return nil }
                return JSONText.quoted(name) + ": " + binding(term)
            }
            return "\n    {" + members.joined(separator: ", ") + "}"
        }
        out += bindings.joined(separator: ",")
        out += set.rows.isEmpty ? "]}\n}" : "\n  ]}\n}"
        return out
    }

    private func binding(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "{\"type\": \"uri\", \"value\": \(JSONText.quoted(iri.string))}"
        case .blank(let b): return "{\"type\": \"bnode\", \"value\": \(JSONText.quoted(b.id))}"
        case .literal(let l):
            var text = "{\"type\": \"literal\", \"value\": \(JSONText.quoted(l.lexical))"
            if let language = l.language {
                text += ", \"xml:lang\": \(JSONText.quoted(language))"
            } else if let datatype = l.datatype, datatype != Vocab.xsd.string {
                text += ", \"datatype\": \(JSONText.quoted(datatype.string))"
            }
            return text + "}"
        }
    }
}

/// JSON string syntax (RFC 8259): quotes, backslashes and control characters escaped, every
/// other character (Chinese included) written as itself.
enum JSONText {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
