// libFuzzer targets for everything that reads outside input, in one binary:
//
//   vocgraph-fuzz rdf      arbitrary bytes through Raptor's parsers (every syntax), then every writer
//   vocgraph-fuzz datalog  arbitrary text through the Datalog parser, checker and (small) evaluation
//   vocgraph-fuzz text     arbitrary bytes through the text decoder and the whole extractor
//   vocgraph-fuzz docx     arbitrary bytes as a DOCX package (ZIPFoundation) and as its
//                          word/document.xml (XMLParser), then the extractor; and the aligned-table
//                          reader over the bytes read as text
//   vocgraph-fuzz rdfxml   arbitrary bytes as RDF/XML (seeds with DTDs and entities); traps if a
//                          document gets past XMLEntityGuard to libxml2's external-entity loader
//   vocgraph-fuzz numbers  arbitrary bytes as the lexical form of typed numbers, and as a figure in
//                          a report; traps if a literal written by RDFWriter does not read back
//                          with its datatype, or a figure's graph does not read back
//   vocgraph-fuzz snapshot arbitrary bytes as a graph snapshot (FILE.vgs); traps if one decodes
//                          but does not encode back to the same bytes
//
// Built by scripts/fuzz.sh with -sanitize=fuzzer,address -D FUZZING, the first argument picks the
// target and the rest go to libFuzzer. A normal build gives a replay tool
// (`vocgraph-fuzz KIND FILE…`) that the tests run over Tests/Fuzz/corpus/KIND.
import Datalog
import Extraction
import Foundation
import RDF
import RaptorIO

enum FuzzTarget: String, CaseIterable {
    case rdf, datalog, text, docx, rdfxml, numbers, snapshot

    func run(_ data: Data) {
        switch self {
        case .rdf:
            let text = String(decoding: data, as: UTF8.self)
            for format in RDFFormat.allCases {
                guard let graph = try? RDFReader().read(string: text, format: format, name: "fuzz")
                else {
                    continue
                }
                for output in RDFFormat.writable {
                    _ = try? RDFWriter().serialize(graph, format: output)
                }
            }
        case .datalog:
            let source = String(decoding: data, as: UTF8.self)
            var request = QueryRequest(program: source, file: "fuzz.dl")
            request.options.maxFacts = 10_000
            request.options.maxMemory = 200_000_000
            request.options.timeout = 2
            _ = try? QueryDriver.run(request, facts: FuzzTarget.smallGraph)
        case .text:
            guard let document = try? Document(bytes: Array(data), name: "fuzz.txt") else { return }
            let extraction = Extractor.standard.extract(document)
            _ = GraphBuilder().graph(for: [extraction])
        case .docx:
            let file = FileManager.default.temporaryDirectory.appendingPathComponent(
                "vocgraph-fuzz-\(getpid()).docx")
            defer { try? FileManager.default.removeItem(at: file) }
            let written = (try? data.write(to: file)) != nil
            for text in [
                written ? try? DOCXText.read(path: file.path) : nil,
                try? DOCXText.text(ofDocumentXML: data, path: "fuzz.docx"),
            ] {
                guard let text else { continue }
                let extraction = Extractor.standard.extract(Document(name: "fuzz.docx", text: text))
                _ = GraphBuilder().graph(for: [extraction])
            }
            _ = AlignedColumns(
                Document(name: "fuzz.txt", text: String(decoding: data, as: UTF8.self)))
        case .rdfxml:
            let text = String(decoding: data, as: UTF8.self)
            do {
                let graph = try RDFReader().read(string: text, format: .rdfxml, name: "fuzz.rdf")
                _ = try? RDFWriter().serialize(graph, format: .rdfxml)
            } catch {
                // The loader behind the guard only ever sees what the guard missed.
                precondition(!"\(error)".contains("asks to load"), "guard bypassed: \(error)")
            }
        case .numbers:
            FuzzTarget.numbers(String(decoding: data.prefix(512), as: UTF8.self))
        case .snapshot:
            let bytes = [UInt8](data)
            bytes.withUnsafeBytes { raw in
                guard let graph = try? GraphSnapshot.decode(raw, expecting: nil),
                    let header = try? GraphSnapshot.header(raw)
                else { return }
                // A snapshot that decodes is exactly what encoding its graph gives.
                precondition(
                    GraphSnapshot.encode(graph, source: header.source) == bytes,
                    "a decoded snapshot does not encode back to its bytes")
            }
        }
    }

    /// `lexical` as each numeric datatype through every writer, and as a figure in a report.
    static func numbers(_ lexical: String) {
        let xsd = "http://www.w3.org/2001/XMLSchema#"
        for type in ["integer", "decimal", "double", "float", "boolean"] {
            let literal = Literal(lexical, datatype: IRI(unchecked: xsd + type))
            let graph = Graph([Triple(.iri("http://e/s"), .iri("http://e/p"), .literal(literal))])
            for format in RDFFormat.writable {
                guard let text = try? RDFWriter().serialize(graph, format: format) else { continue }
                let back: Graph
                do {
                    back = try RDFReader().read(string: text, format: format, name: "out")
                } catch {
                    preconditionFailure("\(format) wrote what it cannot read: \(error)\n\(text)")
                }
                let datatype = back.triples.first?.object.literal?.datatype
                precondition(
                    back.count == 1 && datatype == literal.datatype,
                    "\(format) changed the datatype of \(literal):\n\(text)")
            }
        }
        let report = "2023年，全市职业院校在校生\(lexical)人，就业率达到\(lexical)%。\n"
        let extraction = Extractor.standard.extract(Document(name: "fuzz.txt", text: report))
        let graph = GraphBuilder().graph(for: [extraction])
        for format in [RDFFormat.turtle, .ntriples] {
            guard let text = try? RDFWriter().serialize(graph, format: format) else { continue }
            do {
                _ = try RDFReader().read(string: text, format: format, name: "figures")
            } catch {
                preconditionFailure("figures written as \(format) do not read back: \(error)")
            }
        }
        do { _ = try extraction.report.jsonText() } catch {
            preconditionFailure("the report of a figure \(lexical) is no JSON: \(error)")
        }
    }

    /// A few triples for Datalog programs to run over.
    static let smallGraph: Graph = {
        let vg = Vocab.vg.namespace
        return Graph([
            Triple(.iri(vg + "a"), .iri(Vocab.rdf.type), .iri(vg + "School")),
            Triple(.iri(vg + "a"), .iri(vg + "partnersWith"), .iri(vg + "b")),
            Triple(.iri(vg + "b"), .iri(Vocab.rdfs.label), .text("华为", language: "zh")),
        ])
    }()
}

nonisolated(unsafe) var selectedTarget = FuzzTarget.rdf

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    selectedTarget.run(Data(bytes: start, count: count))
    return 0
}

#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
    ) -> CInt
#endif

@main
struct VocGraphFuzz {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
            let kinds = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(
                Data("usage: vocgraph-fuzz \(kinds) [FILE… | libFuzzer options]\n".utf8))
            exit(2)
        }
        selectedTarget = target
        #if FUZZING
            // libFuzzer sees the target name in the program-name slot, then its own options.
            var argc = CommandLine.argc - 1
            var argv = CommandLine.unsafeArgv + 1
            exit(runFuzzerDriver(&argc, &argv) { start, count in fuzzEntry(start, count) })
        #else
            for path in arguments.dropFirst(2) {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                target.run(data)
            }
            print("replayed \(arguments.count - 2) input(s) through \(target.rawValue)")
        #endif
    }
}
