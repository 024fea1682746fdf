import CRaptor
import Foundation
import RDF

/// Writes a `Graph` in any syntax Raptor serialises.
///
/// Output is deterministic: triples are handed to Raptor sorted by (subject, predicate, object)
/// term order, prefixes are declared in a fixed order and only when used, and no base IRI is
/// written. Known Raptor 2.0.15 traps are avoided here (see `RaptorTraps`).
public struct RDFWriter: Sendable {
    public var prefixes: PrefixMap

    public init(prefixes: PrefixMap = .standard) { self.prefixes = prefixes }

    /// The graph as text in `format`.
    /// - Throws: `RaptorError.invalidTerm` for an IRI that no RDF syntax can carry.
    public func serialize(_ graph: Graph, format: RDFFormat) throws(RaptorError) -> String {
        var output: UnsafeMutableRawPointer?
        var length = 0
        // Raptor allocates `output` at serialize_end; free it whatever happens after.
        defer { if let output { raptor_free_memory(output) } }
        try run(graph, format: format) { serializer in
            raptor_serializer_start_to_string(serializer, nil, &output, &length)
        }
        guard let output else {
            throw .failure("raptor: the \(format.rawValue) serializer wrote nothing")
        }
        return String(decoding: UnsafeRawBufferPointer(start: output, count: length), as: UTF8.self)
    }

    /// Writes the graph to `path` through `AtomicFile`: a temporary file beside it renamed over
    /// it, or the device or FIFO itself. On any error the previous file (if any) is left as it was.
    /// - Parameter inputs: files the output must not overwrite.
    public func write(
        _ graph: Graph, format: RDFFormat, to path: String, protecting inputs: [String] = []
    ) throws(RaptorError) {
        try AtomicFile.write(to: path, protecting: inputs) {
            (descriptor: Int32) throws(RaptorError) in
            try stream(graph, format: format, to: descriptor, name: path)
        }
    }

    /// Writes the graph to standard output, streaming (no copy of the text in memory).
    /// - Throws: `RaptorError.io` when standard output cannot take it (a full disk, a closed pipe).
    public func writeToStandardOutput(_ graph: Graph, format: RDFFormat) throws(RaptorError) {
        try stream(graph, format: format, to: STDOUT_FILENO, name: "standard output")
    }

    /// Streams the graph through a `FILE*` of our own on a duplicate of `descriptor`, and reports
    /// any write error of that stream (Raptor's writers ignore them).
    private func stream(_ graph: Graph, format: RDFFormat, to descriptor: Int32, name: String)
        throws(RaptorError)
    {
        // Not raptor_serializer_start_to_filename: it takes the file's own URI as base and
        // writes `@base <file:///…tmp>` plus IRIs relative to it (trap T4).
        guard let stream = fdopen(dup(descriptor), "w") else {
            throw .io(file: name, message: "cannot write: \(String(cString: strerror(errno)))")
        }
        do throws(RaptorError) {
            try run(graph, format: format) { serializer in
                raptor_serializer_start_to_file_handle(serializer, nil, stream)
            }
        } catch {
            fclose(stream)
            throw error
        }
        let flushed = fflush(stream) == 0 && ferror(stream) == 0
        let reason = String(cString: strerror(errno))
        let closed = fclose(stream) == 0
        guard flushed, closed else {
            throw .io(
                file: name,
                message: "cannot write: \(flushed ? String(cString: strerror(errno)) : reason)")
        }
    }

    /// One serialisation: a world with our log handler, a serializer started by `start`, every
    /// statement, the end. Errors Raptor logs become thrown errors.
    private func run(
        _ graph: Graph, format: RDFFormat, start: (OpaquePointer) -> Int32
    ) throws(RaptorError) {
        let world = try RaptorWorld()
        let log = WriteLog()
        let serializer = try RaptorSerializer(world: world, format: format)
        try withExtendedLifetime(log) { () throws(RaptorError) in
            raptor_world_set_log_handler(
                world.handle, Unmanaged.passUnretained(log).toOpaque(), writeLogHandler)
            defer { raptor_world_set_log_handler(world.handle, nil, nil) }
            guard start(serializer.handle) == 0 else {
                throw .failure("raptor: cannot start the \(format.rawValue) serializer")
            }
            do throws(RaptorError) {
                try emit(graph, world: world, serializer: serializer, format: format)
            } catch {
                raptor_serializer_serialize_end(serializer.handle)
                throw error
            }
            guard raptor_serializer_serialize_end(serializer.handle) == 0 else {
                throw .failure("raptor: the \(format.rawValue) serializer failed")
            }
            if let message = log.firstError { throw .failure("raptor: \(message)") }
        }
    }

    private func emit(
        _ graph: Graph, world: RaptorWorld, serializer: RaptorSerializer, format: RDFFormat
    ) throws(RaptorError) {
        let triples = graph.triples.sorted()
        for (prefix, namespace) in usedPrefixes(triples) {
            let uri = try RaptorURI(world: world, string: namespace)
            raptor_serializer_set_namespace(serializer.handle, uri.handle, prefix)
        }
        for triple in triples {
            let object = try RaptorTraps.safeForWriting(triple.object, format: format)
            let statement = try RaptorStatement(
                world: world, subject: triple.subject, predicate: triple.predicate, object: object)
            // Raptor trap: the RDF/JSON serializer keeps the statement pointer itself (it only
            // bumps a reference count), so statements are heap-allocated and reference-counted,
            // never stack values with borrowed terms.
            guard raptor_serializer_serialize_statement(serializer.handle, statement.handle) == 0
            else {
                throw .failure("raptor: cannot serialise \(triple)")
            }
        }
    }

    /// The bindings whose namespace some IRI of the graph starts with, in `prefixes` order.
    private func usedPrefixes(_ triples: [Triple]) -> [(String, String)] {
        var namespaces = Set<String>()
        func note(_ term: Term) {
            if case .iri(let iri) = term {
                for (_, namespace) in prefixes.bindings where iri.string.hasPrefix(namespace) {
                    namespaces.insert(namespace)
                }
            }
            if case .literal(let literal) = term, let datatype = literal.datatype {
                note(.iri(datatype))
            }
        }
        for triple in triples {
            note(triple.subject)
            note(triple.predicate)
            note(triple.object)
        }
        return prefixes.bindings.filter { namespaces.contains($0.namespace) }.map {
            ($0.prefix, $0.namespace)
        }
    }
}

/// Messages Raptor logs while writing; only touched on the writing thread.
final class WriteLog {
    var firstError: String?
}

private let writeLogHandler: raptor_log_handler = { context, message in
    guard let context, let message else { return }
    let log = Unmanaged<WriteLog>.fromOpaque(context).takeUnretainedValue()
    guard message.pointee.level.rawValue >= RAPTOR_LOG_LEVEL_ERROR.rawValue, log.firstError == nil
    else { return }
    let text = message.pointee.text.map { String(cString: $0) } ?? "serializer error"
    // An ill-typed literal ("abc"^^xsd:integer) is logged as an error but written quoted, which
    // is correct RDF; it is not a failure of the export.
    if text.hasPrefix("Illegal value for") { return }
    log.firstError = text
}

/// The owner of one `raptor_serializer`.
final class RaptorSerializer {
    let handle: OpaquePointer

    init(world: RaptorWorld, format: RDFFormat) throws(RaptorError) {
        guard let name = format.serializerName else {
            throw .unknownFormat("\(format.rawValue) (Raptor reads it but cannot write it)")
        }
        guard let serializer = raptor_new_serializer(world.handle, name) else {
            throw .unknownFormat(name)
        }
        handle = serializer
    }

    deinit { raptor_free_serializer(handle) }
}

/// The owner of one reference to a heap `raptor_statement` (which owns its three terms).
final class RaptorStatement {
    let handle: UnsafeMutablePointer<raptor_statement>

    init(world: RaptorWorld, subject: Term, predicate: Term, object: Term) throws(RaptorError) {
        let s = try RaptorStatement.makeTerm(world: world, term: subject)
        let p: UnsafeMutablePointer<raptor_term>
        let o: UnsafeMutablePointer<raptor_term>
        do {
            p = try RaptorStatement.makeTerm(world: world, term: predicate)
        } catch {
            raptor_free_term(s)
            throw error
        }
        do {
            o = try RaptorStatement.makeTerm(world: world, term: object)
        } catch {
            raptor_free_term(s)
            raptor_free_term(p)
            throw error
        }
        // Takes ownership of s, p and o, also when it fails.
        guard let statement = raptor_new_statement_from_nodes(world.handle, s, p, o, nil) else {
            throw .failure("raptor: out of memory making a statement")
        }
        handle = statement
    }

    deinit { raptor_free_statement(handle) }

    /// A new `raptor_term` the caller owns.
    static func makeTerm(world: RaptorWorld, term: Term) throws(RaptorError)
        -> UnsafeMutablePointer<raptor_term>
    {
        let made: UnsafeMutablePointer<raptor_term>?
        switch term {
        case .iri(let iri):
            do { _ = try IRI(parsing: iri.string) } catch { throw .invalidTerm(error.description) }
            made = withBytes(iri.string) {
                raptor_new_term_from_counted_uri_string(world.handle, $0, $1)
            }
        case .blank(let node):
            made = withBytes(node.id) { raptor_new_term_from_counted_blank(world.handle, $0, $1) }
        case .literal(let literal):
            var datatype: RaptorURI?
            if let iri = literal.datatype {
                datatype = try RaptorURI(world: world, string: iri.string)
            }
            made = withBytes(literal.lexical) { lexical, lexicalCount in
                withBytes(literal.language ?? "") { language, languageCount in
                    raptor_new_term_from_counted_literal(
                        world.handle, lexical, lexicalCount, datatype?.handle,
                        literal.language == nil ? nil : language,
                        UInt8(clamping: languageCount))
                }
            }
        }
        guard let made else { throw .invalidTerm("raptor: cannot make a term of \(term)") }
        return made
    }
}

/// Calls `body` with a NUL-terminated UTF-8 copy of `text` and its byte count.
private func withBytes<R>(_ text: String, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
    var bytes = Array(text.utf8)
    let count = bytes.count
    bytes.append(0)
    return bytes.withUnsafeBufferPointer { buffer in
        // Never empty: it holds at least the terminating NUL.
        guard let base = buffer.baseAddress else { preconditionFailure("empty C string buffer") }
        return body(base, count)
    }
}
