import Foundation
import RDF

/// Mints every instance IRI VocGraph writes (`vgi:`, ``Vocab/vgi``).
///
/// Every IRI is ASCII, starts with a letter (so Raptor abbreviates it) and derives from content
/// only, so a rebuild is byte-identical and documents that speak of the same thing share its node.
/// `<16 hex>` is the first 16 hex digits of a SHA-256 of the UTF-8 text shown.
///
/// | thing | local name |
/// | --- | --- |
/// | organisation | `o-<16 hex of NFKC(key name)>` (``OrganizationKey``; the type is not part of it) |
/// | a region's schools | `sys-<16 hex of region|sector>` (``SchoolSystem``) |
/// | document | `d-<first 16 hex of the source bytes' SHA-256>` |
/// | fact | `f-<16 hex of subject, predicate, object IRIs>` |
/// | evidence span | `e-<16 hex of document IRI, start, end>`, selectors `…-q` and `…-p` |
/// | policy | `p-<16 hex of its number, else its title>` |
public enum InstanceIRI {
    /// The first 16 hex digits of the SHA-256 of `parts` joined by U+001F.
    static func hash16(_ parts: String...) -> String {
        String(SHA256.hex(parts.joined(separator: "\u{1F}")).prefix(16))
    }

    static func vgi(_ local: String) -> IRI { Vocab.vgi.iri(local) }

    /// The node of an organisation: its key's name alone (NFKC), whatever type a document gives it.
    public static func organisation(_ key: OrganizationKey) -> IRI {
        vgi(
            "o-" + String(SHA256.hex(key.name.precomposedStringWithCompatibilityMapping).prefix(16))
        )
    }

    /// The node of a region's schools of one sector taken as a whole.
    public static func schoolSystem(_ system: SchoolSystem) -> IRI {
        vgi("sys-" + hash16(system.region, system.sector))
    }

    /// The 16-hex id of a document: its source SHA-256 when known, else that of its text.
    public static func documentID(_ document: Document) -> String {
        String((document.sha256 ?? SHA256.hex(document.text)).prefix(16))
    }

    /// `vgi:d-<document id>`.
    public static func document(_ document: Document) -> IRI { vgi("d-" + documentID(document)) }

    /// The reified fact of one triple.
    public static func fact(_ s: Term, _ p: Term, _ o: Term) -> IRI {
        vgi(
            "f-"
                + hash16(
                    s.iri?.string ?? s.description, p.iri?.string ?? p.description,
                    o.iri?.string ?? o.description))
    }

    /// An evidence span of a document (`oa:SpecificResource`): scalar offsets, end exclusive.
    public static func evidence(document: IRI, start: Int, end: Int) -> IRI {
        vgi("e-" + hash16(document.string, String(start), String(end)))
    }

    /// The quote (`-q`) or position (`-p`) selector of an evidence span.
    public static func selector(of evidence: IRI, _ kind: String) -> IRI {
        IRI(unchecked: evidence.string + "-" + kind)
    }

    /// A cited policy: its document number, else its title.
    public static func policy(_ policy: PolicyMention) -> IRI {
        vgi("p-" + String(SHA256.hex(policy.number ?? policy.title ?? "").prefix(16)))
    }

    /// A through-training programme (vg:Programme), shared across documents.
    public static func programme(_ name: String) -> IRI {
        vgi("prog-" + String(SHA256.hex(name).prefix(16)))
    }

    /// The recogniser rule behind a fact.
    public static func rule(_ name: String) -> IRI { vgi("rule-" + name) }

    /// The data set of a report's observations.
    public static func dataSet(documentID: String) -> IRI { vgi("ds-" + documentID) }

    /// One observation; `key` is what tells it apart within its document.
    public static func observation(_ key: String) -> IRI { vgi("obs-" + short(key)) }

    /// A unit of measure, by its written form (人, %, 万元).
    public static func unit(_ text: String) -> IRI { vgi("unit-" + short(text)) }

    /// A task list of a policy.
    public static func taskList(documentID: String, list: String) -> IRI {
        vgi("list-\(documentID)-\(listSlug(list))")
    }

    /// One numbered row of a task list.
    public static func task(documentID: String, list: String, number: Int) -> IRI {
        vgi("task-\(documentID)-\(listSlug(list))-\(number)")
    }

    /// One quantified target; `key` is what tells it apart within its document.
    public static func target(_ key: String) -> IRI { vgi("target-" + short(key)) }

    /// A comparator concept (`cmp-ge`, `cmp-range` …).
    public static func comparator(_ slug: String) -> IRI { vgi("cmp-" + slug) }

    /// The comparison of a target with an observation.
    public static func comparison(target: Term, observation: Term) -> IRI {
        vgi("comparison-" + short("\(target)|\(observation)"))
    }

    /// A metric concept of `Ontology/metrics.ttl` (`metric-<slug>`).
    public static func metric(_ slug: String) -> IRI { vgi("metric-" + slug) }

    /// The slug of a list name in task IRIs: 8 hex digits of its SHA-256.
    public static func listSlug(_ name: String) -> String { String(SHA256.hex(name).prefix(8)) }

    private static func short(_ text: String) -> String { String(SHA256.hex(text).prefix(16)) }
}
