/// The number in a table cell: `3006`, `97. 25`, `97.07%`, `13 ↑`, `17.6: 1` (a ratio).
public struct TableCellValue: Sendable, Equatable {
    public var value: Double
    /// A unit written inside the cell (`%`), or `:1` for a ratio.
    public var unit: String?

    public init(value: Double, unit: String?) {
        self.value = value
        self.unit = unit
    }

    /// Parses `text`, or returns nil when the cell holds no single number.
    public init?(parsing text: String) {
        var t = text.filter { !$0.isWhitespace && $0 != "↑" && $0 != "↓" && $0 != "," }
        var unit: String?
        if t.hasSuffix("%") || t.hasSuffix("％") {
            t.removeLast()
            unit = "%"
        } else if t.hasSuffix(":1") || t.hasSuffix("：1") {
            t.removeLast(2)
            unit = ":1"
        }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
            let value = DecimalDigits.value(t)
        else { return nil }
        self.init(value: value, unit: unit)
    }
}
