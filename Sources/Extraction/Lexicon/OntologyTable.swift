/// Why a data file of `Ontology/` could not be read, with the file and 1-based line.
public struct OntologyTableError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name (`regions.tsv`).
    public var file: String
    /// The 1-based line, 0 when the error concerns the whole file.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)"
    }
}

/// A tab-separated data file of `Ontology/`, read by column name.
///
/// The format: UTF-8; first a header of `#` comment lines saying what the data is, where it came
/// from, its licence and the command that regenerated it, among them one `# key: COLUMN` line
/// naming the column whose values are sorted (by Unicode scalar values) and unique; then a row
/// of column names; then one row per line, fields separated by tabs. Every row has as many
/// fields as the header (empty fields are allowed); blank lines and `#` lines after the header
/// are ignored. List-valued fields are comma-separated (`list(_:)`).
public struct OntologyTable: Sendable {
    /// A column of this table, found by `column(_:)`.
    public struct Column: Sendable, Hashable {
        public let index: Int
        public let name: String
    }

    /// One data line.
    public struct Row: Sendable {
        /// The 1-based line in the file.
        public let line: Int
        public let fields: [String]

        /// The field of `column`.
        public subscript(column: Column) -> String { fields[column.index] }
    }

    /// The file name, used in errors.
    public let name: String
    /// The text of the `#` lines before the column names, without the `# ` prefix.
    public let comments: [String]
    public let columns: [String]
    /// The column named by `# key:`, if any.
    public let key: Column?
    public let rows: [Row]

    /// Parses `text`, the contents of the file `name`.
    ///
    /// - Throws: `OntologyTableError` for a missing header, a repeated or empty column name, an
    ///   unknown key column, or a row whose field count differs from the header's.
    public init(parsing text: String, name: String) throws(OntologyTableError) {
        self.name = name
        var comments: [String] = []
        var columns: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        // Scalars, not Characters: "\r\n" is one Character, and fields keep their exact scalars.
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        {
            lineNumber += 1
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if line.first == "#" {
                if columns == nil {
                    let body = line.dropFirst()
                    comments.append(String(Substring(body.first == " " ? body.dropFirst() : body)))
                }
                continue
            }
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String(Substring($0))
            }
            guard let header = columns else {
                if let empty = fields.firstIndex(of: "") {
                    throw OntologyTableError(
                        file: name, line: lineNumber, message: "column \(empty + 1) has no name")
                }
                if let repeated = OntologyTable.firstRepeated(fields) {
                    throw OntologyTableError(
                        file: name, line: lineNumber, message: "column '\(repeated)' repeated")
                }
                columns = fields
                continue
            }
            guard fields.count == header.count else {
                throw OntologyTableError(
                    file: name, line: lineNumber,
                    message:
                        "\(fields.count) fields, the header has \(header.count) (\(header.joined(separator: ", ")))"
                )
            }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        guard let header = columns else {
            throw OntologyTableError(file: name, line: 0, message: "no header row of column names")
        }
        self.comments = comments
        self.columns = header
        self.rows = rows
        let declared = comments.compactMap { comment -> String? in
            guard comment.hasPrefix("key:") else { return nil }
            return String(Substring(comment.unicodeScalars.dropFirst(4))).trimmingSpaces()
        }
        if let keyName = declared.first {
            guard let index = header.firstIndex(of: keyName) else {
                throw OntologyTableError(
                    file: name, line: 0,
                    message: "key column '\(keyName)' is not among the columns")
            }
            key = Column(index: index, name: keyName)
        } else {
            key = nil
        }
    }

    /// The embedded copy of `Ontology/<name>`.
    ///
    /// - Throws: `OntologyTableError` when no such file is embedded or it does not parse.
    public static func embedded(_ name: String) throws(OntologyTableError) -> OntologyTable {
        guard let text = EmbeddedData.files[name] else {
            throw OntologyTableError(file: name, line: 0, message: "no such embedded data file")
        }
        return try OntologyTable(parsing: text, name: name)
    }

    /// The embedded `Ontology/<name>`, which is ours: a failure is a broken invariant.
    static func standard(_ name: String) -> OntologyTable {
        standard(name) { $0 }
    }

    /// What `read` makes of the embedded `Ontology/<name>` (the `standard` instance of each
    /// loader): the table is ours, so a failure to parse or read it is a broken invariant.
    static func standard<T>(
        _ name: String, _ read: (OntologyTable) throws(OntologyTableError) -> T
    ) -> T {
        do {
            return try read(embedded(name))
        } catch {
            preconditionFailure("embedded \(error)")
        }
    }

    /// The column called `name`.
    ///
    /// - Throws: `OntologyTableError` naming the columns there are.
    public func column(_ name: String) throws(OntologyTableError) -> Column {
        guard let index = columns.firstIndex(of: name) else {
            throw OntologyTableError(
                file: self.name, line: 0,
                message: "no column '\(name)' (columns: \(columns.joined(separator: ", ")))")
        }
        return Column(index: index, name: name)
    }

    /// An error about `row`, located at its line.
    public func error(_ message: String, at row: Row) -> OntologyTableError {
        OntologyTableError(file: name, line: row.line, message: message)
    }

    /// The items of a comma-separated field; empty items are dropped.
    public static func list(_ field: String) -> [String] {
        field.unicodeScalars.split(separator: ",").map {
            String(Substring($0)).trimmingSpaces()
        }.filter { !$0.isEmpty }
    }

    /// Rows out of order or with a repeated key (by Unicode scalar values), in line order.
    ///
    /// A table without a `# key:` line has nothing to check.
    public func keyViolations() -> [OntologyTableError] {
        guard let key else { return [] }
        var problems: [OntologyTableError] = []
        var previous: (value: [UInt32], line: Int)?
        for row in rows {
            let value = row[key].unicodeScalars.map(\.value)
            if row[key].isEmpty {
                problems.append(error("empty \(key.name)", at: row))
            }
            if let previous {
                if value == previous.value {
                    problems.append(
                        error(
                            "\(key.name) '\(row[key])' repeats line \(previous.line)", at: row))
                } else if value.lexicographicallyPrecedes(previous.value) {
                    problems.append(
                        error(
                            "\(key.name) '\(row[key])' sorts before line \(previous.line)'s",
                            at: row))
                }
            }
            previous = (value, row.line)
        }
        return problems
    }

    private static func firstRepeated(_ names: [String]) -> String? {
        var seen: Set<String> = []
        return names.first { !seen.insert($0).inserted }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
