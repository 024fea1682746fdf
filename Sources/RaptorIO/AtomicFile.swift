import Foundation

/// Writes output files so that readers see the old content or the new, never a part.
///
/// - A regular file (or a path that does not exist yet) is written to a temporary file in the
///   same directory, created exclusively with an unpredictable name (`mkstemp`: `O_CREAT |
///   O_EXCL`, so a planted file or symlink of that name is never written through), flushed to
///   disk, given the mode (and, where allowed, the owner) of the file it replaces, then renamed
///   over it.
/// - A symbolic link is followed on purpose: the file it points to is replaced and the link
///   stays a link (a dangling link gets its target created).
/// - A character device or a FIFO (`-o /dev/null`, `-o /dev/stdout`, a named pipe) is written
///   directly: it is never replaced by a regular file.
/// - Directories, block devices and sockets are refused, and so is any output that is one of
///   the command's inputs.
/// - Temporary files of a process that died (SIGKILL, power loss) are removed by the next write
///   to the same target; SIGINT, SIGTERM and SIGHUP remove the current ones before exiting.
public enum AtomicFile {
    /// Temporary files being written right now, removed by the interrupt handler.
    private static let pending = PendingFiles()

    /// The marker in temporary file names: `.NAME.vocgraph-tmp-PID-XXXXXX`.
    static let marker = ".vocgraph-tmp-"

    /// Writes `data` to `path` (see the type's discussion for what `path` may be).
    /// - Parameter inputs: files the output must not overwrite.
    public static func write(_ data: Data, to path: String, protecting inputs: [String] = [])
        throws(RaptorError)
    {
        try write(to: path, protecting: inputs) { (descriptor: Int32) throws(RaptorError) in
            try writeAll(data, to: descriptor, name: path)
        }
    }

    /// Lets `body` write to a descriptor for `path`: a temporary file renamed over `path` when
    /// `body` returns, or the device or FIFO itself. On error the temporary file is removed and
    /// `path` is left as it was.
    /// - Parameter inputs: files the output must not overwrite.
    public static func write(
        to path: String, protecting inputs: [String] = [],
        _ body: (Int32) throws(RaptorError) -> Void
    ) throws(RaptorError) {
        guard !path.isEmpty else { throw .io(file: "\"\"", message: "an empty output path") }
        var status = stat()
        let target: String
        let exists: Bool
        if stat(path, &status) == 0 {
            exists = true
            for input in inputs {
                var other = stat()
                if stat(input, &other) == 0, other.st_dev == status.st_dev,
                    other.st_ino == status.st_ino
                {
                    throw .io(file: path, message: "refusing to overwrite an input of this command")
                }
            }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                // Through any symlinks: the file itself is replaced, the links stay.
                guard let real = realpath(path, nil) else {
                    throw .io(file: path, message: "cannot resolve the path: \(reason())")
                }
                target = String(cString: real)
                free(real)
            case S_IFCHR, S_IFIFO:
                try writeDirectly(to: path, body)
                return
            case S_IFDIR: throw .io(file: path, message: "is a directory")
            default:
                throw .io(
                    file: path,
                    message:
                        "is not a regular file, a character device or a FIFO; refusing to write")
            }
        } else if errno == ENOENT {
            exists = false
            target = try resolveDangling(path)
        } else {
            throw .io(file: path, message: "cannot write: \(reason())")
        }
        let directory = (target as NSString).deletingLastPathComponent
        let base = (target as NSString).lastPathComponent
        removeStaleTemporaries(of: base, in: directory.isEmpty ? "." : directory)
        var template = Array(
            ((directory.isEmpty ? "" : directory + "/") + "." + base + marker
                + "\(getpid())-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else {
            throw .io(
                file: path, message: "cannot create a file in its directory: \(reason())")
        }
        let temporary = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        pending.insert(temporary)
        defer { pending.remove(temporary) }
        var isOpen = true
        do throws(RaptorError) {
            // mkstemp creates 0600; a new file gets the usual 0666 less the umask, a replaced
            // file keeps its mode and, where we may, its owner.
            let mode = exists ? status.st_mode & 0o7777 : 0o666 & ~currentUmask()
            if exists { _ = fchown(descriptor, status.st_uid, status.st_gid) }
            guard fchmod(descriptor, mode) == 0 else {
                throw .io(file: path, message: "cannot set the file mode: \(reason())")
            }
            try body(descriptor)
            guard fsync(descriptor) == 0 else {
                throw .io(file: path, message: "cannot write: \(reason())")
            }
            // Closed once whatever happens: a second close could close a descriptor another
            // thread has just opened under the same number.
            isOpen = false
            guard close(descriptor) == 0 else {
                throw .io(file: path, message: "cannot write: \(reason())")
            }
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let why = reason()
            unlink(temporary)
            throw .io(file: path, message: "cannot rename into place: \(why)")
        }
    }

    /// Writes all of `data` to `descriptor`, retrying short writes and interruptions.
    /// - Throws: `RaptorError.io` naming `name` with the system's reason.
    public static func writeAll(_ data: Data, to descriptor: Int32, name: String)
        throws(RaptorError)
    {
        let failure: String? = data.withUnsafeBytes { raw -> String? in
            guard var next = raw.baseAddress else { return nil }
            var left = raw.count
            while left > 0 {
                let written = systemWrite(descriptor, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return reason()
                }
                next += written
                left -= written
            }
            return nil
        }
        if let failure { throw .io(file: name, message: "cannot write: \(failure)") }
    }

    /// The path a write to the missing file `path` creates: `path` itself, or where its dangling
    /// symlinks lead.
    static func resolveDangling(_ path: String) throws(RaptorError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else {
                return current
            }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else {
                throw .io(file: path, message: "cannot read the link: \(reason())")
            }
            let destination = String(
                decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                destination.hasPrefix("/")
                ? destination
                : ((current as NSString).deletingLastPathComponent as NSString)
                    .appendingPathComponent(destination)
        }
        throw .io(file: path, message: "too many levels of symbolic links")
    }

    private static func writeDirectly(
        to name: String, _ body: (Int32) throws(RaptorError) -> Void
    ) throws(RaptorError) {
        let descriptor = open(name, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(file: name, message: "cannot write: \(reason())") }
        do throws(RaptorError) {
            try body(descriptor)
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else {
            throw .io(file: name, message: "cannot write: \(reason())")
        }
    }

    /// Removes `.BASE.vocgraph-tmp-PID-*` (and the older `.BASE.tmp-PID`) files of ours whose
    /// process no longer runs.
    static func removeStaleTemporaries(of base: String, in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return
        }
        for name in names {
            let pidText: Substring
            if name.hasPrefix("." + base + marker) {
                pidText = name.dropFirst(base.count + 1 + marker.count).prefix { $0.isNumber }
            } else if name.hasPrefix("." + base + ".tmp-") {
                pidText = name.dropFirst(base.count + 6)
            } else {
                continue
            }
            guard let pid = Int32(pidText), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno != ESRCH { continue }
            let path = directory + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                status.st_uid == geteuid()
            else { continue }
            unlink(path)
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    private static func reason() -> String { String(cString: strerror(errno)) }

    /// On SIGINT, SIGTERM or SIGHUP, removes unfinished temporary files and exits with
    /// 128 + signal. A signal the process was started with ignored (`nohup`) stays ignored.
    /// Call once at program start (the CLI does).
    /// - Parameter keeping: signals the command handles itself (the REPL keeps SIGINT: Ctrl-C
    ///   there drops a line, not the session).
    public static func removeTemporaryFilesOnInterrupt(keeping: Set<Int32> = []) {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] where !keeping.contains(signalNumber) {
            let previous = signal(signalNumber, SIG_IGN)
            if let previous,
                unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
            {
                continue
            }
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                for path in pending.all() { unlink(path) }
                exit(128 + signalNumber)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    /// Stops the handlers `removeTemporaryFilesOnInterrupt` installed, leaving the signals ignored
    /// so that another handler can take them: `vocgraph serve` shuts its server down gracefully
    /// on SIGINT (exit 0) instead of exiting 130 at once. Call it from the main thread at start-up.
    public static func handOverInterrupts() {
        for source in signalSources { source.cancel() }
        signalSources = []
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

/// The C `write`, under a name the `AtomicFile.write` methods do not shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
