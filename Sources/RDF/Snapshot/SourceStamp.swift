/// What a snapshot remembers of the RDF file it was made from, to tell whether it still matches.
///
/// Size and modification time (to the nanosecond) are compared for equality, not "newer than":
/// replacing `corpus.ttl` by an older copy changes its mtime too, and an equal size with an equal
/// mtime is what make and ccache also trust. The format name matters because the same bytes read
/// with `--input-format ntriples` and as Turtle can give different graphs.
public struct SourceStamp: Hashable, Sendable {
    public var size: UInt64
    /// Nanoseconds since 1970 (`st_mtim`).
    public var modificationNanos: Int64
    /// The `RDFFormat` raw value the source was parsed as ("turtle").
    public var format: String

    public init(size: UInt64, modificationNanos: Int64, format: String) {
        self.size = size
        self.modificationNanos = modificationNanos
        self.format = format
    }
}
