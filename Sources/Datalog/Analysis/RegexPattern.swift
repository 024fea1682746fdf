import Foundation

/// Compiles `regex` patterns and explains the ones ICU refuses (it gives no reason of its own).
enum RegexPattern {
    /// The flags `regex(text, pattern, flags)` accepts, as in SPARQL.
    static let flags: Set<Character> = ["i", "s", "m", "x", "q"]

    /// A message for flags other than `flags`, or nil.
    static func flagProblem(_ flags: String) -> String? {
        let bad = flags.filter { !RegexPattern.flags.contains($0) }
        guard let first = bad.first else { return nil }
        return "unknown regex flag '\(first)' in \"\(flags)\" (flags are i, s, m, x and q)"
    }

    /// Compiles a pattern with SPARQL flags.
    /// - Throws: a message saying what is wrong with the pattern or flags.
    static func compile(_ pattern: String, flags: String) throws(RegexError) -> NSRegularExpression
    {
        if let problem = flagProblem(flags) { throw RegexError(message: problem) }
        var options: NSRegularExpression.Options = []
        if flags.contains("i") { options.insert(.caseInsensitive) }
        if flags.contains("s") { options.insert(.dotMatchesLineSeparators) }
        if flags.contains("m") { options.insert(.anchorsMatchLines) }
        if flags.contains("x") { options.insert(.allowCommentsAndWhitespace) }
        if flags.contains("q") { options.insert(.ignoreMetacharacters) }
        do {
            return try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            throw RegexError(
                message: "invalid regular expression \"\(pattern)\": \(explain(pattern))")
        }
    }

    /// A message for a pattern or flags that do not compile, or nil when they do.
    static func problem(_ pattern: String, flags: String) -> String? {
        do {
            _ = try compile(pattern, flags: flags)
            return nil
        } catch {
            return error.message
        }
    }

    /// The first structural fault found in a pattern ICU refused, with its position.
    static func explain(_ pattern: String) -> String {
        let scalars = Array(pattern.unicodeScalars)
        var open: [Int] = []
        var i = 0
        var atomBefore = false
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "\\":
                if i + 1 == scalars.count {
                    return "a '\\' at the end escapes nothing"
                }
                i += 2
                atomBefore = true
                continue
            case "[":
                var j = i + 1
                if j < scalars.count, scalars[j] == "^" { j += 1 }
                if j < scalars.count, scalars[j] == "]" { j += 1 }
                while j < scalars.count, scalars[j] != "]" {
                    j += scalars[j] == "\\" ? 2 : 1
                }
                if j >= scalars.count {
                    return "the '[' at character \(i + 1) is never closed"
                }
                i = j + 1
                atomBefore = true
                continue
            case "(":
                open.append(i)
                atomBefore = false
            case ")":
                if open.popLast() == nil {
                    return "the ')' at character \(i + 1) closes nothing"
                }
                atomBefore = true
            case "*", "+", "?", "{":
                let lazyOrPossessive =
                    (c == "?" || c == "+") && i > 0
                    && "*+?}".unicodeScalars.contains(scalars[i - 1])
                if !atomBefore && !lazyOrPossessive && !(c == "?" && i > 0 && scalars[i - 1] == "(")
                {
                    return "the '\(c)' at character \(i + 1) has nothing to repeat"
                }
                if c == "{" {
                    var j = i + 1
                    var text = ""
                    while j < scalars.count, scalars[j] != "}" {
                        text.unicodeScalars.append(scalars[j])
                        j += 1
                    }
                    let bounds = text.split(separator: ",", omittingEmptySubsequences: false)
                    if bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]),
                        low > high
                    {
                        return
                            "the repetition {\(text)} at character \(i + 1) has its minimum above its maximum"
                    }
                    i = max(j, i) + 1
                    continue
                }
            case "|":
                atomBefore = false
            default:
                atomBefore = true
            }
            i += 1
        }
        if let unclosed = open.last {
            return "the '(' at character \(unclosed + 1) is never closed"
        }
        return "ICU does not accept it as a regular expression"
    }
}

/// Why a `regex` pattern or its flags were refused.
struct RegexError: Error {
    var message: String
}
