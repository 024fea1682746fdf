/// Character classes the recognisers test on every scalar.
enum ScalarClass {
    /// CJK unified ideographs (basic block and extension A) and 〇.
    @inline(__always)
    static func isHan(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || v == 0x3007
    }

    /// ASCII or full-width Latin letters.
    @inline(__always)
    static func isLatin(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
    }

    /// ASCII or full-width digits.
    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v)
    }

    /// Scalars an organisation name may contain besides brackets.
    @inline(__always)
    static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        isHan(c) || isLatin(c) || c == "+" || c == "&" || c == "·"
    }

    @inline(__always)
    static func isOpenBracket(_ c: Unicode.Scalar) -> Bool { c == "(" || c == "（" }

    @inline(__always)
    static func isCloseBracket(_ c: Unicode.Scalar) -> Bool { c == ")" || c == "）" }

    /// Sentence-final punctuation: a line ending in one of these is not continued on the next.
    @inline(__always)
    static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == "！" || c == "？" || c == "；" || c == "!" || c == "?" || c == ";"
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" || c == "\r"
    }

    @inline(__always)
    static func isOpenQuote(_ c: Unicode.Scalar) -> Bool {
        c == "“" || c == "「" || c == "『" || c == "‘"
    }

    @inline(__always)
    static func isCloseQuote(_ c: Unicode.Scalar) -> Bool {
        c == "”" || c == "」" || c == "』" || c == "’"
    }
}
