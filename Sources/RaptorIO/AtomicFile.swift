import Foundation

/// Writes files so that readers see the old content or the new, never a part.
public enum AtomicFile {
    /// Temporary files being written right now, removed by the interrupt handler.
    private static let pending = PendingFiles()

    /// Writes `data` to a temporary file in the target's directory, then renames it over `path`.
    /// An interrupted process leaves the previous file as it was.
    public static func write(_ data: Data, to path: String) throws(RaptorError) {
        try write(to: path) { (temporary: String) throws(RaptorError) in
            do {
                try data.write(to: URL(fileURLWithPath: temporary), options: [])
            } catch {
                throw .io(file: path, message: "cannot write: \(error.localizedDescription)")
            }
        }
    }

    /// Lets `body` write a temporary file beside `path`, then renames it over `path`; on error
    /// the temporary file is removed and `path` is left as it was.
    public static func write(
        to path: String, _ body: (String) throws(RaptorError) -> Void
    ) throws(RaptorError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        pending.insert(temporary.path)
        defer { pending.remove(temporary.path) }
        do {
            try body(temporary.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        guard FileManager.default.fileExists(atPath: temporary.path) else {
            throw .io(file: path, message: "cannot write")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io(file: path, message: "cannot rename into place: \(reason)")
        }
    }

    /// On SIGINT or SIGTERM, removes unfinished temporary files and exits with 128 + signal.
    /// Call once at program start (the CLI does).
    public static func removeTemporaryFilesOnInterrupt() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                for path in pending.all() { unlink(path) }
                exit(128 + signalNumber)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    nonisolated(unsafe) private static var signalSources: [DispatchSourceSignal] = []
}

/// A locked set of paths.
final class PendingFiles: @unchecked Sendable {
    // Safe: `paths` is only touched while holding `lock`.
    private let lock = NSLock()
    private var paths = Set<String>()

    func insert(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }
    func all() -> [String] { lock.withLock { Array(paths) } }
}
