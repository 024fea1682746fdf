import Foundation

/// Paths and switches the extraction tests share.
enum TestSupport {
    /// The package root (three levels above this file).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` relative to the package root.
    static let corpusDirectory: URL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared").appendingPathComponent("corpus")

    /// True when the shared corpus is present (tests that need it are skipped otherwise).
    static var corpusAvailable: Bool {
        FileManager.default.fileExists(atPath: corpusDirectory.path)
    }

    /// The corpus documents, sorted.
    static func corpusFiles() -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map {
            corpusDirectory.appendingPathComponent($0).path
        }
    }

    /// `VOCGRAPH_RECORD=1` rewrites golden files (and the tests still fail).
    static var recording: Bool { ProcessInfo.processInfo.environment["VOCGRAPH_RECORD"] == "1" }
}
