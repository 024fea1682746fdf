import Foundation

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

    /// Expands directories to their `.txt` files (sorted); other paths are kept as given.
    ///
    /// - Throws: `DocumentReadError.unreadable` for a path that does not exist.
    public static func inputFiles(_ paths: [String]) throws(DocumentReadError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DocumentReadError.unreadable(path)
            }
            if isDirectory.boolValue {
                let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
                for name in names.sorted() where name.hasSuffix(".txt") {
                    files.append((path as NSString).appendingPathComponent(name))
                }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Extracts `files` on all cores; unreadable or undecodable files are skipped, not fatal.
    ///
    /// - Parameter progress: called after each document with (done, total); may run on any thread.
    public func build(
        _ files: [String], progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> Result {
        let slots = ResultSlots(count: files.count)
        let extractor = self.extractor
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let outcome: Result.Outcome
            do {
                outcome = .extracted(extractor.extract(try Document(contentsOf: files[index])))
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
        var entities: [String: Set<String>] = [:]
        var relations: [String: Set<String>] = [:]
        var policies: Set<String> = []
        for x in extractions {
            for e in x.entities { entities[e.type.rawValue, default: []].insert(e.localName) }
            for r in x.relations {
                let key =
                    r.type.isSymmetric
                    ? [x.entities[r.subject].localName, x.entities[r.object].localName].sorted()
                        .joined(separator: "|")
                    : x.entities[r.subject].localName + "|" + x.entities[r.object].localName
                relations[r.type.rawValue, default: []].insert(key)
            }
            for p in x.policies { policies.insert(p.localName) }
        }
        var lines = [
            "documents: \(extractions.count)"
                + (skipped.isEmpty ? "" : " (\(skipped.count) skipped)")
        ]
        lines.append(
            "entities: "
                + OrganizationType.allCases.map {
                    "\($0.rawValue) \(entities[$0.rawValue]?.count ?? 0)"
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

/// Per-index result storage filled from `concurrentPerform`.
///
/// `@unchecked Sendable` is safe: every access to `storage` and `done` holds `lock`.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [CorpusBuilder.Result.Outcome?]
    private var done = 0

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// Stores one outcome; returns how many are stored.
    func store(_ outcome: CorpusBuilder.Result.Outcome, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        storage[index] = outcome
        done += 1
        return done
    }

    func values() -> [CorpusBuilder.Result.Outcome?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
