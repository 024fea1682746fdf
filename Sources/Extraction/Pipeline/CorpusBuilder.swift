import Foundation
import RDF

/// Extracts many documents in parallel and returns them in a deterministic order.
public struct CorpusBuilder: Sendable {
    public var extractor: Extractor

    public init(extractor: Extractor = .standard) { self.extractor = extractor }

    /// The outcome of a build: extractions sorted by document name (then path), and the files
    /// that were skipped with the reason.
    public struct Result: Sendable {
        public var extractions: [Extraction]
        public var skipped: [(path: String, reason: String)]
    }

    /// The file name extensions a directory is searched for.
    public static let documentExtensions: Set<String> = ["txt", "pdf", "docx"]

    /// Expands directories to their `.txt`, `.pdf` and `.docx` files (sorted, not recursing);
    /// other paths are kept as given (their kind is told by their content when read).
    ///
    /// - Throws: `DocumentReadError` for a path that does not exist, a directory that cannot be
    ///   listed, or a directory holding no document.
    public static func inputFiles(_ paths: [String]) throws(DocumentReadError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DocumentReadError.unreadableBecause(path, "no such file or directory")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: path)
            } catch {
                throw DocumentReadError.unreadableBecause(
                    path, "cannot list the directory (\(Self.reason(error)))")
            }
            let documents = names.sorted().filter {
                documentExtensions.contains(($0 as NSString).pathExtension.lowercased())
                    && !$0.hasPrefix(".")
            }
            guard !documents.isEmpty else {
                throw DocumentReadError.unsupported(
                    path,
                    "no .txt, .pdf or .docx document in this directory (\(names.count) other "
                        + "entries; subdirectories are not searched)")
            }
            for name in documents {
                files.append((path as NSString).appendingPathComponent(name))
            }
        }
        return files
    }

    /// The system's reason inside a Foundation file error, in plain words.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if ns.code == CocoaError.fileReadNoPermission.rawValue { return "permission denied" }
        return ns.localizedDescription
    }

    /// Extracts `files` on all cores; unreadable or undecodable files are skipped, not fatal.
    ///
    /// - Parameter progress: called after each document with (done, total); may run on any thread.
    public func build(
        _ files: [String], progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> Result {
        let slots = ResultSlots<Result.Outcome>(count: files.count)
        let extractor = self.extractor
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let outcome: Result.Outcome
            do {
                outcome = .extracted(try extractor.extract(contentsOf: files[index]))
            } catch {
                outcome = .skipped("\(error)")
            }
            let done = slots.store(outcome, at: index)
            progress(done, files.count)
        }
        var extractions: [(String, String, Extraction)] = []
        var skipped: [(path: String, reason: String)] = []
        for (index, outcome) in slots.values().enumerated() {
            switch outcome {
            case .extracted(let extraction)?:
                extractions.append((extraction.document.name, files[index], extraction))
            case .skipped(let reason)?: skipped.append((files[index], reason))
            case nil: skipped.append((files[index], "not processed"))
            }
        }
        extractions.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return Result(extractions: extractions.map(\.2), skipped: skipped)
    }
}

extension CorpusBuilder.Result {
    enum Outcome: Sendable {
        case extracted(Extraction)
        case skipped(String)
    }

    /// Documents, distinct entities per type and distinct relations per type, as text lines.
    public func summary() -> String {
        var counts = CorpusSummary()
        for x in extractions { counts.add(x) }
        return counts.render(documents: extractions.count, skipped: skipped.count)
    }

}

/// Per-index result storage filled from `concurrentPerform`.
///
/// `@unchecked Sendable` is safe: every access to `storage` and `done` holds `lock`.
private final class ResultSlots<Value>: @unchecked Sendable {
    // Safe: `storage` and `done` are only touched while holding `lock`.
    private let lock = NSLock()
    private var storage: [Value?]
    private var done = 0

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// Stores one outcome; returns how many are stored.
    func store(_ outcome: Value, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        storage[index] = outcome
        done += 1
        return done
    }

    func values() -> [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// Distinct entities, relations and cited policies of a corpus, by type (the `build` summary).
public struct CorpusSummary: Sendable {
    /// Organisation node → the types documents gave it and its names; counted under one type,
    /// the one its graph node keeps (``OrganizationClasses``).
    var entities: [String: (votes: [OrganizationType: Int], labels: Set<String>)] = [:]
    var relations: [String: Set<String>] = [:]
    var policies: Set<String> = []

    public init() {}

    /// Counts what one extraction adds.
    public mutating func add(_ x: Extraction) {
        for e in x.entities {
            entities[e.localName, default: ([:], [])].votes[e.type, default: 0] += 1
            entities[e.localName, default: ([:], [])].labels.insert(e.name)
        }
        for r in x.relations {
            let key =
                r.type.isSymmetric
                ? [x.entities[r.subject].localName, x.entities[r.object].localName].sorted()
                    .joined(separator: "|")
                : x.entities[r.subject].localName + "|" + x.entities[r.object].localName
            relations[r.type.rawValue, default: []].insert(key)
        }
        for p in x.policies { policies.insert(InstanceIRI.policy(p).string) }
    }

    public mutating func formUnion(_ other: CorpusSummary) {
        entities.merge(other.entities) {
            ($0.votes.merging($1.votes, uniquingKeysWith: +), $0.labels.union($1.labels))
        }
        relations.merge(other.relations) { $0.union($1) }
        policies.formUnion(other.policies)
    }

    /// Three lines: documents, entities per type, relations per type.
    public func render(documents: Int, skipped: Int) -> String {
        var lines = ["documents: \(documents)" + (skipped == 0 ? "" : " (\(skipped) skipped)")]
        var perType: [OrganizationType: Int] = [:]
        for (votes, labels) in entities.values {
            perType[OrganizationClasses.choose(votes: votes, labels: Array(labels)), default: 0] +=
                1
        }
        lines.append(
            "entities: "
                + OrganizationType.allCases.map {
                    "\($0.rawValue) \(perType[$0] ?? 0)"
                }
                .joined(separator: ", "))
        lines.append(
            "relations: "
                + RelationType.allCases.map {
                    "\($0.rawValue) \(relations[$0.rawValue]?.count ?? 0)"
                }
                .joined(separator: ", ") + ", cites \(policies.count)")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension CorpusBuilder {
    /// A corpus graph and its summary.
    public struct GraphBuild: Sendable {
        public var graph: Graph
        public var summary: String
        public var skipped: [(path: String, reason: String)]
        /// Each document built, by name, with its identity (in name order).
        public var documents: [(name: String, identity: DocumentIdentity)]

        /// One line per document: name, kind, title, issuer, number, date, region.
        public var documentLines: String {
            documents.map { "  \($0.name): \($0.identity.summaryLine)\n" }.joined()
        }
    }

    /// Extracts `files` on all cores and builds one graph, keeping only each document's graph
    /// (dictionary-encoded) and counts once it is extracted, so memory follows the graph, not
    /// the texts. The result equals `GraphBuilder().graph(for: build(files).extractions)`.
    /// - Parameter parallel: false extracts one document after the other (the output is the same).
    public func buildGraph(
        _ files: [String], parallel: Bool = true,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> GraphBuild {
        enum Outcome: Sendable {
            case built(
                name: String, graph: Graph, summary: CorpusSummary, identity: DocumentIdentity)
            case skipped(String)
        }
        let slots = ResultSlots<Outcome>(count: files.count)
        let extractor = self.extractor
        let one: @Sendable (Int) -> Void = { index in
            let outcome: Outcome
            do {
                let extraction = try extractor.extract(contentsOf: files[index])
                var summary = CorpusSummary()
                summary.add(extraction)
                outcome = .built(
                    name: extraction.document.name,
                    graph: GraphBuilder().documentGraph(extraction), summary: summary,
                    identity: extraction.identity)
            } catch {
                outcome = .skipped("\(error)")
            }
            progress(slots.store(outcome, at: index), files.count)
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: files.count, execute: one)
        } else {
            for index in files.indices { one(index) }
        }
        var built: [(name: String, path: String, graph: Graph, identity: DocumentIdentity)] = []
        var skipped: [(path: String, reason: String)] = []
        var summary = CorpusSummary()
        for (index, outcome) in slots.values().enumerated() {
            switch outcome {
            case .built(let name, let graph, let counts, let identity)?:
                built.append((name, files[index], graph, identity))
                summary.formUnion(counts)
            case .skipped(let reason)?: skipped.append((files[index], reason))
            case nil: skipped.append((files[index], "not processed"))
            }
        }
        built.sort { ($0.name, $0.path) < ($1.name, $1.path) }
        let graph = GraphBuilder().merge(built.map(\.graph))
        // Citations of one policy made one node by `finish` count once.
        summary.policies = Set(
            graph.match(predicate: .iri(Vocab.vg.cites)).compactMap { $0.object.iri?.string })
        return GraphBuild(
            graph: graph, summary: summary.render(documents: built.count, skipped: skipped.count),
            skipped: skipped, documents: built.map { ($0.name, $0.identity) })
    }
}
