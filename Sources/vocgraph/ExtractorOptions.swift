import ArgumentParser
import Extraction
import Foundation
import RDF
import RaptorIO

/// The options that shape extraction, shared by `extract` and `build`: a user's own lexicon
/// and corrections, read without rebuilding VocGraph.
struct ExtractorOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "An RDF file (Turtle, N-Triples, …) of your own organisations: each a vg:School, "
                + "vg:HigherEd, vg:Enterprise, vg:Alliance, vg:GovBody or vg:OtherOrganization "
                + "with a skos:prefLabel and any skos:altLabel (Examples/lexicon/).",
            valueName: "file"))
    var lexicon: [String] = []

    @Option(
        help: ArgumentHelp(
            "A file of corrections, one a line, tab-separated: merge NAME NAME, not NAME, "
                + "type NAME TYPE (Examples/lexicon/corrections.tsv).",
            valueName: "file"))
    var corrections: String?

    /// The extractor these options describe, with the standard figure recognisers or none.
    func extractor(figures: Bool = true) throws -> Extractor {
        var lexicon = Lexicon.standard
        if !self.lexicon.isEmpty {
            let graph = try GraphInputs.load(self.lexicon, format: nil)
            let own = try UserLexicon.organizations(in: graph, files: self.lexicon)
            lexicon = Lexicon(
                organizations: own + lexicon.organizations, regions: lexicon.regions)
        }
        var parsed = Corrections()
        if let corrections {
            let text: String
            do {
                text = try String(contentsOfFile: corrections, encoding: .utf8)
            } catch {
                throw ValidationError("\(corrections): cannot read the corrections file (\(error))")
            }
            do {
                parsed = try Corrections(parsing: text, file: corrections)
            } catch {
                throw ValidationError(error.description)
            }
        }
        return Extractor(
            lexicon: lexicon,
            figureRecognizers: figures ? Extractor.standardFigureRecognizers : [],
            corrections: parsed)
    }
}

/// The organisations of a user's lexicon graph.
enum UserLexicon {
    static let classes: [IRI: OrganizationType] = [
        Vocab.vg.School: .school, Vocab.vg.HigherEd: .higherEd, Vocab.vg.Enterprise: .enterprise,
        Vocab.vg.Alliance: .alliance, Vocab.vg.GovBody: .govBody,
        Vocab.vg.OtherOrganization: .other,
    ]

    /// Every subject typed with an organisation class, in subject order; one without a
    /// `skos:prefLabel` is an error naming it.
    static func organizations(in graph: Graph, files: [String]) throws -> [Lexicon.Organization] {
        var out: [Lexicon.Organization] = []
        let typed = graph.match(predicate: .iri(Vocab.rdf.type)).sorted()
        for triple in typed {
            guard case .iri(let classIRI) = triple.object, let type = classes[classIRI] else {
                continue
            }
            func labels(_ p: IRI) -> [String] {
                graph.match(subject: triple.subject, predicate: .iri(p)).compactMap {
                    if case .literal(let l) = $0.object { return l.lexical }
                    return nil
                }.sorted()
            }
            guard let pref = labels(Vocab.skos.prefLabel).first else {
                throw ValidationError(
                    "\(files.joined(separator: ", ")): \(triple.subject) is a \(type.rawValue) without a "
                        + "skos:prefLabel")
            }
            out.append(
                Lexicon.Organization(
                    type: type, prefLabel: pref, altLabels: labels(Vocab.skos.altLabel)))
        }
        return out
    }
}
