import Foundation

/// A side file's corrections to a document's identity: `NAME.meta.json` (or `FILE.meta.json`)
/// beside the document, or a row of `documents.csv` in its folder.
///
/// Every field is optional; the ones given replace what `DocumentIdentity` read from the text.
/// `documents.csv` has a header row naming its columns: `file` (the document's file name) and
/// any of `title, issuer, number, date, kind, region, level`.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    /// Replaces `DocumentIdentity.title` when set; so do the fields below their namesakes.
    public var title: String?
    public var issuer: String?
    public var number: String?
    /// ISO form: `2025-03-01`, `2025-03` or `2025`.
    public var date: String?
    public var kind: DocumentIdentity.Kind?
    public var region: String?
    public var level: DocumentIdentity.Level?

    /// Metadata that overrides nothing.
    public init() {}

    /// The side file of the document at `path`, if there is one.
    ///
    /// - Throws: `DocumentReadError.unsupported` naming the side file when it cannot be read or
    ///   holds an unknown field, kind or level.
    public static func forDocument(at path: String) throws(DocumentReadError) -> DocumentMetadata? {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().path
        for candidate in [path + ".meta.json", stem + ".meta.json"]
        where FileManager.default.fileExists(atPath: candidate) {
            return try json(at: candidate)
        }
        let csv = url.deletingLastPathComponent().appendingPathComponent("documents.csv").path
        if FileManager.default.fileExists(atPath: csv) {
            return try table(at: csv)[url.lastPathComponent]
        }
        return nil
    }

    static let fields = ["title", "issuer", "number", "date", "kind", "region", "level"]

    static func json(at path: String) throws(DocumentReadError) -> DocumentMetadata {
        let data = try Document.readRegularFile(path)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .unsupported(path, "not valid JSON (\(CorpusBuilder.reason(error)))")
        }
        guard let dictionary = object as? [String: Any] else {
            throw .unsupported(path, "expected a JSON object of \(fields.joined(separator: ", "))")
        }
        var values: [String: String] = [:]
        for (key, value) in dictionary {
            guard let text = value as? String else {
                throw .unsupported(path, "field \"\(key)\" must be a string")
            }
            values[key] = text
        }
        return try make(values, source: path)
    }

    /// The rows of a `documents.csv`, by file name.
    static func table(at path: String) throws(DocumentReadError) -> [String: DocumentMetadata] {
        let data = try Document.readRegularFile(path)
        let text = String(decoding: data, as: UTF8.self)
        let rows = CSVRows.parse(text)
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces) }),
            let fileColumn = header.firstIndex(of: "file")
        else {
            throw .unsupported(path, "1:1: the header row must name a \"file\" column")
        }
        var out: [String: DocumentMetadata] = [:]
        for (index, row) in rows.enumerated().dropFirst() where !row.allSatisfy(\.isEmpty) {
            var values: [String: String] = [:]
            for (column, name) in header.enumerated() where column != fileColumn {
                if column < row.count, !row[column].isEmpty { values[name] = row[column] }
            }
            guard fileColumn < row.count else {
                throw .unsupported(path, "\(index + 1):1: the row has no file name")
            }
            out[row[fileColumn]] = try make(values, source: "\(path):\(index + 1)")
        }
        return out
    }

    static func make(_ values: [String: String], source: String) throws(DocumentReadError)
        -> DocumentMetadata
    {
        var m = DocumentMetadata()
        for (key, value) in values {
            switch key {
            case "title": m.title = value
            case "issuer": m.issuer = value
            case "number": m.number = value
            case "date": m.date = value
            case "region": m.region = value
            case "kind":
                guard let kind = DocumentIdentity.Kind(rawValue: value) else {
                    throw .unsupported(
                        source,
                        "unknown kind \"\(value)\" (\(DocumentIdentity.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
                m.kind = kind
            case "level":
                guard let level = DocumentIdentity.Level(rawValue: value) else {
                    throw .unsupported(
                        source,
                        "unknown level \"\(value)\" (\(DocumentIdentity.Level.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
                m.level = level
            default:
                throw .unsupported(
                    source, "unknown field \"\(key)\" (\(fields.joined(separator: ", ")))")
            }
        }
        return m
    }
}

/// Comma-separated rows with RFC 4180 quoting (`"a, b"`, `""` for a quote).
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        var pending: Character?
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false; pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
