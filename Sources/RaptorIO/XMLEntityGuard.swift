import Foundation

/// Checks RDF/XML bytes before libxml2 sees them, so that no document makes the parser read
/// another file or URL, or expand entities without bound.
///
/// The prolog (everything before the root element) is held back until it is complete and has
/// been read here: a DOCTYPE naming an external DTD, external entities, parameter entities and
/// attribute defaults are refused; internal general entities (the `<!ENTITY rdf "http://…#">`
/// idiom of OWL files) are kept, with the size of their full replacement text. Then every
/// `&name;` of the body is counted against an expansion budget of
/// `max(minimumBudget, budgetPerInputByte × bytes read)`, so a 250 KB file cannot grow to
/// gigabytes ("billion laughs", or one big entity referenced many times).
///
/// Encodings whose bytes are not ASCII-compatible (UTF-16, UTF-32, EBCDIC, UTF-7) are refused,
/// since the checks read markup byte by byte.
struct XMLEntityGuard {
    /// The expansion every document may use, whatever its size.
    static let minimumBudget = 16 << 20
    /// Further expansion allowed per byte of input read.
    static let budgetPerInputByte = 8
    /// The longest prolog (XML declaration, comments, DOCTYPE) read.
    static let maximumPrologBytes = 16 << 20

    let name: String
    private var held: [UInt8] = []
    private var prologDone = false
    private var entities: [[UInt8]: [UInt8]] = [:]
    private var sizes: [[UInt8]: Int] = [:]
    private var bytesSeen = 0
    private var expanded = 0
    private var body = BodyState()

    init(name: String) { self.name = name }

    /// Takes the next chunk of input and returns the bytes to hand to the parser now (empty
    /// while the prolog is incomplete).
    /// - Throws: `RaptorError.syntax` at the place of a refused construct.
    mutating func admit(_ chunk: Data, isEnd: Bool) throws(RaptorError) -> Data {
        bytesSeen += chunk.count
        if prologDone {
            if !entities.isEmpty { try scanBody(chunk) }
            return chunk
        }
        held.append(contentsOf: chunk)
        var scanner = PrologScanner(bytes: held)
        let bodyStart: Int
        do {
            bodyStart = try scanner.scan()
        } catch {
            switch error {
            case .refused(let offset, let message):
                throw refusal(at: offset, message)
            case .needMore where !isEnd:
                guard held.count <= XMLEntityGuard.maximumPrologBytes else {
                    throw refusal(
                        at: 0, "the part before the root element is longer than 16 MiB; refused")
                }
                return Data()
            case .needMore:
                // The input ends inside the prolog: libxml2 reports the error, and nothing of
                // the document's content is left to expand.
                bodyStart = held.count
            }
        }
        prologDone = true
        entities = scanner.entities
        let all = Data(held)
        held = []
        if !entities.isEmpty {
            (body.line, body.column) = position(of: bodyStart, in: all)
            try scanBody(all[(all.startIndex + bodyStart)...])
        }
        return all
    }

    private func refusal(at offset: Int, _ message: String) -> RaptorError {
        let (line, column) = position(of: offset, in: held)
        return .syntax(file: name, line: line, column: column, message: message)
    }

    /// Line and column (1-based, Unicode scalars of UTF-8) of byte `offset`.
    private func position(of offset: Int, in bytes: some Collection<UInt8>) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// Counts the entity references of body bytes against the budget.
    /// - Complexity: O(bytes).
    private mutating func scanBody(_ bytes: Data) throws(RaptorError) {
        for byte in bytes {
            switch body.mode {
            case .text:
                if byte == UInt8(ascii: "&") {
                    body.mode = .ampersand
                    body.start = (body.line, body.column)
                }
            case .ampersand:
                if PrologScanner.isNameByte(byte, first: true) {
                    body.mode = .name
                    body.reference = [byte]
                } else {
                    body.mode = .text
                }
            case .name:
                if byte == UInt8(ascii: ";") {
                    body.mode = .text
                    try count(body.reference)
                } else if PrologScanner.isNameByte(byte, first: false) {
                    body.reference.append(byte)
                } else {
                    body.mode = .text
                }
            }
            if byte == UInt8(ascii: "\n") {
                body.line += 1
                body.column = 1
            } else if byte & 0xC0 != 0x80 {
                body.column += 1
            }
        }
    }

    private mutating func count(_ reference: [UInt8]) throws(RaptorError) {
        let size: Int
        do {
            var visiting = Set<[UInt8]>()
            size = try expandedSize(of: reference, visiting: &visiting)
        } catch {
            throw .syntax(
                file: name, line: body.start.line, column: body.start.column,
                message: error.message)
        }
        expanded = expanded.addingReportingOverflow(size).overflow ? Int.max : expanded + size
        let budget = max(
            XMLEntityGuard.minimumBudget,
            bytesSeen.multipliedReportingOverflow(
                by: XMLEntityGuard.budgetPerInputByte
            ).partialValue)
        if expanded > budget {
            let entity = String(decoding: reference, as: UTF8.self)
            throw .syntax(
                file: name, line: body.start.line, column: body.start.column,
                message:
                    "entity expansion refused: &\(entity); would bring the replacement text of entities to more than \(budget >> 20) MiB (entity amplification)"
            )
        }
    }

    /// The length of an entity's replacement text with every reference in it replaced, capped
    /// at `Int.max`.
    private mutating func expandedSize(of entity: [UInt8], visiting: inout Set<[UInt8]>)
        throws(GuardError) -> Int
    {
        if let known = sizes[entity] { return known }
        // A redeclared predefined entity (`<!ENTITY amp …>`) counts with its declared value, the
        // larger of the two; an undeclared name counts 0 (libxml2 reports it undefined).
        guard let value = entities[entity] else { return PrologScanner.predefined[entity] ?? 0 }
        guard visiting.insert(entity).inserted else {
            throw GuardError(
                message:
                    "entity '\(String(decoding: entity, as: UTF8.self))' refers to itself; refused"
            )
        }
        var total = 0
        var index = 0
        while index < value.count {
            guard value[index] == UInt8(ascii: "&"), index + 1 < value.count,
                value[index + 1] != UInt8(ascii: "#"),
                let end = value[(index + 1)...].firstIndex(of: UInt8(ascii: ";"))
            else {
                total += 1
                index += 1
                continue
            }
            let inner = Array(value[(index + 1)..<end])
            let size = try expandedSize(of: inner, visiting: &visiting)
            total = total.addingReportingOverflow(size).overflow ? Int.max : total + size
            index = end + 1
        }
        visiting.remove(entity)
        sizes[entity] = total
        return total
    }
}

/// Where the body scan is: outside a reference, just after `&`, or inside a name.
private struct BodyState {
    enum Mode { case text, ampersand, name }
    var mode = Mode.text
    var reference: [UInt8] = []
    var line = 1
    var column = 1
    var start = (line: 1, column: 1)
}

struct GuardError: Error {
    var message: String
}

/// Why the prolog scan stopped without a body offset.
enum PrologStop: Error {
    /// The bytes end before the prolog does.
    case needMore
    /// A construct at this byte offset is refused.
    case refused(Int, String)
}

/// A reader of an XML prolog (declaration, comments, processing instructions, DOCTYPE) that
/// records internal general entities and refuses everything that could load or amplify.
struct PrologScanner {
    let bytes: [UInt8]
    var index = 0
    var entities: [[UInt8]: [UInt8]] = [:]

    static let predefined: [[UInt8]: Int] = [
        Array("lt".utf8): 1, Array("gt".utf8): 1, Array("amp".utf8): 1,
        Array("apos".utf8): 1, Array("quot".utf8): 1,
    ]

    /// Encodings whose markup bytes are ASCII (lower-cased names or name prefixes).
    static let asciiCompatible = [
        "utf-8", "utf8", "us-ascii", "ascii", "iso-8859-", "iso8859-", "iso_8859-", "latin1",
        "windows-125", "cp125", "gb2312", "gbk", "gb18030", "big5", "shift_jis", "sjis",
        "euc-jp", "euc-kr", "euc-cn", "koi8-r", "koi8-u",
    ]

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Reads the prolog and returns the offset of the first byte after it.
    mutating func scan() throws(PrologStop) -> Int {
        try checkEncoding()
        while true {
            skipSpace()
            guard index < bytes.count else { throw .needMore }
            if try take("<?") {
                try processingInstruction(start: index - 2)
            } else if try take("<!--") {
                try skip(past: "-->")
            } else if try take("<!DOCTYPE") {
                try doctype()
            } else {
                return index
            }
        }
    }

    static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...:
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return !first
        default:
            return false
        }
    }

    private mutating func checkEncoding() throws(PrologStop) {
        // Too short to tell (at the end of input, libxml2 judges the few bytes).
        guard bytes.count >= 4 else { throw .needMore }
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            return
        }
        let wide: [[UInt8]] = [
            [0xFE, 0xFF], [0xFF, 0xFE], [0x00, 0x00, 0xFE, 0xFF], [0x00, 0x3C], [0x3C, 0x00],
            [0x00, 0x00, 0x00, 0x3C], [0x4C, 0x6F, 0xA7, 0x94],
        ]
        if wide.contains(where: { head.starts(with: $0) }) {
            throw .refused(
                0,
                "RDF/XML that is not in an ASCII-compatible encoding (UTF-16, UTF-32, EBCDIC) is not read; convert it to UTF-8 (iconv -t UTF-8)"
            )
        }
    }

    /// `<?…?>`; the XML declaration's encoding must be ASCII-compatible.
    private mutating func processingInstruction(start: Int) throws(PrologStop) {
        let end = try skip(past: "?>")
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        guard start <= 3, text.hasPrefix("<?xml"),
            let range = text.range(of: "encoding")
        else { return }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return }
        let encoding = rest.dropFirst().prefix { $0 != quote }.lowercased()
        guard !PrologScanner.asciiCompatible.contains(where: { encoding.hasPrefix($0) }) else {
            return
        }
        throw .refused(
            start,
            "RDF/XML in the encoding '\(encoding)' is not read; convert it to UTF-8 (iconv -t UTF-8)"
        )
    }

    private mutating func doctype() throws(PrologStop) {
        let start = index - 9
        try requireSpace(start)
        _ = try name(start)
        skipSpace()
        let keyword = index
        if try takeExternalIdentifier() {
            throw .refused(
                keyword,
                "the DOCTYPE names an external DTD; VocGraph never loads DTDs or any other file or URL named by a document (remove the SYSTEM or PUBLIC identifier)"
            )
        }
        if try take("[") {
            try internalSubset()
            skipSpace()
        }
        guard try take(">") else { throw .refused(start, "cannot read this DOCTYPE; refused") }
    }

    private mutating func internalSubset() throws(PrologStop) {
        while true {
            skipSpace()
            guard index < bytes.count else { throw .needMore }
            let start = index
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return
            } else if bytes[index] == UInt8(ascii: "%") {
                throw .refused(start, "parameter entity references are not read; refused")
            } else if try take("<!--") {
                try skip(past: "-->")
            } else if try take("<?") {
                try skip(past: "?>")
            } else if try take("<!ENTITY") {
                try entityDeclaration(start)
            } else if try take("<!ATTLIST") {
                let end = try declarationEnd()
                if bytes[start..<end].contains(where: {
                    $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'")
                }) {
                    throw .refused(
                        start, "attribute defaults in a DOCTYPE are not applied; refused")
                }
                index = end
            } else if try take("<!ELEMENT") {
                index = try declarationEnd()
            } else if try take("<!NOTATION") {
                index = try declarationEnd()
            } else {
                throw .refused(start, "cannot read this DOCTYPE declaration; refused")
            }
        }
    }

    private mutating func entityDeclaration(_ start: Int) throws(PrologStop) {
        try requireSpace(start)
        if bytes[index] == UInt8(ascii: "%") {
            throw .refused(start, "parameter entities are not read; refused")
        }
        let entity = try name(start)
        let label = String(decoding: entity, as: UTF8.self)
        try requireSpace(start)
        if try takeExternalIdentifier() {
            throw .refused(
                start,
                "the entity '\(label)' is external; VocGraph never loads files or URLs named by a document"
            )
        }
        guard index < bytes.count else { throw .needMore }
        let quote = bytes[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw .refused(start, "cannot read the declaration of entity '\(label)'; refused")
        }
        guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { throw .needMore }
        let value = Array(bytes[(index + 1)..<close])
        if value.contains(UInt8(ascii: "%")) {
            throw .refused(
                start, "parameter entity references are not read (in entity '\(label)'); refused")
        }
        index = close + 1
        skipSpace()
        guard try take(">") else {
            throw .refused(start, "cannot read the declaration of entity '\(label)'; refused")
        }
        // XML: the first declaration of a name binds. Character references in the value are
        // replaced at declaration, so `&#38;big;` is a reference to `big` when the entity is used.
        if entities[entity] == nil {
            entities[entity] = PrologScanner.replacingCharacterReferences(value)
        }
    }

    /// `value` with its character references (`&#38;`, `&#x26;`) replaced by their UTF-8 bytes.
    static func replacingCharacterReferences(_ value: [UInt8]) -> [UInt8] {
        guard value.contains(UInt8(ascii: "#")) else { return value }
        var out: [UInt8] = []
        out.reserveCapacity(value.count)
        var index = 0
        while index < value.count {
            if value[index] == UInt8(ascii: "&"), index + 2 < value.count,
                value[index + 1] == UInt8(ascii: "#"),
                let end = value[(index + 2)...].firstIndex(of: UInt8(ascii: ";"))
            {
                var digits = String(decoding: value[(index + 2)..<end], as: UTF8.self)
                var radix = 10
                if digits.hasPrefix("x") {
                    digits.removeFirst()
                    radix = 16
                }
                if let code = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(code) {
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    index = end + 1
                    continue
                }
            }
            out.append(value[index])
            index += 1
        }
        return out
    }

    /// The offset after the `>` that ends the current declaration, skipping quoted strings.
    private func declarationEnd() throws(PrologStop) -> Int {
        var position = index
        var quote: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return position + 1
            }
            position += 1
        }
        throw .needMore
    }

    private mutating func name(_ start: Int) throws(PrologStop) -> [UInt8] {
        let first = index
        while index < bytes.count, PrologScanner.isNameByte(bytes[index], first: index == first) {
            index += 1
        }
        guard index < bytes.count else { throw .needMore }
        guard index > first else { throw .refused(start, "expected a name here; refused") }
        return Array(bytes[first..<index])
    }

    private mutating func requireSpace(_ start: Int) throws(PrologStop) {
        guard index < bytes.count else { throw .needMore }
        guard PrologScanner.isSpace(bytes[index]) else {
            throw .refused(start, "cannot read this declaration; refused")
        }
        skipSpace()
        guard index < bytes.count else { throw .needMore }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private mutating func skipSpace() {
        while index < bytes.count, PrologScanner.isSpace(bytes[index]) { index += 1 }
    }

    /// Consumes `SYSTEM` or `PUBLIC`.
    private mutating func takeExternalIdentifier() throws(PrologStop) -> Bool {
        if try take("SYSTEM") { return true }
        return try take("PUBLIC")
    }

    /// Consumes `literal` if the bytes start with it here; needs more bytes when they end
    /// inside a prefix of it.
    private mutating func take(_ literal: StaticString) throws(PrologStop) -> Bool {
        let count = literal.utf8CodeUnitCount
        let text = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0..<count {
            guard index + offset < bytes.count else { throw .needMore }
            if bytes[index + offset] != text[offset] { return false }
        }
        index += count
        return true
    }

    /// Moves past the next `terminator`; returns the offset after it.
    @discardableResult
    private mutating func skip(past terminator: StaticString) throws(PrologStop) -> Int {
        let count = terminator.utf8CodeUnitCount
        let text = Array(UnsafeBufferPointer(start: terminator.utf8Start, count: count))
        var position = index
        while position + count <= bytes.count {
            if bytes[position] == text[0] && Array(bytes[position..<(position + count)]) == text {
                index = position + count
                return index
            }
            position += 1
        }
        throw .needMore
    }
}
