import Foundation
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `vocgraph serve` process on a free port, for the HTTP and browser tests.
///
/// It binds port 0 and prints the port it got, so parallel tests never race for one.
final class ServeProcess {
    let process = Process()
    let port: Int
    private let output = Pipe()

    /// Starts the server on the corpus graph (with the corpus texts when `../shared/corpus` exists).
    init() throws {
        var arguments = ["serve", "--graph", "Graphs/corpus.ttl", "--port", "0"]
        let corpus = Command.packageRoot.appendingPathComponent("../shared/corpus").standardized
        if FileManager.default.fileExists(atPath: corpus.path) {
            arguments += ["--documents", corpus.path]
        }
        process.executableURL = URL(fileURLWithPath: Command.vocgraph)
        process.arguments = arguments
        process.currentDirectoryURL = Command.packageRoot
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
        // The first line says where it listens: "vocgraph serve: http://127.0.0.1:39479/ …".
        var text = ""
        let handle = output.fileHandleForReading
        while !text.contains("\n") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
            let port = Int(text[range].dropFirst("127.0.0.1:".count).dropLast())
        else {
            process.terminate()
            throw ServeFailure(message: "vocgraph serve printed no address: \(text)")
        }
        self.port = port
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// Sends SIGINT and waits; returns the exit status (nil when a signal ended it).
    func interrupt() -> Int32? {
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : nil
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// `GET`/`POST` over the socket: status, content type, body.
    func fetch(
        _ path: String, method: String = "GET", headers: [String: String] = [:], body: String? = nil
    ) throws -> (status: Int, type: String, body: String) {
        guard let url = URL(string: base + path) else {
            throw ServeFailure(message: "bad URL \(path)")
        }
        var request = URLRequest(url: url)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body.map { Data($0.utf8) }
        let done = DispatchSemaphore(value: 0)
        let box = FetchBox()
        URLSession.shared.dataTask(with: request) { data, response, error in
            box.data = data
            box.response = response as? HTTPURLResponse
            box.error = error
            done.signal()
        }.resume()
        done.wait()
        guard let response = box.response else {
            throw ServeFailure(
                message: "no response from \(path): \(String(describing: box.error))")
        }
        return (
            response.statusCode, response.value(forHTTPHeaderField: "Content-Type") ?? "",
            String(decoding: box.data ?? Data(), as: UTF8.self)
        )
    }
}

/// What a URLSession callback hands back.
final class FetchBox: @unchecked Sendable {
    // Safe: written by the callback before it signals, read after the wait.
    var data: Data?
    var response: HTTPURLResponse?
    var error: (any Error)?
}

struct ServeFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
