/// Splits a sentence into clauses at ，；： outside quotes and brackets, so that
/// `签订“校企合作，协同育人”协议` stays one clause while `A与B签约，C出席` is two.
///
/// A list joined by 、 stays inside its clause: `成员单位包括A、B、C` is one clause.
struct ClauseSplitter: Sendable {
    /// The clauses of `s[start..<end]`, in order, covering it without gaps.
    static func clauses(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var depth = 0
        var clauseStart = start
        var i = start
        while i < end {
            let c = s[i]
            if ScalarClass.isOpenQuote(c) || Self.opens(c) {
                depth += 1
            } else if depth > 0 && (ScalarClass.isCloseQuote(c) || Self.closes(c)) {
                depth -= 1
            } else if depth == 0 && RelationCues.endsClause(c) {
                out.append(clauseStart..<(i + 1))
                clauseStart = i + 1
            }
            i += 1
        }
        if clauseStart < end { out.append(clauseStart..<end) }
        return out
    }

    // Compared scalar by scalar: a `String.unicodeScalars.contains` here decoded the string for
    // every scalar of every sentence (37 M instructions over the corpus).
    @inline(__always)
    static func opens(_ c: Unicode.Scalar) -> Bool {
        c == "（" || c == "(" || c == "【" || c == "《" || c == "〔"
    }

    @inline(__always)
    static func closes(_ c: Unicode.Scalar) -> Bool {
        c == "）" || c == ")" || c == "】" || c == "》" || c == "〕"
    }
}
