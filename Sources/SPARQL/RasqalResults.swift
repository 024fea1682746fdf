import CRasqal
import QueryResults
import RDF

/// The owner of one `rasqal_query_results`, read into our own terms.
///
/// Values Rasqal hands out (`rasqal_literal`, `raptor_statement`) are borrowed from the results
/// and valid only until the next row: each is copied into a ``Term`` at once.
final class RasqalResults {
    let handle: OpaquePointer
    /// Results must be freed before their query: holding it here orders the two deinits.
    let query: RasqalQuery

    init(handle: OpaquePointer, query: RasqalQuery) {
        self.handle = handle
        self.query = query
    }

    deinit { rasqal_free_query_results(handle) }

    var isBindings: Bool { rasqal_query_results_is_bindings(handle) != 0 }
    var isBoolean: Bool { rasqal_query_results_is_boolean(handle) != 0 }
    var isGraph: Bool { rasqal_query_results_is_graph(handle) != 0 }

    /// Every row of a SELECT, in Rasqal's order.
    func rows() throws(SPARQLError) -> (columns: [String], rows: [[Term?]]) {
        let count = Int(rasqal_query_results_get_bindings_count(handle))
        let columns = (0..<count).map { index -> String in
            rasqal_query_results_get_binding_name(handle, Int32(index)).map {
                String(cString: $0)
            } ?? "_\(index)"
        }
        var rows: [[Term?]] = []
        while rasqal_query_results_finished(handle) == 0 {
            let row = (0..<count).map { index -> Term? in
                rasqal_query_results_get_binding_value(handle, Int32(index)).flatMap(
                    RasqalResults.term)
            }
            rows.append(row)
            if rasqal_query_results_next(handle) != 0 { break }
        }
        try checkLog()
        return (columns, rows)
    }

    /// The answer of an ASK.
    func boolean() throws(SPARQLError) -> Bool {
        let value = rasqal_query_results_get_boolean(handle)
        try checkLog()
        guard value >= 0 else {
            throw SPARQLError(.evaluation, file: query.file, message: "Rasqal gave no answer")
        }
        return value > 0
    }

    /// The triples of a CONSTRUCT or DESCRIBE.
    func triples() throws(SPARQLError) -> [Triple] {
        var out: [Triple] = []
        while let statement = rasqal_query_results_get_triple(handle) {
            if let s = RasqalResults.term(statement.pointee.subject),
                let p = RasqalResults.term(statement.pointee.predicate),
                let o = RasqalResults.term(statement.pointee.object)
            {
                out.append(Triple(s, p, o))
            }
            if rasqal_query_results_next_triple(handle) != 0 { break }
        }
        try checkLog()
        return out
    }

    private func checkLog() throws(SPARQLError) {
        if let error = query.world.log.firstError {
            throw SPARQLLocator.error(
                error, in: query.text, file: query.file, fallback: "", kind: .evaluation)
        }
    }

    /// A copy of a Rasqal value: `rasqal_literal_as_node` turns typed values (integers from
    /// COUNT, booleans) into their RDF form first.
    static func term(_ value: UnsafeMutablePointer<rasqal_literal>) -> Term? {
        guard let node = rasqal_literal_as_node(value) else { return nil }
        defer { rasqal_free_literal(node) }
        let literal = node.pointee
        func text(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> String {
            guard let bytes else { return "" }
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }
        switch literal.type {
        case RASQAL_LITERAL_URI:
            guard let uri = literal.value.uri, let string = raptor_uri_as_string(uri) else {
                return nil
            }
            return .iri(IRI(unchecked: String(cString: string)))
        case RASQAL_LITERAL_BLANK:
            return .blank(BlankNode(text(literal.string, Int(literal.string_len))))
        default:
            let lexical = text(literal.string, Int(literal.string_len))
            if let language = literal.language {
                return .literal(Literal(lexical, language: String(cString: language)))
            }
            if let datatype = literal.datatype, let string = raptor_uri_as_string(datatype) {
                return .literal(Literal(lexical, datatype: IRI(unchecked: String(cString: string))))
            }
            return .literal(Literal(lexical))
        }
    }

    /// A copy of a borrowed `raptor_term`.
    static func term(_ value: UnsafeMutablePointer<raptor_term>?) -> Term? {
        guard let term = value?.pointee else { return nil }
        switch term.type {
        case RAPTOR_TERM_TYPE_URI:
            guard let uri = term.value.uri, let string = raptor_uri_as_string(uri) else {
                return nil
            }
            return .iri(IRI(unchecked: String(cString: string)))
        case RAPTOR_TERM_TYPE_BLANK:
            let blank = term.value.blank
            guard let bytes = blank.string else { return nil }
            return .blank(
                BlankNode(
                    String(
                        decoding: UnsafeBufferPointer(start: bytes, count: Int(blank.string_len)),
                        as: UTF8.self)))
        case RAPTOR_TERM_TYPE_LITERAL:
            let literal = term.value.literal
            let lexical =
                literal.string.map {
                    String(
                        decoding: UnsafeBufferPointer(start: $0, count: Int(literal.string_len)),
                        as: UTF8.self)
                } ?? ""
            if let language = literal.language, literal.language_len > 0 {
                let tag = String(
                    decoding: UnsafeBufferPointer(
                        start: language, count: Int(literal.language_len)),
                    as: UTF8.self)
                return .literal(Literal(lexical, language: tag))
            }
            if let datatype = literal.datatype, let string = raptor_uri_as_string(datatype) {
                return .literal(Literal(lexical, datatype: IRI(unchecked: String(cString: string))))
            }
            return .literal(Literal(lexical))
        default:
            return nil
        }
    }
}
