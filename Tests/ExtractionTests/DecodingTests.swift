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
        #expect(
            throws: DecodingError(name: "report.txt", byte: 0xFF, offset: 9, line: 1, column: 6)
        ) {
            try Document(bytes: bytes, name: "report.txt")
        }
        let message = DecodingError(
            name: "report.txt", byte: 0xFF, offset: 1204, line: 12, column: 7
        ).description
        #expect(
            message
                == "report.txt:12:7: error: neither UTF-8 nor GB18030 nor Big5 (byte 0xFF at offset 1204)"
        )
    }

    @Test func decodeErrorsGiveLineAndColumn() {
        let bytes = Array("第一行\n第二行ab".utf8) + [0xFF, 0xFF, 0xFF]
        #expect(throws: DecodingError(name: "r.txt", byte: 0xFF, offset: 21, line: 2, column: 6)) {
            try Document(bytes: bytes, name: "r.txt")
        }
    }

    @Test func nulBytesAreRefusedWithTheirPlace() {
        let bytes = Array("深圳\n学校".utf8) + [0x00] + Array("x".utf8)
        #expect(
            throws: DecodingError(
                name: "n.txt", byte: 0, offset: 13, line: 2, column: 3, problem: .nulByte)
        ) {
            try Document(bytes: bytes, name: "n.txt")
        }
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let text = "深圳职校与华为合作。\r\n𠀀第二行\n"
        let little: [UInt8] =
            [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] =
            [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let document = try Document(bytes: bytes, name: "u16.txt")
            #expect(document.text == "深圳职校与华为合作。\n𠀀第二行\n")
            #expect(document.encoding == .utf16)
        }
        // A lone high surrogate is refused, not replaced.
        #expect(throws: DecodingError.self) {
            try Document(bytes: [0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00], name: "bad16.txt")
        }
    }

    @Test func big5IsDecodedNotReadAsGB18030() throws {
        // 深圳職業技術學校與華為技術有限公司合作，共建產業學院。 in Big5 (iconv -t BIG5).
        let hex =
            "b260a660c2beb77ea7deb34ebec7aed5bb50b5d8acb0a7deb34ea6b3adada4bda571a658a740a141a640abd8b2a3b77ebec7b07ca143"
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        let document = try Document(bytes: bytes, name: "big5.txt")
        #expect(document.encoding == .big5)
        #expect(document.text == "深圳職業技術學校與華為技術有限公司合作，共建產業學院。")
        // 深圳职校与华为 in GB2312 stays GB18030.
        let gb: [UInt8] = [
            0xC9, 0xEE, 0xDB, 0xDA, 0xD6, 0xB0, 0xD0, 0xA3, 0xD3, 0xEB, 0xBB, 0xAA, 0xCE, 0xAA,
        ]
        #expect(try Document(bytes: gb, name: "gb.txt").text == "深圳职校与华为")
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
