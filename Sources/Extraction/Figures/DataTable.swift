/// One cell of a tab-separated table row: trimmed text and its scalar span.
public struct TableCell: Sendable, Equatable {
    public var text: String
    /// Scalar offsets of the cell's first and one-past-last non-blank scalar (equal when empty).
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }

    /// Whether the cell holds no text.
    public var isEmpty: Bool { text.isEmpty }
}

/// A logical table row: the cells of one or more physical lines joined back together.
public struct TableRow: Sendable, Equatable {
    public var cells: [TableCell]
    /// The 1-based line where the row starts.
    public var line: Int
    /// Scalar offset where the row starts and ends in the document (end exclusive).
    public var start: Int
    public var end: Int

    public init(cells: [TableCell], line: Int, start: Int, end: Int) {
        self.cells = cells
        self.line = line
        self.start = start
        self.end = end
    }

    /// The text of cell `index`, or "" past the end.
    public subscript(text index: Int) -> String {
        index < cells.count ? cells[index].text : ""
    }
}

/// A table recovered from the tab-separated rows of a converted PDF.
public struct DataTable: Sendable, Equatable {
    /// The header row (the first row of the table).
    public var header: TableRow
    /// The body rows, continuation lines joined, repeated page headers dropped.
    public var rows: [TableRow]
    /// The caption or title line just above the table (表 2-1 …, 深圳市工作任务清单), if any.
    public var caption: String?
    /// The 1-based line of `caption`.
    public var captionLine: Int?

    public init(header: TableRow, rows: [TableRow], caption: String? = nil, captionLine: Int? = nil)
    {
        self.header = header
        self.rows = rows
        self.caption = caption
        self.captionLine = captionLine
    }

    /// The header cell texts, blanks removed (headers are often wrapped inside a cell).
    public var columnNames: [String] {
        header.cells.map { $0.text.filter { !$0.isWhitespace } }
    }

    /// The index of the first header cell for which `predicate` holds.
    public func column(where predicate: (String) -> Bool) -> Int? {
        columnNames.firstIndex(where: predicate)
    }
}
