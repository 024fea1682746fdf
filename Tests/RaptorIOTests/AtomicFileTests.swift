import Foundation
import Testing

@testable import RaptorIO

/// The temporary file of an atomic write is created exclusively, with a name no one can plant in
/// advance, and nothing planted beside the target is written through (issue 15).
@Suite struct AtomicFileTests {
    /// The path behind an open descriptor.
    func path(of descriptor: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
        return String(
            decoding: buffer.prefix(max(0, count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    @Test func theTemporaryFileIsNewUnpredictableAndBesideTheTarget() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.ttl").path
        // The name the writer used to pick: a symlink planted there must not be followed.
        let victim = dir.appendingPathComponent("victim").path
        try "victim\n".write(toFile: victim, atomically: false, encoding: .utf8)
        let planted = dir.appendingPathComponent(".out.ttl.tmp-\(getpid())").path
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)

        var names: [String] = []
        for round in 0..<2 {
            try AtomicFile.write(to: target) { (descriptor: Int32) throws(RaptorError) in
                names.append(path(of: descriptor))
                try AtomicFile.writeAll(Data("round \(round)\n".utf8), to: descriptor, name: target)
            }
        }
        let prefix =
            URL(fileURLWithPath: dir.path).resolvingSymlinksInPath().path
            + "/.out.ttl.vocgraph-tmp-\(getpid())-"
        #expect(names.count == 2 && names[0] != names[1])
        #expect(
            names.allSatisfy { $0.hasPrefix(prefix) && $0.count == prefix.count + 6 }, "\(names)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "round 1\n")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "victim\n")
    }

    @Test func aFailedWriteLeavesTheTargetAndNoTemporary() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.ttl").path
        try "before\n".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(throws: RaptorError.self) {
            try AtomicFile.write(to: target) { (_: Int32) throws(RaptorError) in
                throw .failure("stop")
            }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "before\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.ttl"])
    }

    @Test func directoriesAreRefused() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: RaptorError.io(file: dir.path, message: "is a directory")) {
            try AtomicFile.write(Data("x".utf8), to: dir.path)
        }
    }
}
