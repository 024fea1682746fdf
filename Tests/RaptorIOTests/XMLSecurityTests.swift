import Foundation
import RDF
import Testing

@testable import RaptorIO

/// RDF/XML never makes the parser open a file or URL other than its input, and entity expansion
/// is bounded (issue 15, security).
@Suite struct XMLSecurityTests {
    static let head = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
        <rdf:Description rdf:about="http://example.org/a"><ex:p>
        """
    static let tail = "</ex:p></rdf:Description>\n</rdf:RDF>\n"

    /// A document with `subset` as its DOCTYPE and `content` as the one literal.
    static func document(doctype: String, content: String) -> String {
        "<?xml version=\"1.0\"?>\n\(doctype)\n\(head)\(content)\(tail)"
    }

    /// The shapes that used to read another file: an external parameter entity, an external DTD
    /// subset and an external general entity, each naming `target`.
    static func attacks(on target: String) -> [String] {
        [
            document(
                doctype:
                    "<!DOCTYPE rdf:RDF [\n<!ENTITY % pe SYSTEM \"file://\(target)\">\n%pe;\n]>",
                content: "&secret;"),
            document(
                doctype: "<!DOCTYPE rdf:RDF SYSTEM \"file://\(target)\">", content: "&secret;"),
            document(
                doctype: "<!DOCTYPE rdf:RDF [\n<!ENTITY ge SYSTEM \"file://\(target)\">\n]>",
                content: "&ge;"),
            document(
                doctype: "<!DOCTYPE rdf:RDF PUBLIC \"-//X//Y\" \"http://127.0.0.1:9/x.dtd\">",
                content: "x"),
        ]
    }

    /// Reads `text` as RDF/XML and returns its literal, or the error's text with the target's
    /// path replaced, so that results for different targets compare equal.
    func outcome(_ text: String, target: String, reader: RDFReader = RDFReader()) -> String {
        do {
            let graph = try reader.read(string: text, format: .rdfxml, name: "in.rdf")
            return "ok " + graph.triples.map { "\($0.object)" }.joined(separator: " ")
        } catch {
            return "\(error)".replacingOccurrences(of: target, with: "TARGET")
        }
    }

    @Test(arguments: [true, false])
    func anExistingAndAMissingFileGiveTheSameResult(guarded: Bool) throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let existing = dir.appendingPathComponent("evil.dtd").path
        try "<!ENTITY secret \"SECRET-FROM-DTD\">\n".write(
            toFile: existing, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("missing.dtd").path
        var reader = RDFReader()
        reader.guardsXMLEntities = guarded
        for (a, b) in zip(Self.attacks(on: existing), Self.attacks(on: missing)) {
            let first = outcome(a, target: existing, reader: reader)
            let second = outcome(b, target: missing, reader: reader)
            #expect(first == second)
            #expect(!first.contains("SECRET"))
            if guarded { #expect(first.contains("in.rdf:"), "\(first)") }
        }
    }

    @Test func theGuardRefusesEachShapeWithItsPlace() {
        let results = Self.attacks(on: "/etc/passwd").map { outcome($0, target: "/etc/passwd") }
        #expect(results[0].hasPrefix("in.rdf:3:1: error: parameter entities are not read"))
        #expect(results[1].hasPrefix("in.rdf:2:19: error: the DOCTYPE names an external DTD"))
        #expect(results[2].hasPrefix("in.rdf:3:1: error: the entity 'ge' is external"))
        #expect(results[3].contains("external DTD"))
    }

    @Test func theLoaderBehindTheGuardRefusesAndNamesTheLoad() {
        var reader = RDFReader()
        reader.guardsXMLEntities = false
        let result = outcome(
            Self.attacks(on: "/etc/passwd")[0], target: "/etc/passwd", reader: reader)
        #expect(result.contains("asks to load file://TARGET"), "\(result)")
    }

    @Test func aFIFONamedByTheDocumentIsNeverOpened() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = FIFOWriter(path: fifo)
        defer { writer.release() }
        for guarded in [true, false] {
            var reader = RDFReader()
            reader.guardsXMLEntities = guarded
            for text in Self.attacks(on: fifo) {
                let result = outcome(text, target: fifo, reader: reader)
                #expect(!result.contains("SECRET"))
                if guarded { #expect(result.contains("error"), "\(result)") }
            }
        }
        #expect(!writer.wasOpened)
    }

    @Test func billionLaughsIsRefusedWithThePlace() {
        var entities = ["<!ENTITY lol0 \"lollollollollollollollollollol\">"]
        for level in 1...9 {
            let references = String(repeating: "&lol\(level - 1);", count: 10)
            entities.append("<!ENTITY lol\(level) \"\(references)\">")
        }
        let text = Self.document(
            doctype: "<!DOCTYPE rdf:RDF [\n\(entities.joined(separator: "\n"))\n]>",
            content: "&lol9;")
        let result = outcome(text, target: "@none@")
        #expect(
            result.hasPrefix("in.rdf:15:57: error: entity expansion refused: &lol9;"), "\(result)")
    }

    @Test func oneBigEntityReferencedOftenIsBounded() {
        // 20 KB × 1,000 references: 20 MB from a 25 KB document.
        let big = String(repeating: "x", count: 20_000)
        let text = Self.document(
            doctype: "<!DOCTYPE rdf:RDF [\n<!ENTITY big \"\(big)\">\n]>",
            content: String(repeating: "&big;", count: 1_000))
        #expect(outcome(text, target: "@none@").contains("error: entity expansion refused: &big;"))
        // Within the budget, the same entity is expanded as usual.
        let small = Self.document(
            doctype: "<!DOCTYPE rdf:RDF [\n<!ENTITY big \"\(big)\">\n]>",
            content: String(repeating: "&big;", count: 10))
        #expect(outcome(small, target: "@none@") == "ok \"\(String(repeating: big, count: 10))\"")
    }

    @Test func referencesSpelledAsCharacterReferencesAreCounted() {
        // `&#38;big;` in a value is `&big;` once declared: 1,000 of them, used 100 times, is 2 GB.
        let big = String(repeating: "x", count: 20_000)
        let refs = String(repeating: "&#38;big;", count: 1_000)
        let text = Self.document(
            doctype:
                "<!DOCTYPE rdf:RDF [\n<!ENTITY big \"\(big)\">\n<!ENTITY refs \"\(refs)\">\n]>",
            content: String(repeating: "&refs;", count: 100))
        #expect(outcome(text, target: "@none@").contains("error: entity expansion refused: &refs;"))
        let one = Self.document(
            doctype:
                "<!DOCTYPE rdf:RDF [\n<!ENTITY a \"&#x26;b;&#38;#60;\">\n<!ENTITY b \"B\">\n]>",
            content: "&a;")
        #expect(outcome(one, target: "@none@") == "ok \"B<\"", "\(outcome(one, target: "@none@"))")
    }

    @Test func entitiesThatReferToThemselvesAreRefused() {
        let text = Self.document(
            doctype: "<!DOCTYPE rdf:RDF [\n<!ENTITY a \"&b;\">\n<!ENTITY b \"x&a;\">\n]>",
            content: "&a;")
        #expect(outcome(text, target: "@none@").contains("refers to itself"))
    }

    @Test func internalEntitiesOfOWLFilesStillWork() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment -->
            <!DOCTYPE rdf:RDF [
              <!ENTITY ex "http://example.org/">
              <!ENTITY rdf 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'>
              <!ENTITY both "&ex;x">
              <!ELEMENT ex:p ANY>
            ]>
            <rdf:RDF xmlns:rdf="&rdf;" xmlns:ex="&ex;">
            <rdf:Description rdf:about="&both;"><ex:p>a &amp; b &#x4E2D; &both;</ex:p></rdf:Description>
            </rdf:RDF>
            """
        let graph = try RDFReader().read(string: text, format: .rdfxml)
        #expect(
            graph.triples == [
                Triple(
                    .iri("http://example.org/x"), .iri("http://example.org/p"),
                    .string("a & b 中 http://example.org/x"))
            ])
    }

    @Test func chunksOfAnySizeGiveTheSameVerdict() throws {
        let big = String(repeating: "y", count: 3_000)
        let text = Self.document(
            doctype:
                "<!-- \(String(repeating: "c", count: 500)) -->\n<!DOCTYPE rdf:RDF [\n<!ENTITY big \"\(big)\">\n]>",
            content: String(repeating: "&big;\n", count: 7_000))
        let bytes = Data(text.utf8)
        var verdicts: Set<String> = []
        for size in [1, 7, 4096, bytes.count] {
            var entityGuard = XMLEntityGuard(name: "in.rdf")
            var admitted = Data()
            var verdict = "accepted"
            var offset = 0
            do {
                while offset < bytes.count {
                    let end = min(bytes.count, offset + size)
                    admitted += try entityGuard.admit(
                        bytes[offset..<end], isEnd: end == bytes.count)
                    offset = end
                }
            } catch {
                verdict = "\(error)"
            }
            #expect(bytes.starts(with: admitted))
            verdicts.insert(verdict)
        }
        #expect(verdicts.count == 1)
        #expect(verdicts.first?.contains("entity expansion refused") == true, "\(verdicts)")
    }

    @Test func encodingsWhoseMarkupIsNotASCIIAreRefused() throws {
        let plain = Self.document(doctype: "", content: "x")
        guard let utf16 = plain.data(using: .utf16) else { return }
        #expect(throws: RaptorError.self) {
            _ = try RDFReader().read(
                string: String(decoding: utf16, as: UTF8.self), format: .rdfxml)
        }
        let declared = plain.replacingOccurrences(
            of: "version=\"1.0\"", with: "version=\"1.0\" encoding=\"UTF-7\"")
        #expect(outcome(declared, target: "@none@").contains("encoding 'utf-7' is not read"))
        let latin = plain.replacingOccurrences(
            of: "version=\"1.0\"", with: "version=\"1.0\" encoding=\"ISO-8859-1\"")
        #expect(outcome(latin, target: "@none@") == "ok \"x\"")
    }
}

/// Opens a FIFO for writing on a background thread; that open only returns once some reader
/// opens the FIFO, so `wasOpened` tells whether anything did.
final class FIFOWriter: @unchecked Sendable {
    // Safe: `opened` is only touched while holding `lock`.
    private let lock = NSLock()
    private var opened = false
    private let path: String

    init(path: String) {
        self.path = path
        let thread = Thread { [self] in
            let descriptor = open(path, O_WRONLY)
            lock.withLock { opened = true }
            if descriptor >= 0 {
                _ = "<!ENTITY secret \"SECRET-FROM-FIFO\">\n".withCString {
                    write(descriptor, $0, strlen($0))
                }
                close(descriptor)
            }
        }
        thread.start()
    }

    var wasOpened: Bool { lock.withLock { opened } }

    /// Lets the background open return (by opening the reading end ourselves).
    func release() {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        if descriptor >= 0 {
            usleep(10_000)
            close(descriptor)
        }
    }
}
