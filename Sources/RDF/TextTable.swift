/// A plain-text table whose columns line up in a terminal, counting East Asian wide characters
/// (Chinese) as two columns.
public struct TextTable: Sendable {
    public var header: [String]
    public var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int> = []

    public init(header: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The table with a header rule, two spaces between columns, no trailing spaces.
    public func render() -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextTable.displayWidth(cell))
            }
        }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for (index, width) in widths.enumerated() {
                let cell = index < row.count ? row[index] : ""
                let pad = String(repeating: " ", count: width - TextTable.displayWidth(cell))
                parts.append(rightAligned.contains(index) ? pad + cell : cell + pad)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var out = line(header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    /// Terminal columns taken by `text`: 2 for East Asian wide and full-width scalars, else 1.
    public static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
                0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
                0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                width += 2
            case 0x0300...0x036F, 0x200B...0x200F:
                break
            default:
                width += 1
            }
        }
        return width
    }
}
