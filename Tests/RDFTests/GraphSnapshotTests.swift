import Foundation
import Testing

@testable import RDF

/// `GraphSnapshot` on graphs built in memory: the round trip keeps IDs and triples, and every
/// truncation, byte flip and hostile-but-checksummed edit is an error, never a trap.
struct GraphSnapshotTests {
    static let stamp = SourceStamp(
        size: 1234, modificationNanos: 1_700_000_000_123_456_789, format: "turtle")

    /// Every kind of term, Chinese text, an empty literal and a blank node.
    static var graph: Graph {
        let ex = "http://example.org/"
        let s = Term.iri(ex + "学校/一")
        return Graph([
            Triple(s, .iri(Vocab.rdf.type), .iri(ex + "School")),
            Triple(s, .iri(Vocab.rdfs.label), .text("深圳职业技术学院", language: "zh")),
            Triple(s, .iri(ex + "students"), .integer(13812)),
            Triple(s, .iri(ex + "note"), .string("")),
            Triple(s, .iri(ex + "quote"), .string("他说：“校企合作”\n\"x\"")),
            Triple(.blank(BlankNode("b1")), .iri(ex + "of"), s),
            Triple(
                .blank(BlankNode("b1")), .iri(ex + "rate"),
                .literal(Literal("0.5", datatype: Vocab.xsd.decimal))),
        ])
    }

    static func decode(_ bytes: [UInt8], expecting: SourceStamp? = stamp) throws(SnapshotError)
        -> Graph
    {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(SnapshotError) -> Graph in
                try GraphSnapshot.decode(raw, expecting: expecting)
            }
        }
        return try result.get()
    }

    /// Writes a correct checksum over edited bytes, so that only the structural checks remain.
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let sum = bytes.withUnsafeBytes { raw in
            GraphSnapshot.checksum(
                UnsafeRawBufferPointer(rebasing: raw[64...]),
                seed: GraphSnapshot.checksum(UnsafeRawBufferPointer(rebasing: raw[0..<56])))
        }
        withUnsafeBytes(of: sum.littleEndian) { bytes.replaceSubrange(56..<64, with: $0) }
        return bytes
    }

    @Test func roundTripKeepsIDsAndTriples() throws {
        let graph = Self.graph
        let back = try Self.decode(GraphSnapshot.encode(graph, source: Self.stamp))
        #expect(back.dictionary.terms == graph.dictionary.terms)
        #expect(back.spo == graph.spo)
        #expect(Set(back.triples) == Set(graph.triples))
        // The indexes built on demand agree too.
        #expect(back.match(nil, graph.id(of: .iri(Vocab.rdfs.label)), nil).count == 1)
    }

    @Test func emptyGraphRoundTrips() throws {
        let back = try Self.decode(GraphSnapshot.encode(Graph(), source: Self.stamp))
        #expect(back.isEmpty && back.dictionary.count == 0)
    }

    @Test func encodingIsDeterministic() {
        #expect(
            GraphSnapshot.encode(Self.graph, source: Self.stamp)
                == GraphSnapshot.encode(Self.graph, source: Self.stamp))
    }

    @Test func anotherStampIsStale() {
        let bytes = GraphSnapshot.encode(Self.graph, source: Self.stamp)
        var newer = Self.stamp
        newer.modificationNanos += 1
        #expect(throws: SnapshotError.stale("source modified since the snapshot was written")) {
            try Self.decode(bytes, expecting: newer)
        }
        var other = Self.stamp
        other.format = "ntriples"
        #expect(throws: SnapshotError.stale("made from turtle, read as ntriples")) {
            try Self.decode(bytes, expecting: other)
        }
    }

    @Test func everyTruncationIsAnError() {
        let bytes = GraphSnapshot.encode(Self.graph, source: Self.stamp)
        for length in 0..<bytes.count {
            #expect(throws: SnapshotError.self, "length \(length)") {
                try Self.decode(Array(bytes[0..<length]))
            }
        }
    }

    @Test func everyByteFlipIsAnError() {
        let bytes = GraphSnapshot.encode(Self.graph, source: Self.stamp)
        for index in bytes.indices {
            for mask: UInt8 in [0x01, 0x80] {
                var damaged = bytes
                damaged[index] ^= mask
                #expect(throws: SnapshotError.self, "byte \(index) ^ \(mask)") {
                    try Self.decode(damaged, expecting: nil)
                }
            }
        }
    }

    @Test func otherVersionAndTrailingBytesAreRefused() {
        var bytes = GraphSnapshot.encode(Self.graph, source: Self.stamp)
        bytes[8] = 2
        #expect(throws: SnapshotError.unsupportedVersion(2)) { try Self.decode(bytes) }
        #expect(throws: SnapshotError.notASnapshot) {
            try Self.decode(Array("@prefix ex: <x> .".utf8))
        }
        let longer = Self.resealed(GraphSnapshot.encode(Self.graph, source: Self.stamp) + [0])
        #expect(throws: SnapshotError.self) { try Self.decode(longer) }
    }

    /// Edits that keep a valid checksum: an ID beyond the dictionary, triples out of order,
    /// a term twice, bad UTF-8, an unknown kind, absurd counts.
    @Test func structuralDamageUnderAValidChecksumIsAnError() throws {
        let graph = Graph([
            Triple(.iri("http://a"), .iri("http://p"), .iri("http://b")),
            Triple(.iri("http://b"), .iri("http://p"), .iri("http://c")),
        ])
        let bytes = GraphSnapshot.encode(graph, source: Self.stamp)
        let tripleStart = bytes.count - 24
        func patched(_ edit: (inout [UInt8]) -> Void) -> [UInt8] {
            var copy = bytes
            edit(&copy)
            return Self.resealed(copy)
        }
        // Sanity: resealing an unedited snapshot changes nothing.
        #expect(Self.resealed(bytes) == bytes)
        let cases: [(String, [UInt8])] = [
            ("ID out of range", patched { $0[tripleStart + 8] = 9 }),
            (
                "triples swapped",
                patched {
                    let first = Array($0[tripleStart..<tripleStart + 12])
                    $0.replaceSubrange(
                        tripleStart..<tripleStart + 12,
                        with: $0[tripleStart + 12..<tripleStart + 24])
                    $0.replaceSubrange(tripleStart + 12..<tripleStart + 24, with: first)
                }
            ),
            (
                "duplicate triple",
                patched {
                    $0.replaceSubrange(
                        tripleStart + 12..<tripleStart + 24,
                        with: $0[tripleStart..<tripleStart + 12])
                }
            ),
            // "http://a" → "http://b": the same IRI twice in the dictionary.
            (
                "duplicate term",
                patched { copy in
                    let a = Array("http://a".utf8)
                    if let at = (0..<copy.count - a.count).first(where: {
                        Array(copy[$0..<$0 + a.count]) == a
                    }) {
                        copy[at + a.count - 1] = UInt8(ascii: "b")
                    }
                }
            ),
            (
                "invalid UTF-8",
                patched { copy in
                    let a = Array("http://a".utf8)
                    if let at = (0..<copy.count - a.count).first(where: {
                        Array(copy[$0..<$0 + a.count]) == a
                    }) {
                        copy[at] = 0xFF
                    }
                }
            ),
            (
                "term count huge",
                patched {
                    $0.replaceSubrange(
                        32..<40, with: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F])
                }
            ),
            ("triple count off by one", patched { $0[40] = 3 }),
        ]
        for (name, damaged) in cases {
            #expect(throws: SnapshotError.self, "\(name)") { try Self.decode(damaged) }
        }
    }

    @Test func checksumSeesEveryBitAndTheLength() {
        let bytes: [UInt8] = Array(0..<37)
        let base = bytes.withUnsafeBytes { GraphSnapshot.checksum($0) }
        for index in bytes.indices {
            for bit in 0..<8 {
                var copy = bytes
                copy[index] ^= 1 << bit
                #expect(copy.withUnsafeBytes { GraphSnapshot.checksum($0) } != base)
            }
        }
        let longer = (bytes + [0]).withUnsafeBytes { GraphSnapshot.checksum($0) }
        #expect(longer != base)
    }
}
