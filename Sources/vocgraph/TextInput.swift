import Foundation

/// Reads a text input of the CLI (a Datalog program) with failures in plain words: the file and
/// the reason, never a Foundation error dump.
enum TextInput {
    /// A file that could not be read as UTF-8 text.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// The UTF-8 text of `path` (a regular file or a pipe).
    static func read(_ path: String) throws(Failure) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { throw Failure(path: path, reason: reason(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO: break
        case S_IFDIR:
            throw Failure(path: path, reason: "cannot read: is a directory, not a text file")
        default:
            throw Failure(path: path, reason: "is not a regular file or a pipe; refused")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, reason: reason(errno)) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw Failure(path: path, reason: "cannot read: \(error.localizedDescription)")
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw Failure(path: path, reason: invalidUTF8(data))
        }
        return text
    }

    /// Where the first byte that is not UTF-8 is, in words.
    static func invalidUTF8(_ data: Data) -> String {
        let bytes = [UInt8](data)
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let length = utf8Length(bytes, at: index)
            guard length > 0 else {
                let hex = String(bytes[index], radix: 16, uppercase: true)
                return
                    "is not UTF-8 text (byte 0x\(hex.count < 2 ? "0" + hex : hex) at line \(line), column \(column))"
            }
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return "is not UTF-8 text (it holds a NUL byte)"
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0.
    private static func utf8Length(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        if first == 0 { return 0 }
        if first < 0x80 { return 1 }
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC2 ? 2 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        return String(bytes: bytes[index..<(index + length)], encoding: .utf8) == nil ? 0 : length
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "cannot read: no such file"
        case EACCES: "cannot read: permission denied"
        case ENOTDIR: "cannot read: no such file (a part of the path is not a directory)"
        default: "cannot read: " + String(cString: strerror(code)).lowercased()
        }
    }
}
