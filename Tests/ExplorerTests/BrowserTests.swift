import Foundation
import TestSupport
import Testing

/// The explorer in a real browser: headless Chromium loads each page from `vocgraph serve`, the
/// test reads the DOM Chromium built, and a screenshot is taken of each page.
///
/// Screenshots go to a scratch folder; with `VOCGRAPH_RECORD=1` they are copied to
/// `docs/screenshots/` for the README (pixels differ between font versions, so they are pictures
/// to look at, not goldens to compare).
@Suite(.serialized) struct BrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs Chromium on `url`: `--dump-dom` gives the DOM after parsing, `--screenshot` a PNG.
    static func chromium(_ url: String, screenshot: String? = nil, height: Int = 1400) throws
        -> String
    {
        let binary = try #require(
            chromium, "chromium is not installed (scripts/test.sh installs it)")
        let profile = FileManager.default.temporaryDirectory
            .appendingPathComponent("vocgraph-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        var arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--user-data-dir=\(profile.path)", "--window-size=1280,\(height)",
        ]
        if let screenshot {
            arguments += ["--screenshot=\(screenshot)", url]
        } else {
            arguments += ["--dump-dom", url]
        }
        let outcome = try Command.run(binary, arguments)
        #expect(outcome.status == 0, "chromium: \(outcome.err)")
        return outcome.out
    }

    /// Takes a screenshot of `path`, checks it is a PNG, and records it in record mode.
    static func screenshot(_ server: ServeProcess, _ path: String, name: String, height: Int = 1400)
        throws
    {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("vocgraph-shot-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try chromium(server.base + path, screenshot: scratch.path, height: height)
        let png = try Data(contentsOf: scratch)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name) is not a PNG")
        #expect(png.count > 20_000, "\(name): \(png.count) bytes, an empty page?")
        if ProcessInfo.processInfo.environment["VOCGRAPH_RECORD"] == "1" {
            let docs = Command.packageRoot.appendingPathComponent("docs/screenshots")
            try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
            let target = docs.appendingPathComponent(name + ".png")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: scratch, to: target)
        }
    }

    @Test func searchEntityPolicyAndQueryPagesInChromium() throws {
        let server = try ServeProcess()
        // The Huawei question: the search page names the four partner schools.
        let search = try Self.chromium(server.base + "/search?q=%E5%8D%8E%E4%B8%BA")
        let schools = try ExplorerFixture.huaweiSchoolsByDatalog()
        #expect(schools.count == 4)
        for school in schools { #expect(search.contains(school), "search misses \(school)") }
        #expect(search.contains("lang=\"zh\""))
        try Self.screenshot(server, "/search?q=%E5%8D%8E%E4%B8%BA", name: "search", height: 700)

        let entity = try Self.chromium(server.base + "/id/o-4ef9ef9358b4a2e0")
        #expect(entity.contains("<blockquote class=\"quote\">"))
        #expect(entity.contains("深圳市第一职业技术学校"))
        try Self.screenshot(server, "/id/o-4ef9ef9358b4a2e0", name: "entity", height: 1000)

        let policy = "/policy/d-2f88e54daf6a343d"
        let page = try Self.chromium(server.base + policy)
        #expect(page.contains("class=\"legend\""))
        #expect(page.contains("type=\"checkbox\" name=\"status\" value=\"met\""))
        let filtered = try Self.chromium(server.base + policy + "?status=not-met")
        let statuses = filtered.components(separatedBy: "<tr class=\"row\" data-status=\"")
            .dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!statuses.isEmpty)
        #expect(statuses.allSatisfy { $0 == "not-met" }, "\(Set(statuses))")
        try Self.screenshot(server, policy, name: "policy", height: 1600)

        let program =
            "partner(S, E) :- vg:partnersWith(S, E).\nhuawei(E) :- vg:Enterprise(E), rdfs:label(E, L), contains(L, \"华为\").\n?- partner(S, E), huawei(E)."
        let query = "/query?lang=datalog&q=" + ExplorerFixture.encode(program)
        let results = try Self.chromium(server.base + query)
        for school in schools { #expect(results.contains(school)) }
        #expect(results.contains("href=\"/query.csv?lang=datalog"))
        try Self.screenshot(server, query, name: "query", height: 900)
        try Self.screenshot(
            server,
            "/metric?m="
                + ExplorerFixture.encode("https://w3id.org/vocgraph/id/metric-full-time-teachers"),
            name: "metric", height: 800)
        #expect(server.interrupt() == 0)
    }

    @Test func documentPageHighlightsTheQuote() throws {
        let corpus = Command.packageRoot.appendingPathComponent("../shared/corpus").standardized
        guard FileManager.default.fileExists(atPath: corpus.path) else { return }
        let server = try ServeProcess()
        let entity = try server.fetch("/id/o-4ef9ef9358b4a2e0").body
        let link = try #require(
            entity.range(
                of: #"/document/d-[0-9a-f]+\?line=[0-9]+&amp;quote=[^"]+"#,
                options: .regularExpression))
        let href = entity[link].replacingOccurrences(of: "&amp;", with: "&")
        let page = try Self.chromium(server.base + href)
        #expect(page.contains("<mark>"), "no highlighted quote at \(href)")
        #expect(page.contains("class=\"here\""))
        try Self.screenshot(server, href, name: "document", height: 700)
        #expect(server.interrupt() == 0)
    }

    @Test func sparqlAndSearchOverHTTP() throws {
        let server = try ServeProcess()
        // The Huawei question through the SPARQL 1.1 Protocol, answered by Rasqal: the same four
        // schools as `vocgraph query` and the search page.
        let question = try String(
            contentsOf: Command.packageRoot.appendingPathComponent(
                "Examples/sparql/huawei-partners.rq"),
            encoding: .utf8)
        let answer = try server.fetch(
            "/sparql", method: "POST", headers: ["Content-Type": "application/sparql-query"],
            body: question)
        #expect(answer.status == 200)
        #expect(answer.type.hasPrefix("application/sparql-results+json"))
        let json = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
        let bindings = ((json?["results"] as? [String: Any])?["bindings"] as? [[String: Any]]) ?? []
        let schools = Set(bindings.compactMap { ($0["S"] as? [String: Any])?["value"] as? String })
        #expect(schools.count == 4, "\(answer.body.prefix(400))")
        let bad = try server.fetch("/sparql?query=" + ExplorerFixture.encode("SELECT WHERE {"))
        #expect(bad.status == 400)
        #expect(try server.fetch("/sparql").status == 400)
        #expect(
            try server.fetch("/sparql", headers: ["Accept": "text/html"]).type.hasPrefix(
                "text/html"))
        let post = try server.fetch(
            "/sparql", method: "POST", headers: ["Content-Type": "text/plain"], body: "SELECT")
        #expect(post.status == 415)
        let search = try server.fetch("/search?q=%E5%8D%8E%E4%B8%BA")
        #expect(search.status == 200)
        #expect(search.type == "text/html; charset=utf-8")
        #expect(search.body.contains("华为技术有限公司"))
        #expect(try server.fetch("/search?q=%E5").status == 400)
        #expect(
            try server.fetch("/policy/d-2f88e54daf6a343d/trace.svg").type.hasPrefix("image/svg+xml")
        )
        #expect(server.interrupt() == 0)
    }

    @Test func sigintStopsTheServerAndReleasesThePort() throws {
        let server = try ServeProcess()
        #expect(try server.fetch("/").status == 200)
        #expect(server.interrupt() == 0)
        // The port is free again: a new socket binds it. SO_REUSEADDR lets the bind pass over the
        // closed connection's TIME_WAIT, but never over a socket still listening.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(server.port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        #expect(bound == 0, "port \(server.port) still taken after SIGINT")
    }
}
