extension GraphSnapshot {
    /// The header fields, read before deciding whether the body is worth decoding.
    public struct Header: Sendable, Equatable {
        public var version: UInt32
        public var source: SourceStamp
        public var termCount: UInt64
        public var tripleCount: UInt64
    }

    /// Reads a snapshot back into the graph it was made from.
    ///
    /// - Parameter expected: the current stamp of the source file; a snapshot recording another
    ///   one is `.stale`. Nil skips the check (tests, `vocgraph snapshot --check`).
    /// - Returns: a graph with the same term IDs and triples as the one given to `encode`.
    /// - Throws: `SnapshotError` for anything but a whole, matching, well-formed snapshot.
    /// - Complexity: O(T + N) for T bytes of terms and N triples.
    public static func decode(_ bytes: UnsafeRawBufferPointer, expecting expected: SourceStamp?)
        throws(SnapshotError) -> Graph
    {
        var cursor = ByteCursor(bytes)
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            throw .notASnapshot
        }
        cursor.offset = magic.count
        let version = try cursor.read(UInt32.self)
        guard version == GraphSnapshot.version else { throw .unsupportedVersion(version) }
        _ = try cursor.read(UInt32.self)
        let size = try cursor.read(UInt64.self)
        let mtime = Int64(bitPattern: try cursor.read(UInt64.self))
        let termCount = try cursor.read(UInt64.self)
        let tripleCount = try cursor.read(UInt64.self)
        let bodyLength = try cursor.read(UInt64.self)
        let stored = try cursor.read(UInt64.self)
        guard bodyLength <= UInt64(Int.max - headerSize),
            bytes.count >= headerSize + Int(bodyLength)
        else {
            throw .truncated(
                needed: Int(min(bodyLength, UInt64(Int.max / 2))), at: headerSize,
                size: bytes.count)
        }
        guard bytes.count == headerSize + Int(bodyLength) else {
            throw .malformed("\(bytes.count - headerSize - Int(bodyLength)) bytes after the body")
        }
        let body = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
        let sum = checksum(body, seed: checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<56])))
        guard sum == stored else { throw .checksumMismatch }
        let format = try cursor.readString()
        if let expected {
            let found = SourceStamp(size: size, modificationNanos: mtime, format: format)
            if found != expected { throw .stale(staleness(found, expected)) }
        }
        // Each term takes at least 5 bytes and each triple 12, so counts beyond the body are
        // rejected before anything is allocated for them.
        guard termCount <= bodyLength / 5, tripleCount <= bodyLength / 12,
            termCount < UInt64(UInt32.max)
        else {
            throw .malformed(
                "counts larger than the file (\(termCount) terms, \(tripleCount) triples)")
        }
        var terms: [Term] = []
        terms.reserveCapacity(Int(termCount))
        for _ in 0..<termCount { terms.append(try cursor.readTerm()) }
        while cursor.offset % 4 != 0 { _ = try cursor.read(UInt8.self) }
        guard let dictionary = TermDictionary(distinctTerms: terms) else {
            throw .malformed("a term occurs twice in the dictionary")
        }
        let needed = Int(tripleCount) * 12
        guard cursor.remaining == needed else {
            throw .malformed("triple section is \(cursor.remaining) bytes, \(needed) expected")
        }
        var triples: [IDTriple] = []
        triples.reserveCapacity(Int(tripleCount))
        let base = cursor.offset
        for index in 0..<Int(tripleCount) {
            let at = base + index * 12
            triples.append(
                IDTriple(
                    TermID(
                        UInt32(
                            littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))),
                    TermID(
                        UInt32(
                            littleEndian: bytes.loadUnaligned(
                                fromByteOffset: at + 4, as: UInt32.self))),
                    TermID(
                        UInt32(
                            littleEndian: bytes.loadUnaligned(
                                fromByteOffset: at + 8, as: UInt32.self)))))
        }
        guard let graph = Graph(dictionary: dictionary, sortedUniqueTriples: triples) else {
            throw .malformed("triples out of order or naming a term beyond the dictionary")
        }
        return graph
    }

    /// Reads only the header (for `vocgraph snapshot` reports and staleness checks).
    public static func header(_ bytes: UnsafeRawBufferPointer) throws(SnapshotError) -> Header {
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            throw .notASnapshot
        }
        var cursor = ByteCursor(bytes)
        cursor.offset = magic.count
        let version = try cursor.read(UInt32.self)
        guard version == GraphSnapshot.version else { throw .unsupportedVersion(version) }
        _ = try cursor.read(UInt32.self)
        let size = try cursor.read(UInt64.self)
        let mtime = Int64(bitPattern: try cursor.read(UInt64.self))
        let terms = try cursor.read(UInt64.self)
        let triples = try cursor.read(UInt64.self)
        _ = try cursor.read(UInt64.self)
        _ = try cursor.read(UInt64.self)
        let format = try cursor.readString()
        return Header(
            version: version,
            source: SourceStamp(size: size, modificationNanos: mtime, format: format),
            termCount: terms, tripleCount: triples)
    }

    private static func staleness(_ found: SourceStamp, _ expected: SourceStamp) -> String {
        if found.format != expected.format {
            return "made from \(found.format), read as \(expected.format)"
        }
        if found.size != expected.size {
            return "source is \(expected.size) bytes, snapshot made from \(found.size)"
        }
        return "source modified since the snapshot was written"
    }
}

/// Bounds-checked little-endian reads over a byte buffer; every overrun is `.truncated`.
struct ByteCursor {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var remaining: Int { bytes.count - offset }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(SnapshotError) -> T {
        let width = MemoryLayout<T>.size
        guard remaining >= width else {
            throw .truncated(needed: width, at: offset, size: bytes.count)
        }
        let value = T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
        offset += width
        return value
    }

    mutating func readString() throws(SnapshotError) -> String {
        let length = Int(try read(UInt32.self))
        guard remaining >= length else {
            throw .truncated(needed: length, at: offset, size: bytes.count)
        }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
        offset += length
        guard
            let string = String(
                validating: slice.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
        else {
            throw .malformed("invalid UTF-8 at offset \(offset - length)")
        }
        return string
    }

    mutating func readTerm() throws(SnapshotError) -> Term {
        let at = offset
        let tag = try read(UInt8.self)
        guard let kind = GraphSnapshot.Kind(rawValue: tag) else {
            throw .malformed("unknown term kind \(tag) at offset \(at)")
        }
        switch kind {
        case .iri: return .iri(IRI(unchecked: try readString()))
        case .blank: return .blank(BlankNode(try readString()))
        case .simpleLiteral: return .literal(Literal(try readString()))
        case .typedLiteral:
            let lexical = try readString()
            return .literal(Literal(lexical, datatype: IRI(unchecked: try readString())))
        case .taggedLiteral:
            let lexical = try readString()
            return .literal(Literal(lexical, language: try readString()))
        }
    }
}
