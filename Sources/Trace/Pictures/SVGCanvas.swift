import Foundation

/// A small SVG writer: shapes and text in document order, numbers printed with fixed decimals.
///
/// Every picture VocGraph draws goes through it, so the same input gives byte-identical SVG: no
/// dictionary order, no locale, no floating-point noise (`12.300000001` is written `12.3`).
public struct SVGCanvas: Sendable {
    public var width: Double
    public var height: Double
    private var body: [String] = []

    /// The font stack of every picture: CJK fonts first, so that Chinese text never falls back to
    /// a Latin font that lacks the glyphs (which a browser shows as empty boxes).
    public static let fontFamily =
        "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', "
        + "'PingFang SC', 'Microsoft YaHei', sans-serif"

    public init(width: Double, height: Double = 0) {
        self.width = width
        self.height = height
    }

    /// `12`, `12.5`, `12.25`: at most two decimals, no trailing zeros, never `-0`.
    static func number(_ v: Double) -> String {
        let rounded = (v * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Text escaped for XML character data and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // XML 1.0 forbids most control characters even as references; a tab or line break
            // becomes a space (a table cell quoted from a report holds tabs).
            case "\t", "\n", "\r": out += " "
            default:
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A rectangle; `rx` rounds its corners.
    public mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        stroke: String? = nil, rx: Double = 0, cssClass: String? = nil
    ) {
        var attributes =
            "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" "
            + "height=\"\(Self.number(height))\" fill=\"\(fill)\""
        if let stroke { attributes += " stroke=\"\(stroke)\"" }
        if rx > 0 { attributes += " rx=\"\(Self.number(rx))\"" }
        if let cssClass { attributes += " class=\"\(cssClass)\"" }
        body.append("<rect \(attributes)/>")
    }

    /// A straight line.
    public mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
        dashed: Bool = false
    ) {
        var attributes =
            "x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" "
            + "y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\""
        if dashed { attributes += " stroke-dasharray=\"4 3\"" }
        body.append("<line \(attributes)/>")
    }

    /// An open path through `points`.
    public mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2) {
        let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        body.append(
            "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" "
                + "stroke-width=\"\(Self.number(width))\"/>")
    }

    /// A filled circle.
    public mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        body.append(
            "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" "
                + "fill=\"\(fill)\"/>")
    }

    /// One line of text with its baseline at `y`.
    public mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 13, fill: String = "#222",
        weight: String? = nil, anchor: String? = nil
    ) {
        var attributes =
            "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\" "
            + "fill=\"\(fill)\""
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
        body.append("<text \(attributes)>\(Self.escape(content))</text>")
    }

    /// Opens a group carrying `attributes` (already escaped), for example a `data-status`.
    public mutating func beginGroup(_ attributes: String) { body.append("<g \(attributes)>") }

    /// Closes the innermost group.
    public mutating func endGroup() { body.append("</g>") }

    /// A `<title>` for the element group it is in (a tooltip in browsers).
    public mutating func title(_ content: String) {
        body.append("<title>\(Self.escape(content))</title>")
    }

    /// The finished document, with `label` as its accessible name.
    public func rendered(label: String) -> String {
        let w = Self.number(width)
        let h = Self.number(height)
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" "
            + "viewBox=\"0 0 \(w) \(h)\" role=\"img\" aria-label=\"\(Self.escape(label))\" "
            + "font-family=\"\(Self.fontFamily)\">\n"
        out += "<title>\(Self.escape(label))</title>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
        for element in body { out += element + "\n" }
        out += "</svg>\n"
        return out
    }
}
