/// A user's corrections to name resolution, applied to every document after the resolver:
/// merge two names into one organisation, drop a name that is not an organisation, or set the
/// type of a name.
///
/// The file is UTF-8 text, one correction a line, fields separated by tabs, `#` comments:
///
///     merge	深圳市博伦职业技术学校	深圳市博伦职业技术学院
///     not	天猫
///     type	深圳技师学院	School
///
/// A name matches an entity whose name or alias it is. `merge A B` keeps A's entity, with B's
/// names as aliases.
public struct Corrections: Sendable, Equatable {
    /// One correction.
    public enum Correction: Sendable, Equatable {
        case merge(String, String)
        case notAnOrganization(String)
        case type(String, OrganizationType)
    }

    public var corrections: [Correction]

    public init(_ corrections: [Correction] = []) { self.corrections = corrections }

    /// A problem in a corrections file.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: Int
        public var message: String

        public var description: String { "\(file):\(line):\(column): error: \(message)" }
    }

    /// Reads the text of a corrections file named `file` (for messages).
    public init(parsing text: String, file: String) throws(ParseError) {
        var out: [Correction] = []
        // "\r\n" is one Character in Swift: split on either ending.
        let lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, line) in lines.enumerated() {
            if line.trimmingSpaces.isEmpty || line.trimmingSpaces.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0.trimmingSpaces)
            }
            func fail(_ field: Int, _ message: String) -> ParseError {
                var column = 1
                for previous in fields.prefix(field) { column += previous.unicodeScalars.count + 1 }
                return ParseError(file: file, line: index + 1, column: column, message: message)
            }
            func need(_ count: Int, _ usage: String) throws(ParseError) {
                guard fields.count == count, !fields.contains(where: \.isEmpty) else {
                    throw fail(0, "expected '\(usage)', fields separated by tabs")
                }
            }
            switch fields[0] {
            case "merge":
                try need(3, "merge NAME NAME")
                out.append(.merge(fields[1], fields[2]))
            case "not":
                try need(2, "not NAME")
                out.append(.notAnOrganization(fields[1]))
            case "type":
                try need(3, "type NAME TYPE")
                guard let type = OrganizationType(rawValue: fields[2]) else {
                    let names = OrganizationType.allCases.map(\.rawValue).joined(separator: ", ")
                    throw fail(2, "unknown type '\(fields[2])' (expected one of \(names))")
                }
                out.append(.type(fields[1], type))
            default:
                throw fail(0, "unknown correction '\(fields[0])' (expected merge, not or type)")
            }
        }
        corrections = out
    }

    /// Applies the corrections to a document's entities and mentions (their `entity` indices
    /// renumbered).
    func apply(to entities: inout [ResolvedEntity], mentions: inout [Mention]) {
        guard !corrections.isEmpty else { return }
        func find(_ name: String) -> Int? {
            entities.firstIndex { $0.name == name || $0.aliases.contains(name) }
        }
        var removed = Set<Int>()
        var target = Array(entities.indices)
        for correction in corrections {
            switch correction {
            case .notAnOrganization(let name):
                if let index = find(name) { removed.insert(index) }
            case .type(let name, let type):
                if let index = find(name) { entities[index].type = type }
            case .merge(let a, let b):
                guard let keep = find(a), let drop = find(b), keep != drop,
                    !removed.contains(keep), !removed.contains(drop)
                else { continue }
                let gone = entities[drop]
                var aliases = Set(entities[keep].aliases + gone.aliases + [gone.name])
                aliases.remove(entities[keep].name)
                entities[keep].aliases = aliases.sorted()
                entities[keep].lines = Array(Set(entities[keep].lines + gone.lines)).sorted()
                entities[keep].firstOffset = min(entities[keep].firstOffset, gone.firstOffset)
                removed.insert(drop)
                for k in target.indices where target[k] == drop { target[k] = keep }
            }
        }
        guard !removed.isEmpty else { return }
        var renumber = [Int](repeating: -1, count: entities.count)
        var kept: [ResolvedEntity] = []
        for (index, entity) in entities.enumerated() where !removed.contains(index) {
            renumber[index] = kept.count
            kept.append(entity)
        }
        entities = kept
        mentions = mentions.compactMap { m in
            guard m.entity >= 0 else { return m }
            let to = renumber[target[m.entity]]
            guard to >= 0 else { return nil }
            var m = m
            m.entity = to
            return m
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var s = self
        while let first = s.first, first == " " || first == "\u{3000}" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\u{3000}" { s = s.dropLast() }
        return s
    }
}
