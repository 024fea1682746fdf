/// Why a snapshot file was not used: every case is a reason to parse the source instead.
///
/// A snapshot is a cache, so none of these is fatal to a command: the loader reports the reason
/// (under `--verbose`) and falls back to Raptor. `description` is one line, e.g.
/// `corpus.ttl.vgs: truncated (needs 4096 bytes at offset 120, file has 512)`.
public enum SnapshotError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The first bytes are not `VOCGSNAP`: not a snapshot at all.
    case notASnapshot
    /// Written by another version of the format (the number found).
    case unsupportedVersion(UInt32)
    /// The file ends before a section it announces.
    case truncated(needed: Int, at: Int, size: Int)
    /// The stored checksum does not match the bytes (a bit flip, a partial copy).
    case checksumMismatch
    /// The source changed since the snapshot was written (size, modification time or format).
    case stale(String)
    /// The bytes pass the checksum but break a rule of the format (an ID out of range,
    /// unsorted triples, a term twice, invalid UTF-8).
    case malformed(String)

    public var description: String {
        switch self {
        case .notASnapshot: return "not a VocGraph snapshot (bad magic bytes)"
        case .unsupportedVersion(let version):
            return
                "snapshot format version \(version), this build reads version \(GraphSnapshot.version)"
        case .truncated(let needed, let at, let size):
            return "truncated (needs \(needed) bytes at offset \(at), file has \(size))"
        case .checksumMismatch: return "checksum mismatch (the file is damaged)"
        case .stale(let why): return "stale (\(why))"
        case .malformed(let why): return "malformed (\(why))"
        }
    }
}
