import Foundation
import Testing

@testable import Extraction

@Suite struct DecodingTests {
    @Test func utf8WithBOMAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("深圳\r\n学校\r中职\n".utf8)
        let document = try Document(bytes: bytes, name: "a.txt")
        #expect(document.text == "深圳\n学校\n中职\n")
        #expect(document.encoding == .utf8)
        #expect(document.lineCount == 4)
        #expect(document.lineText(2) == "学校")
        #expect(document.line(at: 3) == 2)
    }

    @Test func gb18030IsDetected() throws {
        // 深圳职校 in GB18030.
        let bytes: [UInt8] = [0xC9, 0xEE, 0xDB, 0xDA, 0xD6, 0xB0, 0xD0, 0xA3, 0x0A]
        let document = try Document(bytes: bytes, name: "gb.txt")
        #expect(document.text == "深圳职校\n")
        #expect(document.encoding == .gb18030)
    }

    @Test func otherBytesAreRefusedWithTheOffset() {
        var bytes = Array("abc深圳".utf8)
        bytes.append(0xFF)
        bytes.append(0xFF)
        #expect(throws: DecodingError(name: "report.txt", byte: 0xFF, offset: 9)) {
            try Document(bytes: bytes, name: "report.txt")
        }
        let message = DecodingError(name: "report.txt", byte: 0xFF, offset: 1204).description
        #expect(message == "report.txt: neither UTF-8 nor GB18030 (byte 0xFF at offset 1204)")
    }

    @Test func truncatedUTF8IsFound() {
        #expect(TextDecoder.firstInvalidUTF8(Array("深".utf8).dropLast()) == 0)
        #expect(TextDecoder.firstInvalidUTF8(Array("a深b".utf8)[...]) == nil)
        #expect(TextDecoder.firstInvalidUTF8([0x61, 0xC0, 0x80][...]) == 1)
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(SHA256.hex(input) == digest)
    }

    @Test func millionA() {
        let bytes = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(
            SHA256.hex(bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
