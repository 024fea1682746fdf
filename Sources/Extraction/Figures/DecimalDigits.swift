/// Numbers read from text that a `Double` holds exactly, and their `xsd:decimal` lexical forms.
///
/// A figure with more than 15 significant digits (or one so long it overflows to infinity) is
/// not read as a figure: a `Double` could not give it back digit for digit, and `inf` is no
/// `xsd:decimal`, nor valid JSON.
public enum DecimalDigits {
    /// The most significant digits a `Double` keeps exactly.
    public static let maximumSignificantDigits = 15

    /// The value of `text` (`[-]digits[.digits]`), or nil when it has more significant digits
    /// than a `Double` keeps or is not a number.
    public static func value(_ text: String) -> Double? {
        var significant = 0
        var leading = true
        for scalar in text.unicodeScalars where ("0"..."9").contains(scalar) {
            if leading && scalar == "0" { continue }
            leading = false
            significant += 1
        }
        // Trailing zeros of a fraction (12.50) do not count; those of an integer (1200) do,
        // which is stricter than needed and keeps the rule simple.
        if text.contains(".") {
            significant -= text.reversed().prefix { $0 == "0" }.count
        }
        guard significant <= maximumSignificantDigits, let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    /// `12.0`, `12.5`, `0.00001`: the shortest decimal form that reads back as `v`, always with
    /// a point and never with an exponent (which `xsd:decimal` does not allow).
    public static func lexical(_ v: Double) -> String {
        precondition(v.isFinite, "figures are finite (DecimalDigits.value)")
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) + ".0" }
        let shortest = "\(v)"
        guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(shortest[shortest.index(after: e)...])
        else { return shortest }
        var mantissa = String(shortest[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let digits = whole + fraction
        let point = whole.count + exponent
        var plain: String
        if point <= 0 {
            plain = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            plain = digits + String(repeating: "0", count: point - digits.count) + ".0"
        } else {
            plain = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        while plain.hasSuffix("0") && !plain.hasSuffix(".0") { plain.removeLast() }
        return (negative ? "-" : "") + plain
    }
}
