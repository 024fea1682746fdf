// libFuzzer target: arbitrary bytes through Raptor's parsers into a Graph, in every syntax.
// Built by scripts/fuzz.sh with -sanitize=fuzzer,address -D FUZZING; a normal build gives a
// replay tool that runs the same function over files (used by the regression tests).
import Foundation
import RDF
import RaptorIO

func fuzzOne(_ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    for format in RDFFormat.allCases {
        if let graph = try? RDFReader().read(string: text, format: format, name: "fuzz") {
            // Whatever was read must be writable or refused cleanly, never crash.
            for output in RDFFormat.writable { _ = try? RDFWriter().serialize(graph, format: output) }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    fuzzOne(Data(bytes: start, count: count))
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
struct Replay {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { start, count in fuzzEntry(start, count) })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            fuzzOne(data)
        }
        print("replayed \(CommandLine.arguments.count - 1) input(s)")
        #endif
    }
}
