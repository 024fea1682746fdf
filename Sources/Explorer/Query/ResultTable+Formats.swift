import RDF

/// The SPARQL 1.1 query results formats: JSON, CSV and TSV.
public enum ResultsFormat: String, Sendable, CaseIterable {
    case json, csv, tsv

    /// The media type each is served as.
    public var mediaType: String {
        switch self {
        case .json: return "application/sparql-results+json; charset=utf-8"
        case .csv: return "text/csv; charset=utf-8"
        case .tsv: return "text/tab-separated-values; charset=utf-8"
        }
    }
}

extension ResultTable {
    /// The table in `format`.
    public func rendered(_ format: ResultsFormat) -> String {
        switch format {
        case .json: return json()
        case .csv: return csv()
        case .tsv: return tsv()
        }
    }

    /// SPARQL 1.1 Query Results JSON: `head.vars` and `results.bindings`, keys in a fixed order.
    public func json() -> String {
        func string(_ s: String) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        func binding(_ term: Term) -> String {
            switch term {
            case .iri(let iri): return "{\"type\": \"uri\", \"value\": \(string(iri.string))}"
            case .blank(let b): return "{\"type\": \"bnode\", \"value\": \(string(b.id))}"
            case .literal(let l):
                var out = "{\"type\": \"literal\", \"value\": \(string(l.lexical))"
                if let language = l.language {
                    out += ", \"xml:lang\": \(string(language))"
                } else if let datatype = l.datatype {
                    out += ", \"datatype\": \(string(datatype.string))"
                }
                return out + "}"
            }
        }
        var out = "{\n  \"head\": {\"vars\": ["
        out += columns.map(string).joined(separator: ", ") + "]},\n"
        out += "  \"results\": {\"bindings\": ["
        let bindings = rows.map { row -> String in
            let fields = zip(columns, row).compactMap { column, term in
                term.map { "\(string(column)): \(binding($0))" }
            }
            return "\n    {" + fields.joined(separator: ", ") + "}"
        }
        out += bindings.joined(separator: ",")
        out += bindings.isEmpty ? "]}\n}\n" : "\n  ]}\n}\n"
        return out
    }

    /// SPARQL 1.1 CSV: plain values (IRIs without brackets, literals without quotes or tags),
    /// RFC 4180 quoting, CRLF line ends.
    public func csv() -> String {
        func field(_ s: String) -> String {
            guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
                return s
            }
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        func plain(_ term: Term?) -> String {
            switch term {
            case .none: return ""
            case .iri(let iri): return iri.string
            case .blank(let b): return "_:" + b.id
            case .literal(let l): return l.lexical
            }
        }
        var out = columns.map(field).joined(separator: ",") + "\r\n"
        for row in rows { out += row.map { field(plain($0)) }.joined(separator: ",") + "\r\n" }
        return out
    }

    /// SPARQL 1.1 TSV: a `?S` header, terms in Turtle syntax (`<iri>`, `"文本"@zh`, `42`).
    public func tsv() -> String {
        var out = columns.map { "?" + $0 }.joined(separator: "\t") + "\n"
        for row in rows {
            out += row.map { $0.map(Self.turtle) ?? "" }.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A term as Turtle writes it; integers and decimals bare, as the TSV format allows.
    static func turtle(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "<\(iri.string)>"
        case .blank(let b): return "_:" + b.id
        case .literal(let l):
            if l.datatype == Vocab.xsd.integer || l.datatype == Vocab.xsd.decimal,
                l.lexical.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" })
            {
                return l.lexical
            }
            var text = "\""
            for c in l.lexical.unicodeScalars {
                switch c {
                case "\\": text += "\\\\"
                case "\"": text += "\\\""
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                default: text.unicodeScalars.append(c)
                }
            }
            text += "\""
            if let language = l.language { return text + "@" + language }
            if let datatype = l.datatype { return text + "^^<\(datatype.string)>" }
            return text
        }
    }
}
