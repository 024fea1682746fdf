/// Breaks text into lines that fit a width, estimating glyph widths without a font.
///
/// Chinese, Japanese and Korean text breaks between any two characters (there are no spaces);
/// Latin words and numbers stay whole (`2025`, `80%`, `Huawei`). Closing punctuation never starts
/// a line: `培养高素质职业教育师资。` keeps its `。` on the line before, even one glyph too wide.
public enum TextWrap {
    /// The advance of `c` in units of the font size: 1 for CJK and full-width forms, about 0.6 for
    /// Latin letters and digits.
    static func advance(_ c: Character) -> Double {
        guard let scalar = c.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 1
        case 0x2010...0x2027:  // dashes, quotes, the ellipsis: about 1 em in CJK fonts
            return 1
        default:
            return c == " " ? 0.3 : (c.isUppercase ? 0.68 : 0.58)
        }
    }

    /// The estimated width of `text` at `size`.
    public static func width(_ text: String, size: Double) -> Double {
        text.reduce(0) { $0 + advance($1) } * size
    }

    static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "》", "」", "』", "”", "’", "】", "〕", ",", ".", ";",
        ":", ")", "%", "％",
    ]

    /// Units that do not break: a run of Latin letters and digits, else one character.
    static func pieces(_ text: String) -> [String] {
        var out: [String] = []
        var run = ""
        for c in text {
            let latin = c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "%" || c == "-")
            if latin {
                run.append(c)
                continue
            }
            if !run.isEmpty {
                out.append(run)
                run = ""
            }
            out.append(String(c))
        }
        if !run.isEmpty { out.append(run) }
        return out
    }

    /// `text` in lines at most `width` wide at font `size`, at most `maxLines` (the last one
    /// ends in `…` when text is left over).
    public static func lines(
        _ text: String, width: Double, size: Double, maxLines: Int = .max
    ) -> [String] {
        var lines: [String] = []
        var current = ""
        var used = 0.0
        for piece in pieces(text) {
            let w = Self.width(piece, size: size)
            let closing = piece.count == 1 && piece.first.map(noLineStart.contains) == true
            if used + w > width, !current.isEmpty, !closing {
                lines.append(current)
                current = ""
                used = 0
                if piece == " " { continue }
            }
            current += piece
            used += w
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        var kept = Array(lines.prefix(maxLines))
        var last = kept[maxLines - 1]
        while !last.isEmpty, Self.width(last + "…", size: size) > width { last.removeLast() }
        kept[maxLines - 1] = last + "…"
        return kept
    }
}
