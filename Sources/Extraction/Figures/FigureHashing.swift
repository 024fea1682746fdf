/// Short content hashes for the IRIs `FigureGraph` mints, on the extractor's SHA-256
/// (`Provenance/SHA256.swift`) so both parts of the graph hash the same way.
public enum FigureHashing {
    /// Lowercase hex SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256Hex(_ text: String) -> String { SHA256.hex(text) }

    /// The first 16 hex digits of `sha256Hex(text)`.
    public static func shortHash(_ text: String) -> String { String(sha256Hex(text).prefix(16)) }
}
