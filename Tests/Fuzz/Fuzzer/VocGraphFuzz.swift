// libFuzzer targets for everything that reads outside input, in one binary:
//
//   vocgraph-fuzz rdf      arbitrary bytes through Raptor's parsers (every syntax), then every writer
//   vocgraph-fuzz datalog  arbitrary text through the Datalog parser, checker and (small) evaluation
//   vocgraph-fuzz text     arbitrary bytes through the text decoder and the whole extractor
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
    case rdf, datalog, text

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
        }
    }

    /// A few triples for Datalog programs to run over.
    static let smallGraph: Graph = {
        let vg = Vocab.vgNamespace
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
