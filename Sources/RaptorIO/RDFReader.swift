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

    /// Whether RDF/XML input passes `XMLEntityGuard` first (tests switch it off to check the
    /// libxml2 loader behind it).
    var guardsXMLEntities = true

    /// Serialises RDF/XML parses (see trap T9).
    static let libxmlLock = NSLock()

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
        let handle = try RDFReader.open(path)
        defer { try? handle.close() }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
        var buffer: ParseBuffer
        do {
            buffer = try parse(format: format, base: absolute, name: path, source: .file(path)) {
                (feed) throws(RaptorError) in
                var first = true
                while true {
                    let chunk: Data?
                    do { chunk = try handle.read(upToCount: 1 << 20) } catch {
                        throw .io(file: path, message: "read failed: \(error.localizedDescription)")
                    }
                    guard let chunk, !chunk.isEmpty else { break }
                    if first, let compression = RDFReader.compression(of: chunk) {
                        throw .io(
                            file: path,
                            message:
                                "is \(compression)-compressed, not \(format.displayName) text; decompress it first"
                        )
                    }
                    first = false
                    if !(try feed(chunk, false)) { return }
                }
                _ = try feed(Data(), true)
            }
        } catch {
            throw RDFReader.explain(error, format: format, path: path)
        }
        buffer.merge(into: &graph)
    }

    /// A syntax error with a hint when it likely comes from the wrong format, or from a limit
    /// of Raptor's parser rather than from the input being wrong.
    static func explain(_ error: RaptorError, format: RDFFormat, path: String) -> RaptorError {
        guard case .syntax(let file, let line, let column, var message) = error else {
            return error
        }
        if message.contains("memory exhausted"), format == .turtle || format == .trig {
            message =
                "nesting too deep for Raptor's \(format.displayName) parser (its grammar stack has room for 10,000 entries, a few per level of [ ] or ( ); Raptor says \"\(message)\")"
        }
        if let named = RDFFormat(fileName: path), named != format {
            message +=
                " (read as \(format.displayName), but the file name suggests \(named.displayName): is --input-format right?)"
        } else if format == .rdfxml,
            message.contains("Document is empty")
                || message.contains("Start tag expected")
        {
            message += " (this is not XML: is it RDF/XML?)"
        }
        return .syntax(file: file, line: line, column: column, message: message)
    }

    /// Opens `path` for reading: a regular file or a pipe. Devices (`/dev/zero`, a terminal)
    /// and directories are refused, since reading them never ends or means nothing.
    /// - Throws: `RaptorError.io` with the reason in plain words.
    static func open(_ path: String) throws(RaptorError) -> FileHandle {
        var status = stat()
        guard stat(path, &status) == 0 else { throw .io(file: path, message: reason(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO, S_IFSOCK: break
        case S_IFDIR: throw .io(file: path, message: "cannot read: is a directory, not an RDF file")
        case S_IFCHR, S_IFBLK:
            throw .io(
                file: path,
                message: "is a device, not a regular file or a pipe; refused (it may never end)")
        default: throw .io(file: path, message: "is not a regular file or a pipe; refused")
        }
        let descriptor = systemOpen(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(file: path, message: reason(errno)) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// A plain-words reason for a failed open or stat.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "cannot read: no such file"
        case EACCES: "cannot read: permission denied"
        case ENOTDIR: "cannot read: no such file (a part of the path is not a directory)"
        case ELOOP: "cannot read: too many levels of symbolic links"
        default: "cannot read: " + String(cString: strerror(code)).lowercased()
        }
    }

    /// The compression format whose magic bytes start `chunk`, if any.
    static func compression(of chunk: Data) -> String? {
        let head = [UInt8](chunk.prefix(6))
        if head.starts(with: [0x1F, 0x8B]) { return "gzip" }
        if head.starts(with: [0x42, 0x5A, 0x68]) { return "bzip2" }
        if head.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "xz" }
        if head.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return "zstd" }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "zip" }
        return nil
    }

    /// Adds the triples of RDF text to `graph`; on error `graph` is unchanged.
    public func load(
        string text: String, format: RDFFormat, base: String = RDFReader.defaultBase,
        name: String = "<string>", into graph: inout Graph
    ) throws(RaptorError) {
        var buffer = try parse(format: format, base: base, name: name, source: .text(text)) {
            (feed) throws(RaptorError) in
            _ = try feed(Data(text.utf8), true)
        }
        buffer.merge(into: &graph)
    }

    /// Runs one Raptor parse; `produce` calls `feed(bytes, isEnd)` until the input ends or `feed`
    /// returns false (parsing stopped on an error).
    private func parse(
        format: RDFFormat, base: String, name: String, source: Source,
        produce: ((Data, Bool) throws(RaptorError) -> Bool) throws(RaptorError) -> Void
    ) throws(RaptorError) -> ParseBuffer {
        // Trap T9: the RDF/XML parser reports through libxml2's process-wide error handlers, so
        // two RDF/XML parses on different threads get each other's errors. One at a time.
        let exclusive = format == .rdfxml
        if exclusive { RDFReader.libxmlLock.lock() }
        defer { if exclusive { RDFReader.libxmlLock.unlock() } }
        let world = try RaptorWorld()
        let parser = try RaptorParser(world: world, syntax: format.parserName)
        let baseURI = try RaptorURI(world: world, string: base)
        let state = ParseState(name: name, parser: parser.handle)
        var entityGuard = exclusive && guardsXMLEntities ? XMLEntityGuard(name: name) : nil
        // XML has no \u escapes, and libxml2 refuses NUL bytes itself.
        var nulScanner = exclusive ? nil : NulScanner()
        // Trap T10: comments with a quote swallow the lines after them.
        var commentMask = format == .ntriples || format == .nquads ? CommentMask() : nil
        if exclusive {
            _ = ExternalEntityLoader.installed
            ExternalEntityLoader.refused = nil
        }
        /// The error for a load the libxml2 loader refused, if any.
        func refusedLoad() -> RaptorError? {
            guard exclusive, let refused = ExternalEntityLoader.refused else { return nil }
            let locator = raptor_parser_get_locator(parser.handle)
            let line = locator.map { Int($0.pointee.line) }.flatMap { $0 > 0 ? $0 : nil }
            return .syntax(
                file: name, line: line, column: nil,
                message:
                    "the document asks to load \(refused); VocGraph never loads DTDs, entities or any other file or URL named by a document"
            )
        }

        return try withExtendedLifetime(state) { () throws(RaptorError) -> ParseBuffer in
            let context = Unmanaged.passUnretained(state).toOpaque()
            raptor_world_set_log_handler(world.handle, context, parseLogHandler)
            raptor_parser_set_statement_handler(parser.handle, context, parseStatementHandler)
            defer { raptor_world_set_log_handler(world.handle, nil, nil) }

            guard raptor_parser_parse_start(parser.handle, baseURI.handle) == 0 else {
                throw state.error ?? .failure("\(name): raptor could not start parsing")
            }
            // Whatever happens, the interning worker has finished before `state` goes away.
            defer { state.abandon() }
            try produce { (chunk: Data, isEnd: Bool) throws(RaptorError) -> Bool in
                var data = chunk
                if let offset = nulScanner?.scan(chunk) {
                    let (line, column) = source.position(of: offset)
                    throw .syntax(
                        file: name, line: line, column: column,
                        message:
                            "U+0000 (NUL, as a byte or a \\u0000 escape) in the input: Raptor would silently cut the literal there; refused"
                    )
                }
                if let mask = commentMask?.mask(chunk) { data = mask }
                if entityGuard != nil {
                    data = try entityGuard?.admit(data, isEnd: isEnd) ?? data
                    if data.isEmpty && !isEnd { return true }
                }
                state.inputBytes += data.count
                let status = data.withUnsafeBytes { raw -> Int32 in
                    let bytes = raw.bindMemory(to: UInt8.self)
                    return raptor_parser_parse_chunk(
                        parser.handle, bytes.baseAddress, bytes.count, isEnd ? 1 : 0)
                }
                if let error = refusedLoad() { throw error }
                if let error = state.error { throw source.locate(error, format: format) }
                if status != 0 {
                    throw .syntax(file: name, line: nil, column: nil, message: "parse failed")
                }
                return true
            }
            if let error = refusedLoad() { throw error }
            if let error = state.error { throw source.locate(error, format: format) }
            return state.finish()
        }
    }
}

/// Where the bytes of a parse come from, to place an error found by byte offset.
enum Source {
    case file(String)
    case text(String)

    /// Line and column of byte `offset`; nil for a pipe, which cannot be read again.
    func position(of offset: Int) -> (line: Int?, column: Int?) {
        switch self {
        case .text(let text):
            let (line, column) = NulScanner.position(of: offset, in: text.utf8)
            return (line, column)
        case .file(let path):
            var status = stat()
            guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                let handle = FileHandle(forReadingAtPath: path)
            else { return (nil, nil) }
            defer { try? handle.close() }
            // Whole lines are skipped chunk by chunk; only the last line is kept.
            var line = 1
            var lineStart: [UInt8] = []
            var read = 0
            while read < offset,
                let chunk = try? handle.read(upToCount: min(1 << 20, offset - read)),
                !chunk.isEmpty
            {
                if let lastNewline = chunk.lastIndex(of: UInt8(ascii: "\n")) {
                    line += chunk.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                    lineStart = [UInt8](chunk[chunk.index(after: lastNewline)...])
                } else {
                    lineStart += chunk
                }
                read += chunk.count
            }
            let column = NulScanner.position(of: lineStart.count, in: lineStart + [0]).column
            return (line, column)
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
///
/// The callback only copies each term's bytes into a batch; full batches go to an
/// `InterningWorker` on another thread, so Raptor parses the next chunk while the previous
/// statements are interned (two cores: roughly parse time instead of parse + intern time).
final class ParseState {
    static let batchStatements = 32_768

    /// Term bytes every input may spell out, whatever its size.
    static let minimumTermBudget = 256 << 20
    /// Further term bytes allowed per input byte.
    static let termBudgetPerInputByte = 64

    let name: String
    let parser: OpaquePointer
    var error: RaptorError?
    /// Input bytes handed to Raptor so far.
    var inputBytes = 0
    /// Bytes of the terms of every statement so far (repeats included).
    private var termBytes = 0
    private var batch = KeyBatch()
    private let worker = InterningWorker()
    private let queue = DispatchQueue(label: "vocgraph.raptorio.intern")
    private let group = DispatchGroup()

    init(name: String, parser: OpaquePointer) {
        self.name = name
        self.parser = parser
    }

    /// Copies one statement's three terms into the current batch.
    func add(
        _ s: UnsafeMutablePointer<raptor_term>, _ p: UnsafeMutablePointer<raptor_term>,
        _ o: UnsafeMutablePointer<raptor_term>
    ) {
        let before = batch.bytes.count
        batch.append(s)
        batch.append(p)
        batch.append(o)
        termBytes += batch.bytes.count - before
        if batch.ends.count >= 3 * ParseState.batchStatements { flush() }
        let budget = max(
            ParseState.minimumTermBudget, ParseState.termBudgetPerInputByte * inputBytes)
        if termBytes > budget, error == nil {
            // Long prefixes or namespaces used for many distinct names make terms grow with the
            // square of the input; the parse stops before memory does.
            var line: Int?
            if let locator = raptor_parser_get_locator(parser), locator.pointee.line > 0 {
                line = Int(locator.pointee.line)
            }
            error = .syntax(
                file: name, line: line, column: nil,
                message:
                    "the statements so far spell out \(termBytes >> 20) MiB of terms from \(max(1, inputBytes >> 10)) KiB of input, more than \(ParseState.termBudgetPerInputByte) times its size: refused as an amplification (long prefixes or namespaces used for many names)"
            )
            raptor_parser_parse_abort(parser)
        }
    }

    /// Hands the current batch to the worker.
    func flush() {
        guard !batch.ends.isEmpty else { return }
        let full = batch
        batch = KeyBatch()
        let worker = self.worker
        queue.async(group: group) { worker.process(full) }
    }

    /// Waits for the worker and returns everything read.
    func finish() -> ParseBuffer {
        flush()
        group.wait()
        return worker.buffer
    }

    /// Waits for the worker without using its result (after an error).
    func abandon() { group.wait() }
}

/// Term keys of consecutive statements (three per statement), handed from the parsing thread to
/// the interning thread as a whole.
final class KeyBatch: @unchecked Sendable {
    // Safe: a batch is filled on the parsing thread, then handed over in `flush` and never
    // touched there again; the worker only reads it.
    let bytes = KeyBuffer()
    var ends: [Int] = []

    init() { ends.reserveCapacity(3 * ParseState.batchStatements) }

    func append(_ term: UnsafeMutablePointer<raptor_term>) {
        appendKey(term, to: bytes)
        ends.append(bytes.count)
    }
}

/// Interns term keys to IDs and collects ID triples; runs on one serial queue.
final class InterningWorker: @unchecked Sendable {
    // Safe: `process` runs only on the parse's serial queue, and `buffer` is read by the parsing
    // thread only after `DispatchGroup.wait()` has seen every `process` call finish.
    var buffer = ParseBuffer()
    private var interner = ByteInterner()

    func process(_ batch: KeyBatch) {
        let all = batch.bytes.bytes
        var start = 0
        var ids: (TermID, TermID, TermID) = (TermID(0), TermID(0), TermID(0))
        for (index, end) in batch.ends.enumerated() {
            let key = UnsafeBufferPointer(rebasing: all[start..<end])
            start = end
            let hash = ByteInterner.hash(key)
            let id: TermID
            if let found = interner.find(key, hash: hash) {
                id = found
            } else {
                id = TermID(UInt32(buffer.terms.count))
                buffer.terms.append(decodeKey(key))
                interner.insert(key, hash: hash, id: id)
            }
            switch index % 3 {
            case 0: ids.0 = id
            case 1: ids.1 = id
            default:
                ids.2 = id
                buffer.triples.append(IDTriple(ids.0, ids.1, ids.2))
            }
        }
    }
}

/// Rebuilds a term from its key (see `appendKey`).
func decodeKey(_ key: UnsafeBufferPointer<UInt8>) -> Term {
    let body = UnsafeBufferPointer(rebasing: key[1...])
    switch key[0] {
    case 1:
        return .iri(IRI(unchecked: String(decoding: body, as: UTF8.self)))
    case 2:
        return .blank(BlankNode(String(decoding: body, as: UTF8.self)))
    default:
        let separator = body.firstIndex(of: 0xFF) ?? body.endIndex
        let lexical = String(
            decoding: UnsafeBufferPointer(rebasing: body[..<separator]), as: UTF8.self)
        guard separator < body.endIndex else { return .literal(Literal(lexical)) }
        let rest = UnsafeBufferPointer(rebasing: body[(separator + 1)...])
        if rest.isEmpty { return .literal(Literal(lexical)) }
        if rest[0] == UInt8(ascii: "@") {
            let language = String(
                decoding: UnsafeBufferPointer(rebasing: rest[1...]), as: UTF8.self)
            return .literal(Literal(lexical, language: language))
        }
        return .literal(
            Literal(lexical, datatype: IRI(unchecked: String(decoding: rest, as: UTF8.self))))
    }
}

private func bytesOf(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : count)
}

/// Appends the interner key of a borrowed term: a kind byte, its bytes and, for literals, a
/// 0xFF separator followed by `@language` or the datatype IRI.
func appendKey(_ term: UnsafeMutablePointer<raptor_term>, to key: KeyBuffer) {
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

    state.add(subject, predicate, object)
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
    // The RDF/XML parser reports libxml errors without a line; the parser's own locator has it.
    if line == nil, let locator = raptor_parser_get_locator(state.parser), locator.pointee.line > 0
    {
        line = Int(locator.pointee.line)
        if locator.pointee.column > 0 { column = Int(locator.pointee.column) }
    }
    state.error = .syntax(file: state.name, line: line, column: column, message: text)
    raptor_parser_parse_abort(state.parser)
}

/// The C `open`, under a name `RDFReader.open` does not shadow.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
