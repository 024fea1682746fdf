import CRasqal
import RDF

/// The owner of one prepared `rasqal_query` and of the data graph it runs over.
///
/// The data goes in as N-Triples text through a Raptor string iostream: Rasqal's data graph
/// keeps the iostream (and the iostream the bytes) until the query executes and parses it, so
/// this object holds both for the query's lifetime and frees them after the query.
final class RasqalQuery {
    let world: RasqalWorld
    let handle: OpaquePointer
    private var data: UnsafeMutableBufferPointer<UInt8>?
    private var stream: OpaquePointer?
    let file: String
    /// The query text, for positions of errors found while running.
    let text: String

    /// Parses `text` as SPARQL 1.1.
    /// - Throws: `.syntax` with Rasqal's line (and a column, see ``SPARQLLocator``).
    init(world: RasqalWorld, text: String, file: String) throws(SPARQLError) {
        self.world = world
        self.file = file
        self.text = text
        guard let query = rasqal_new_query(world.handle, "sparql11-query", nil) else {
            throw SPARQLError(.library, file: file, message: "Rasqal has no SPARQL 1.1 parser")
        }
        handle = query
        world.log.clear()
        let failed = text.withCString { cString in
            cString.withMemoryRebound(to: UInt8.self, capacity: text.utf8.count + 1) {
                rasqal_query_prepare(query, $0, nil) != 0
            }
        }
        if failed || world.log.firstError != nil {
            throw SPARQLLocator.error(
                world.log.firstError, in: text, file: file, fallback: "cannot read the query")
        }
    }

    /// Adds `graph` as the query's default graph.
    func setData(_ graph: Graph) throws(SPARQLError) {
        var bytes = Array(NTriplesText.encode(graph).utf8)
        if bytes.isEmpty { bytes = Array("\n".utf8) }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        data = buffer
        guard let base = buffer.baseAddress,
            let iostream = raptor_new_iostream_from_string(world.raptor, base, buffer.count)
        else {
            throw SPARQLError(.library, file: file, message: "cannot hand the graph to Rasqal")
        }
        stream = iostream
        let graph = rasqal_new_data_graph_from_iostream(
            world.handle, iostream, nil, nil, UInt32(RASQAL_DATA_GRAPH_BACKGROUND.rawValue),
            nil, "ntriples", nil)
        // The query owns the data graph once added (its sequence frees it).
        guard let graph, rasqal_query_add_data_graph(handle, graph) == 0 else {
            throw SPARQLError(.library, file: file, message: "cannot add the graph to the query")
        }
    }

    /// The result form the query asks for.
    var resultType: rasqal_query_results_type { rasqal_query_get_result_type(handle) }

    /// Runs the query.
    func execute() throws(SPARQLError) -> RasqalResults {
        world.log.clear()
        guard let results = rasqal_query_execute(handle) else {
            throw SPARQLLocator.error(
                world.log.firstError, in: text, file: file, fallback: "the query failed",
                kind: .evaluation)
        }
        let owned = RasqalResults(handle: results, query: self)
        if let error = world.log.firstError {
            throw SPARQLLocator.error(error, in: text, file: file, fallback: "", kind: .evaluation)
        }
        return owned
    }

    deinit {
        rasqal_free_query(handle)
        if let stream { raptor_free_iostream(stream) }
        data?.deallocate()
    }
}

extension RasqalQuery {
    /// True when the query has an ORDER BY.
    var isOrdered: Bool { rasqal_query_get_order_condition(handle, 0) != nil }
}

extension RasqalQuery {
    /// The variables a SELECT projects, in order (`SELECT ?s ?n` → `s`, `n`). Rasqal's results
    /// report no binding names when there are no rows, so an empty answer takes its header
    /// from here.
    var projectedVariables: [String] {
        guard let sequence = rasqal_query_get_bound_variable_sequence(handle) else { return [] }
        return (0..<raptor_sequence_size(sequence)).compactMap { index in
            raptor_sequence_get_at(sequence, index)
                .map { $0.assumingMemoryBound(to: rasqal_variable.self).pointee.name }
                .flatMap { $0.map { String(cString: $0) } }
        }
    }
}
