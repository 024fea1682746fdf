import Foundation

/// Writes files so that readers see the old content or the new, never a part.
public enum AtomicFile {
    /// Writes `data` to a temporary file in the target's directory, then renames it over `path`.
    public static func write(_ data: Data, to path: String) throws(RaptorError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: temporary, options: [])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(file: path, message: "cannot write: \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io(file: path, message: "cannot rename into place: \(reason)")
        }
    }
}
