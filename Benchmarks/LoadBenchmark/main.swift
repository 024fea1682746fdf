// Loads an RDF file through RaptorIO into a Graph and prints triples per second and peak memory.
// Run by Benchmarks/load.sh beside `rapper -c` on the same file.
import Foundation
import RDF
import RaptorIO

func peakResidentKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
        return -1
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? -1
    }
    return -1
}

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: vocgraph-bench FILE.nt\n".utf8))
    exit(2)
}
let start = Date()
do {
    let graph = try RDFReader().read(file: path)
    let seconds = Date().timeIntervalSince(start)
    let rate = Double(graph.count) / seconds
    print(
        "RESULT triples=\(graph.count) terms=\(graph.dictionary.count) seconds=\(String(format: "%.2f", seconds)) triples_per_second=\(Int(rate)) peak_rss_mib=\(peakResidentKiB() / 1024)"
    )
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
