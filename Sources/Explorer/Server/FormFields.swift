/// The fields of a query string or an `application/x-www-form-urlencoded` body.
///
/// `+` is a space and `%E5%8D%8E` a UTF-8 byte, as browsers send a GET form (`q=%E5%8D%8E%E4%B8%BA`
/// is 华为). A broken escape or bytes that are not UTF-8 make the request a 400, not a guess.
struct FormFields: Sendable, Equatable {
    var pairs: [(String, String)] = []

    static func == (a: FormFields, b: FormFields) -> Bool {
        a.pairs.map { [$0.0, $0.1] } == b.pairs.map { [$0.0, $0.1] }
    }

    init() {}

    /// Parses `text`.
    ///
    /// - Throws: `QueryError` naming the field with a bad escape or non-UTF-8 bytes.
    init(parsing text: String) throws(QueryError) {
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = try Self.decode(String(halves[0]))
            let value = halves.count > 1 ? try Self.decode(String(halves[1])) : ""
            pairs.append((key, value))
        }
    }

    static func decode(_ text: String) throws(QueryError) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard utf8.count >= 2, let high = hex(utf8.removeFirst()),
                    let low = hex(utf8.removeFirst())
                else {
                    throw QueryError("bad percent escape in the request: \(text.prefix(60))")
                }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw QueryError("the request is not UTF-8 after percent-decoding: \(text.prefix(60))")
        }
        return decoded
    }

    static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// The first value of `key`.
    subscript(key: String) -> String? { pairs.first { $0.0 == key }?.1 }

    /// Every value of `key`, in order.
    func all(_ key: String) -> [String] { pairs.filter { $0.0 == key }.map(\.1) }
}
