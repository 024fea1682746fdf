import Foundation
import RDF
import Testing

@testable import RaptorIO

/// What the reader refuses before Raptor could lose data or never finish, and how it says why
/// (issue 15: data, unclear errors).
@Suite struct InputCheckTests {
    @Test(arguments: [RDFFormat.ntriples, .nquads, .turtle])
    func nulIsRefusedWithItsPlace(format: RDFFormat) {
        let lines = [
            "<http://e/s> <http://e/p> \"ok\" .",
            "<http://e/s> <http://e/q> \"nul\\u0000 after\" .",
        ]
        for (text, column) in [
            (lines.joined(separator: "\n"), 31),
            (
                lines.joined(separator: "\n").replacingOccurrences(
                    of: "\\u0000", with: "\\U00000000"), 31
            ),
            (lines.joined(separator: "\n").replacingOccurrences(of: "\\u0000", with: "\u{0}"), 31),
        ] {
            #expect {
                _ = try RDFReader().read(string: text, format: format, name: "in")
            } throws: { error in
                guard case .syntax("in", 2, column, let message)? = error as? RaptorError else {
                    return false
                }
                return message.contains("U+0000")
            }
        }
    }

    @Test func nulInALargeFileIsPlacedByLineAndColumn() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.nt").path
        let text =
            String(repeating: "<http://e/s> <http://e/p> \"ok\" .\n", count: 70_000)
            + "<http://e/s> <http://e/p> \"é\\u0000\" .\n"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect {
            _ = try RDFReader().read(file: path)
        } throws: { error in
            guard case .syntax(_, 70_001, 29, _)? = error as? RaptorError else { return false }
            return true
        }
    }

    @Test func aLongPrefixUsedForManyNamesIsStoppedAsAnAmplification() {
        // 125 KB of Turtle whose terms would spell out 1 GB: the parse stops at the budget.
        let prefix = "@prefix p: <http://e/\(String(repeating: "n", count: 65_536))/> .\n"
        let text = prefix + (0..<2_500).map { "p:s\($0) p:p\($0) p:o\($0) .\n" }.joined()
        #expect {
            _ = try RDFReader().read(string: text, format: .turtle, name: "amp.ttl")
        } throws: { error in
            "\(error)".contains("refused as an amplification")
        }
        // A short prefix used as often is ordinary Turtle.
        let plain =
            "@prefix p: <http://e/> .\n" + (0..<2_500).map { "p:s\($0) p:p p:o .\n" }.joined()
        #expect(throws: Never.self) { _ = try RDFReader().read(string: plain, format: .turtle) }
    }

    @Test func anEscapedBackslashBeforeU0000IsText() throws {
        let text = "<http://e/s> <http://e/p> \"a\\\\u0000\" .\n"
        let graph = try RDFReader().read(string: text, format: .ntriples)
        #expect(graph.triples.first?.object == .string("a\\u0000"))
    }

    @Test func nulEscapesSplitAcrossChunksAreFound() {
        let bytes = Data("xx \"\\\\\" \"\\u0000\"".utf8)
        for size in 1...bytes.count {
            var scanner = NulScanner()
            var found: Int?
            var offset = 0
            while offset < bytes.count, found == nil {
                let end = min(bytes.count, offset + size)
                found = scanner.scan(bytes[offset..<end])
                offset = end
            }
            #expect(found == 9, "chunk size \(size)")
        }
    }

    @Test func devicesAndDirectoriesAreRefusedPipesRead() throws {
        for path in ["/dev/zero", "/dev/urandom"] {
            #expect {
                _ = try RDFReader().read(file: path, format: .ntriples)
            } throws: { error in
                "\(error)".contains("is a device, not a regular file or a pipe")
            }
        }
        #expect(
            throws: RaptorError.io(
                file: "/tmp", message: "cannot read: is a directory, not an RDF file")
        ) {
            _ = try RDFReader().read(file: "/tmp", format: .turtle)
        }
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("in.nt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)
            _ = "<http://e/s> <http://e/p> \"piped\" .\n".withCString {
                write(descriptor, $0, strlen($0))
            }
            close(descriptor)
        }
        writer.start()
        let graph = try RDFReader().read(file: fifo)
        #expect(graph.triples.first?.object == .string("piped"))
    }

    @Test func compressedInputSaysSo() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.ttl").path
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00]).write(to: URL(fileURLWithPath: path))
        #expect(
            throws: RaptorError.io(
                file: path, message: "is gzip-compressed, not Turtle text; decompress it first")
        ) { _ = try RDFReader().read(file: path) }
    }

    @Test func aWrongFormatAndDeepNestingAreNamed() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let turtle = dir.appendingPathComponent("g.ttl").path
        try "@prefix e: <http://e/> .\ne:a e:b e:c .\n".write(
            toFile: turtle, atomically: false, encoding: .utf8)
        #expect {
            _ = try RDFReader().read(file: turtle, format: .rdfxml)
        } throws: { error in
            "\(error)".contains("read as RDF/XML, but the file name suggests Turtle")
        }
        let deep = dir.appendingPathComponent("deep.ttl").path
        let nested =
            String(repeating: "[ e:p ", count: 20_000) + "e:c"
            + String(repeating: " ]", count: 20_000)
        try "@prefix e: <http://e/> .\ne:a e:b \(nested) .\n".write(
            toFile: deep, atomically: false, encoding: .utf8)
        #expect {
            _ = try RDFReader().read(file: deep)
        } throws: { error in
            "\(error)".contains("nesting too deep for Raptor's Turtle parser")
        }
    }

    @Test func readFailuresGiveTheReason() throws {
        #expect(RDFReader.reason(EACCES) == "cannot read: permission denied")
        #expect(RDFReader.reason(ENOENT) == "cannot read: no such file")
        #expect(RDFReader.reason(EIO).hasPrefix("cannot read: input/output error"))
    }

    @Test(arguments: [RDFFormat.ntriples, .nquads])
    func commentsWithAQuoteNoLongerSwallowTheLinesAfterThem(format: RDFFormat) throws {
        let triple = { (o: String) in "<http://e/a> <http://e/b> <http://e/\(o)> ." }
        let text = [
            "# it's a comment", triple("c"), "# \"one quote", triple("d"),
            triple("e") + " # trailing, it's", "<http://e/a#x> <http://e/b> \"#not a comment\" .",
        ].joined(separator: "\n")
        let graph = try RDFReader().read(string: text, format: format)
        #expect(graph.count == 4)
        #expect(graph.triples.contains { $0.object == .string("#not a comment") })
        #expect(throws: RaptorError.self) {
            _ = try RDFReader().read(string: "# it's\ngarbage\n", format: format)
        }
    }

    @Test func theCommentMaskGivesTheSameBytesForAnyChunking() {
        let text = Data(
            "<http://e/a#b> <http://e/p> \"x # \\\" y\" . # it's\r\n# \"\n<a> <b> <c#d> .#e\n".utf8)
        var whole = CommentMask()
        let expected = whole.mask(text)
        #expect(String(decoding: expected, as: UTF8.self).contains("\"x # \\\" y\" .      "))
        #expect(!String(decoding: expected, as: UTF8.self).contains("it's"))
        for size in 1...text.count {
            var mask = CommentMask()
            var out = Data()
            var offset = 0
            while offset < text.count {
                let end = min(text.count, offset + size)
                out += mask.mask(text[offset..<end])
                offset = end
            }
            #expect(out == expected, "chunk size \(size)")
        }
    }
}
