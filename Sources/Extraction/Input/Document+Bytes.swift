import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Document {
    /// Decodes a text document from its bytes (UTF-8, UTF-16 with a BOM, GB18030 or Big5; BOM
    /// stripped, CRLF → LF).
    ///
    /// - Throws: `DecodingError` when the bytes are none of those, or hold a NUL byte.
    public init(bytes: [UInt8], name: String) throws(DecodingError) {
        let (text, encoding) = try TextDecoder.decode(bytes, name: name)
        self.init(name: name, text: text, encoding: encoding, sha256: SHA256.hex(bytes))
    }

    /// Reads the file at `path`, a text, PDF or DOCX document told apart by its first bytes; the
    /// document is named by the file's last component and hashed over the file's bytes.
    ///
    /// - Throws: `DocumentReadError` when the file is missing, not a regular file, unreadable,
    ///   of a refused kind, or cannot be decoded.
    public init(contentsOf path: String) throws(DocumentReadError) {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let data = try Document.readRegularFile(path)
        let bytes = [UInt8](data)
        switch InputFormat.detect(bytes) {
        case .refused(let reason):
            throw .unsupported(path, "\(reason) (VocGraph reads .txt, .pdf and .docx documents)")
        case .readable(.text):
            do {
                try self.init(bytes: bytes, name: name)
            } catch {
                var located = error
                located.name = path
                throw .undecodable(located)
            }
        case .readable(.pdf):
            let (text, pages) = try PDFText.read(path: path)
            self.init(name: name, text: text, encoding: .utf8, sha256: SHA256.hex(bytes))
            format = .pdf
            pageStartLines = pages
        case .readable(.docx):
            let text = try DOCXText.read(path: path)
            self.init(name: name, text: text, encoding: .utf8, sha256: SHA256.hex(bytes))
            format = .docx
        }
        if format != .text, let nul = text.unicodeScalars.firstIndex(of: "\u{0}") {
            let line = self.line(
                at: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: nul))
            throw .unsupported(
                path,
                "the \(format.rawValue.uppercased()) text holds a NUL character (line \(line))")
        }
    }

    /// The bytes of the regular file at `path` (symbolic links followed).
    ///
    /// - Throws: `DocumentReadError` for a missing path, a directory, a device, FIFO or socket,
    ///   or a file that cannot be read (with the system's reason).
    static func readRegularFile(_ path: String) throws(DocumentReadError) -> Data {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            if errno == ENOENT, path.unicodeScalars.contains("\u{FFFD}") {
                throw .unreadableBecause(
                    path, "its name is not valid UTF-8 (shown with �); rename the file")
            }
            throw .unreadableBecause(path, reason)
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            let what: String
            switch kind {
            case S_IFDIR: what = "a directory"
            case S_IFIFO: what = "a FIFO (named pipe)"
            case S_IFCHR: what = "a character device"
            case S_IFBLK: what = "a block device"
            case S_IFSOCK: what = "a socket"
            default: what = "not a regular file"
            }
            throw .notRegular(path, what)
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unreadableBecause(path, String(cString: strerror(errno)).lowercased())
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadableBecause(path, "\(error.localizedDescription)")
        }
    }
}

/// A document file that could not be read or decoded.
public enum DocumentReadError: Error, Sendable, CustomStringConvertible {
    /// The path does not exist or cannot be opened (no reason known).
    case unreadable(String)
    /// The path cannot be opened or read, with the system's reason.
    case unreadableBecause(String, String)
    /// The path is a directory, device, FIFO or socket (what it is).
    case notRegular(String, String)
    /// The text cannot be decoded.
    case undecodable(DecodingError)
    /// A kind of file VocGraph does not read, or cannot read this one of (the reason).
    case unsupported(String, String)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .unreadable(let path), .unreadableBecause(let path, _), .notRegular(let path, _),
            .unsupported(let path, _):
            return path
        case .undecodable(let error): return error.name
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): cannot read"
        case .unreadableBecause(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .notRegular(let path, let what):
            return "\(path): is \(what), not a regular file; give document files"
        case .undecodable(let error): return error.description
        case .unsupported(let path, let reason): return "\(path): \(reason)"
        }
    }
}
