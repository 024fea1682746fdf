import Foundation

/// Compiled regular expressions of one evaluation.
final class RegexCache {
    var regexes: [String: NSRegularExpression] = [:]
}
