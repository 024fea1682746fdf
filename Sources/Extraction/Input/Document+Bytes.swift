import Foundation

extension Document {
    /// Decodes a document from its file bytes (UTF-8 or GB18030, BOM stripped, CRLF → LF).
    ///
    /// - Throws: `DecodingError` when the bytes are neither UTF-8 nor GB18030.
    public init(bytes: [UInt8], name: String) throws(DecodingError) {
        let (text, encoding) = try TextDecoder.decode(bytes, name: name)
        self.init(name: name, text: text, encoding: encoding, sha256: SHA256.hex(bytes))
    }

    /// Reads and decodes the file at `path`; the document is named by the file's last component.
    ///
    /// - Throws: `DocumentReadError` when the file cannot be read or decoded.
    public init(contentsOf path: String) throws(DocumentReadError) {
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentReadError.unreadable(path)
        }
        do {
            try self.init(bytes: [UInt8](data), name: name)
        } catch {
            throw DocumentReadError.undecodable(error)
        }
    }
}

/// A document file that could not be read or decoded.
public enum DocumentReadError: Error, Sendable, CustomStringConvertible {
    case unreadable(String)
    case undecodable(DecodingError)

    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): cannot read the file"
        case .undecodable(let error): return error.description
        }
    }
}
