import Foundation
import RDF

/// Loads an RDF file from its binary snapshot (`corpus.ttl.vgs`) when that is valid, else parses
/// it with Raptor; and writes snapshots atomically.
///
/// The snapshot is a cache beside its source and never committed (`*.vgs` is ignored): its
/// validity rests on the source's size and mtime, which git does not keep, and its bytes hold
/// that mtime, so it could not be byte-reproducible like `Graphs/corpus.ttl`. Reads are one
/// `read` of the whole file rather than `mmap`: a mapped file truncated by another process
/// would kill this one with SIGBUS, while a read copy can only fail its checks.
public enum SnapshotFile {
    /// How a graph was obtained, for `--verbose`.
    public enum Origin: Sendable, Equatable {
        /// From the snapshot at this path.
        case snapshot(String)
        /// Parsed by Raptor; `reason` says why the snapshot was not used (nil: there is none).
        case parsed(reason: String?)
    }

    /// The stamp of `path` as it is now, or nil for anything but a regular file (a pipe has no
    /// stable size or mtime to check a snapshot against).
    public static func stamp(of path: String, format: RDFFormat) -> SourceStamp? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let nanos = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        return SourceStamp(
            size: UInt64(status.st_size), modificationNanos: nanos, format: format.rawValue)
    }

    /// The graph of `path`: from its snapshot when present and matching, else parsed.
    /// - Parameter format: the syntax of `path` (nil: from its extension, as `RDFReader`).
    /// - Returns: the graph, the same as `RDFReader().read(file:format:)` gives, and where it
    ///   came from.
    /// - Throws: `RaptorError` only from parsing; a bad snapshot is never an error.
    public static func load(_ path: String, format: RDFFormat? = nil) throws(RaptorError)
        -> (graph: Graph, origin: Origin)
    {
        guard let format = format ?? RDFFormat(fileName: path) else {
            throw .cannotGuessFormat(file: path)
        }
        let snapshot = GraphSnapshot.path(for: path)
        var reason: String?
        if let stamp = stamp(of: path, format: format) {
            do {
                if let graph = try read(snapshot: snapshot, expecting: stamp) {
                    return (graph, .snapshot(snapshot))
                }
            } catch {
                reason = "\(snapshot): \(error)"
            }
        }
        return (try RDFReader().read(file: path, format: format), .parsed(reason: reason))
    }

    /// The graph in `snapshot`, nil when there is no such file.
    /// - Throws: `SnapshotError` when it exists but cannot be used.
    public static func read(snapshot: String, expecting stamp: SourceStamp?) throws(SnapshotError)
        -> Graph?
    {
        var status = stat()
        guard stat(snapshot, &status) == 0 else { return nil }
        guard status.st_mode & S_IFMT == S_IFREG,
            let handle = FileHandle(forReadingAtPath: snapshot)
        else { throw .malformed("not a readable regular file") }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.readToEnd() ?? Data() } catch {
            throw .malformed("read failed: \(error.localizedDescription)")
        }
        // `Data.withUnsafeBytes` rethrows untyped errors, so the typed one travels in a Result.
        let result = data.withUnsafeBytes { bytes in
            Result { () throws(SnapshotError) -> Graph in
                try GraphSnapshot.decode(bytes, expecting: stamp)
            }
        }
        return try result.get()
    }

    /// Parses `path` and writes its snapshot beside it (atomically: a temporary file renamed).
    ///
    /// The stamp is taken before parsing, so a source changed meanwhile leaves a snapshot that
    /// the next load finds stale rather than one that looks valid for the new content.
    /// - Returns: the snapshot's path and the parsed graph.
    @discardableResult
    public static func write(for path: String, format: RDFFormat? = nil) throws(RaptorError)
        -> (path: String, graph: Graph)
    {
        guard let format = format ?? RDFFormat(fileName: path) else {
            throw .cannotGuessFormat(file: path)
        }
        guard let stamp = stamp(of: path, format: format) else {
            var status = stat()
            if stat(path, &status) != 0 { throw .io(file: path, message: RDFReader.reason(errno)) }
            throw .io(file: path, message: "not a regular file; only files get a snapshot")
        }
        let graph = try RDFReader().read(file: path, format: format)
        let snapshot = GraphSnapshot.path(for: path)
        let bytes = GraphSnapshot.encode(graph, source: stamp)
        try AtomicFile.write(Data(bytes), to: snapshot, protecting: [path])
        return (snapshot, graph)
    }
}
