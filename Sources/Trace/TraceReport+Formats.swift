import Foundation

/// The output formats of `vocgraph trace`.
public enum TraceFormat: String, Sendable, CaseIterable {
    case markdown, csv, json, dot
}

extension TraceReport {
    /// The column names of the CSV and markdown outputs, in order.
    public static let columns = [
        "policy", "list", "task_no", "metric", "comparator", "target", "unit", "deadline",
        "responsible",
        "observed", "observed_year", "observed_source", "status",
    ]

    /// The report in `format`.
    public func render(_ format: TraceFormat) throws -> String {
        switch format {
        case .markdown: return markdown()
        case .csv: return csv()
        case .json: return try json()
        case .dot: return dot()
        }
    }

    func cells(_ row: TraceRow) -> [String] {
        [
            row.policy, row.list, row.taskNo.map(String.init) ?? "", row.metric, row.comparator,
            row.target, row.unit,
            row.deadline.map(String.init) ?? "", row.responsible.joined(separator: "; "),
            row.observed.map(Self.format) ?? "", row.observedYear.map(String.init) ?? "",
            row.observedSource ?? "", row.status.rawValue,
        ]
    }

    /// RFC 4180 CSV with a header row; fields with commas, quotes or line breaks are quoted.
    public func csv() -> String {
        func field(_ s: String) -> String {
            guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
                return s
            }
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var out = Self.columns.joined(separator: ",") + "\n"
        for row in rows { out += cells(row).map(field).joined(separator: ",") + "\n" }
        return out
    }

    /// A markdown table, with a status count line above it.
    public func markdown() -> String {
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var counts: [String] = []
        for status in TraceStatus.allCases {
            let n = rows.filter { $0.status == status }.count
            if n > 0 { counts.append("\(status.rawValue) \(n)") }
        }
        var out = "# Policy trace\n\n\(rows.count) rows: \(counts.joined(separator: ", "))\n\n"
        out += "| " + Self.columns.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: Self.columns.count) + "\n"
        for row in rows { out += "| " + cells(row).map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    /// The rows as a JSON array (keys as the CSV columns), pretty-printed with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(rows)
        return (String(data: data, encoding: .utf8) ?? "[]") + "\n"
    }

    /// Graphviz text: policy → list → task → responsible units, and task → observation coloured by status.
    public func dot() -> String {
        func quote(_ s: String) -> String {
            "\""
                + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                    of: "\"", with: "\\\"") + "\""
        }
        let colours: [TraceStatus: String] = [
            .met: "forestgreen", .notMet: "firebrick", .noData: "gray60",
            .notComparable: "darkorange",
        ]
        var lines = [
            "digraph trace {", "  rankdir=LR;",
            "  node [shape=box, fontname=\"Noto Sans CJK SC\"];",
        ]
        var declared = Set<String>()
        func node(_ id: String, _ label: String, _ attributes: String = "") {
            guard declared.insert(id).inserted else { return }
            lines.append("  \(quote(id)) [label=\(quote(label))\(attributes)];")
        }
        var edges = Set<String>()
        func edge(_ a: String, _ b: String, _ attributes: String = "") {
            let line =
                "  \(quote(a)) -> \(quote(b))\(attributes.isEmpty ? "" : " [\(attributes)]");"
            if edges.insert(line).inserted { lines.append(line) }
        }
        for row in rows {
            let policy = "policy:" + row.policy
            let list = "list:" + row.policy + "/" + row.list
            let number = row.taskNo.map(String.init) ?? "·"
            let task = "task:" + row.policy + "/" + row.list + "/" + number + "/" + row.metric
            node(policy, row.policy, ", shape=folder")
            node(list, row.list.isEmpty ? "正文" : row.list, ", shape=tab")
            let colour = colours[row.status] ?? "black"
            node(task, "\(number) \(row.metric.prefix(24))", ", color=\(colour)")
            edge(policy, list)
            edge(list, task)
            for unit in row.responsible {
                node("unit:" + unit, unit, ", shape=ellipse")
                edge(task, "unit:" + unit, "style=dashed, arrowhead=none")
            }
            if let observed = row.observed {
                let id =
                    "obs:\(row.observedSource ?? "")/\(row.metric)/\(Self.format(observed))/\(row.observedYear ?? 0)"
                let label =
                    "\(Self.format(observed))\(row.unit) (\(row.observedYear.map(String.init) ?? "?"))"
                node(id, label, ", shape=note")
                edge(task, id, "label=\(quote(row.status.rawValue)), color=\(colour)")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
