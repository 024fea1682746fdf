import CRaptor
import Foundation
import RDF

/// Reads RDF in any syntax Raptor parses into a `Graph`.
///
/// A read either succeeds completely or throws and leaves the target graph unchanged: triples are
/// collected into a private buffer and merged only when Raptor reports no error.
public struct RDFReader: Sendable {
    /// Base IRI used to resolve relative references in text read from a string.
    public static let defaultBase = "https://w3id.org/vocgraph/input/"

    public init() {}

    /// Reads a file, guessing its format from the extension when `format` is nil.
    /// - Throws: `RaptorError` with the file, line and column of the first error.
    public func read(file path: String, format: RDFFormat? = nil) throws(RaptorError) -> Graph {
        var graph = Graph()
        try load(file: path, format: format, into: &graph)
        return graph
    }

    /// Reads RDF text.
    /// - Parameter name: what error messages call the input.
    public func read(
        string text: String, format: RDFFormat, base: String = RDFReader.defaultBase,
        name: String = "<string>"
    ) throws(RaptorError) -> Graph {
        var graph = Graph()
        try load(string: text, format: format, base: base, name: name, into: &graph)
        return graph
    }

    /// Adds the triples of a file to `graph`; on error `graph` is unchanged.
    public func load(file path: String, format: RDFFormat? = nil, into graph: inout Graph)
        throws(RaptorError)
    {
        guard let format = format ?? RDFFormat(fileName: path) else {
            throw .cannotGuessFormat(file: path)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read file" : "no such file"
            throw .io(file: path, message: reason)
        }
        defer { try? handle.close() }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
        var buffer = try parse(format: format, base: absolute, name: path) { (feed) throws(RaptorError) in
            while true {
                let chunk: Data?
                do { chunk = try handle.read(upToCount: 1 << 20) } catch {
                    throw .io(file: path, message: "read failed: \(error.localizedDescription)")
                }
                guard let chunk, !chunk.isEmpty else { break }
                if !(try feed(chunk, false)) { return }
            }
            _ = try feed(Data(), true)
        }
        buffer.merge(into: &graph)
    }

    /// Adds the triples of RDF text to `graph`; on error `graph` is unchanged.
    public func load(
        string text: String, format: RDFFormat, base: String = RDFReader.defaultBase,
        name: String = "<string>", into graph: inout Graph
    ) throws(RaptorError) {
        var buffer = try parse(format: format, base: base, name: name) { (feed) throws(RaptorError) in
            _ = try feed(Data(text.utf8), true)
        }
        buffer.merge(into: &graph)
    }

    /// Runs one Raptor parse; `produce` calls `feed(bytes, isEnd)` until the input ends or `feed`
    /// returns false (parsing stopped on an error).
    private func parse(
        format: RDFFormat, base: String, name: String,
        produce: ((Data, Bool) throws(RaptorError) -> Bool) throws(RaptorError) -> Void
    ) throws(RaptorError) -> ParseBuffer {
        let world = try RaptorWorld()
        let parser = try RaptorParser(world: world, syntax: format.parserName)
        let baseURI = try RaptorURI(world: world, string: base)
        let state = ParseState(name: name, parser: parser.handle)

        return try withExtendedLifetime(state) { () throws(RaptorError) -> ParseBuffer in
            let context = Unmanaged.passUnretained(state).toOpaque()
            raptor_world_set_log_handler(world.handle, context, parseLogHandler)
            raptor_parser_set_statement_handler(parser.handle, context, parseStatementHandler)
            defer { raptor_world_set_log_handler(world.handle, nil, nil) }

            guard raptor_parser_parse_start(parser.handle, baseURI.handle) == 0 else {
                throw state.error ?? .failure("\(name): raptor could not start parsing")
            }
            try produce { (data: Data, isEnd: Bool) throws(RaptorError) -> Bool in
                let status = data.withUnsafeBytes { raw -> Int32 in
                    let bytes = raw.bindMemory(to: UInt8.self)
                    return raptor_parser_parse_chunk(
                        parser.handle, bytes.baseAddress, bytes.count, isEnd ? 1 : 0)
                }
                if let error = state.error { throw error }
                if status != 0 {
                    throw .syntax(file: name, line: nil, column: nil, message: "parse failed")
                }
                return true
            }
            if let error = state.error { throw error }
            return state.buffer
        }
    }
}

/// The owner of one `raptor_parser`.
final class RaptorParser {
    let handle: OpaquePointer

    init(world: RaptorWorld, syntax: String) throws(RaptorError) {
        guard let parser = raptor_new_parser(world.handle, syntax) else {
            throw .unknownFormat(syntax)
        }
        handle = parser
        // Never fetch anything while parsing: documents come from untrusted sources.
        raptor_parser_set_option(parser, RAPTOR_OPTION_NO_NET, nil, 1)
        raptor_parser_set_option(parser, RAPTOR_OPTION_NO_FILE, nil, 1)
        raptor_parser_set_option(parser, RAPTOR_OPTION_LOAD_EXTERNAL_ENTITIES, nil, 0)
    }

    deinit { raptor_free_parser(handle) }
}

/// Triples read so far, in a dictionary of their own until the parse succeeds.
struct ParseBuffer {
    /// Distinct terms in first-seen order (deduplicated by `ParseState.interner`).
    var terms: [Term] = []
    var triples: [IDTriple] = []

    /// Moves the triples into `graph` (the buffer is left empty).
    mutating func merge(into graph: inout Graph) {
        if graph.dictionary.count == 0 {
            // Nothing to translate: adopt the parse's dictionary and triples as they are.
            let taken = triples
            triples = []
            graph = Graph(dictionary: TermDictionary(uniqueTerms: terms), idTriples: taken)
            return
        }
        var map: [TermID] = []
        map.reserveCapacity(terms.count)
        for term in terms { map.append(graph.intern(term)) }
        graph.insert(
            idTriples: triples.map {
                IDTriple(map[Int($0.s.rawValue)], map[Int($0.p.rawValue)], map[Int($0.o.rawValue)])
            })
    }
}

/// A growable byte buffer without Array's per-append checks, owned by one `ParseState`.
final class KeyBuffer {
    private(set) var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)
    private var capacity = 4096
    var count = 0

    deinit { storage.deallocate() }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: storage, count: count)
        storage.deallocate()
        storage = grown
        capacity = newCapacity
    }
}

/// What the C callbacks see. Only touched from the parsing thread, inside `parse`.
final class ParseState {
    let name: String
    let parser: OpaquePointer
    var buffer = ParseBuffer()
    var error: RaptorError?
    /// Raw term bytes → ID, so repeated terms skip String creation and `Term` hashing.
    var interner = ByteInterner()
    /// Scratch buffer for building interner keys.
    var key = KeyBuffer()

    /// The ID of a borrowed Raptor term, interning it on first sight.
    func intern(_ term: UnsafeMutablePointer<raptor_term>) -> TermID {
        key.count = 0
        appendKey(term, to: key)
        let bytes = key.bytes
        let hash = ByteInterner.hash(bytes)
        if let id = interner.find(bytes, hash: hash) { return id }
        let id = TermID(UInt32(buffer.terms.count))
        buffer.terms.append(copyTerm(term))
        interner.insert(bytes, hash: hash, id: id)
        return id
    }

    init(name: String, parser: OpaquePointer) {
        self.name = name
        self.parser = parser
    }
}

private func bytesOf(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : count)
}

/// Copies a borrowed `raptor_term` into a Swift `Term`.
func copyTerm(_ term: UnsafeMutablePointer<raptor_term>) -> Term {
    switch term.pointee.type {
    case RAPTOR_TERM_TYPE_URI:
        var length = 0
        let chars = raptor_uri_as_counted_string(term.pointee.value.uri, &length)
        return .iri(IRI(unchecked: String(decoding: bytesOf(chars, length), as: UTF8.self)))
    case RAPTOR_TERM_TYPE_BLANK:
        let blank = term.pointee.value.blank
        return .blank(
            BlankNode(String(decoding: bytesOf(blank.string, Int(blank.string_len)), as: UTF8.self)))
    default:
        let literal = term.pointee.value.literal
        let lexical = String(decoding: bytesOf(literal.string, Int(literal.string_len)), as: UTF8.self)
        if literal.language != nil && literal.language_len > 0 {
            let language = String(
                decoding: bytesOf(literal.language, Int(literal.language_len)), as: UTF8.self)
            return .literal(Literal(lexical, language: language))
        }
        if let datatype = literal.datatype {
            var length = 0
            let chars = raptor_uri_as_counted_string(datatype, &length)
            let iri = IRI(unchecked: String(decoding: bytesOf(chars, length), as: UTF8.self))
            return .literal(Literal(lexical, datatype: iri))
        }
        return .literal(Literal(lexical))
    }
}

/// Appends the interner key of a borrowed term: a kind byte, its bytes and, for literals, a
/// 0xFF separator followed by `@language` or the datatype IRI.
private func appendKey(_ term: UnsafeMutablePointer<raptor_term>, to key: KeyBuffer) {
    switch term.pointee.type {
    case RAPTOR_TERM_TYPE_URI:
        var length = 0
        let chars = raptor_uri_as_counted_string(term.pointee.value.uri, &length)
        key.append(1)
        key.append(bytesOf(chars, length))
    case RAPTOR_TERM_TYPE_BLANK:
        let blank = term.pointee.value.blank
        key.append(2)
        key.append(bytesOf(blank.string, Int(blank.string_len)))
    default:
        let literal = term.pointee.value.literal
        key.append(3)
        key.append(bytesOf(literal.string, Int(literal.string_len)))
        key.append(0xFF)
        if literal.language != nil && literal.language_len > 0 {
            key.append(UInt8(ascii: "@"))
            key.append(bytesOf(literal.language, Int(literal.language_len)))
        } else if let datatype = literal.datatype {
            var length = 0
            let chars = raptor_uri_as_counted_string(datatype, &length)
            key.append(bytesOf(chars, length))
        }
    }
}

private let parseStatementHandler: raptor_statement_handler = { context, statement in
    guard let context, let statement else { return }
    let state = Unmanaged<ParseState>.fromOpaque(context).takeUnretainedValue()
    guard state.error == nil,
        let subject = statement.pointee.subject,
        let predicate = statement.pointee.predicate,
        let object = statement.pointee.object
    else { return }

    let s = state.intern(subject)
    let p = state.intern(predicate)
    let o = state.intern(object)
    state.buffer.triples.append(IDTriple(s, p, o))
}

private let parseLogHandler: raptor_log_handler = { context, message in
    guard let context, let message else { return }
    let state = Unmanaged<ParseState>.fromOpaque(context).takeUnretainedValue()
    let level = message.pointee.level
    guard level.rawValue >= RAPTOR_LOG_LEVEL_ERROR.rawValue, state.error == nil else { return }
    let text = message.pointee.text.map { String(cString: $0) } ?? "syntax error"
    var line: Int?
    var column: Int?
    if let locator = message.pointee.locator {
        if locator.pointee.line > 0 { line = Int(locator.pointee.line) }
        if locator.pointee.column > 0 { column = Int(locator.pointee.column) }
    }
    state.error = .syntax(file: state.name, line: line, column: column, message: text)
    raptor_parser_parse_abort(state.parser)
}
