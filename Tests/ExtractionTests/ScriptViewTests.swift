import Foundation
import Testing

@testable import Extraction

/// Traditional characters: a text and its OpenCC conversion give the same organisations and
/// relations, each named as its own text writes it (`ScriptCases/`).
@Suite struct ScriptViewTests {
    static let root = TestSupport.packageRoot.appendingPathComponent(
        "Tests/ExtractionTests/ScriptCases")

    static func cases() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { !$0.hasSuffix(".md") }.sorted()
    }

    func report(_ name: String, _ file: String) throws -> (ExtractionReport, Document) {
        let path = Self.root.appendingPathComponent(name).appendingPathComponent(file).path
        let document = try Document(contentsOf: path)
        return (Extractor.standard.extract(document).report, document)
    }

    @Test(arguments: ScriptViewTests.cases())
    func traditionalGivesTheSameFacts(_ name: String) throws {
        let (simplified, _) = try report(name, "simplified.txt")
        let (traditional, text) = try report(name, "traditional.txt")
        let converter = ScriptConverter.standard
        func plain(_ s: String) -> String {
            var out = String.UnicodeScalarView()
            out.append(contentsOf: converter.simplified(Array(s.unicodeScalars)))
            return String(out)
        }
        #expect(!simplified.relations.isEmpty)
        #expect(
            simplified.entities.map { "\($0.type) \($0.name)" }
                == traditional.entities.map { "\($0.type) \(plain($0.name))" })
        #expect(
            simplified.relations.map { "\($0.type) \($0.subject) \($0.object) \($0.line)" }
                == traditional.relations.map {
                    "\($0.type) \(plain($0.subject)) \(plain($0.object)) \($0.line)"
                })
        // Names and quotes are those of the traditional text itself.
        for entity in traditional.entities {
            #expect(text.text.contains(entity.name), "\(entity.name) is not in the text")
        }
        for relation in traditional.relations {
            #expect(text.slice(relation.start, relation.end) == relation.evidence)
        }
    }

    @Test func simplifiedTextHasNoView() {
        let document = Document(name: "s.txt", text: "宁波职业技术学院与吉利汽车控股有限公司合作。")
        #expect(ScriptView(document) == nil)
        let mixed = Document(name: "m.txt", text: "香港專業教育學院與宁波职业技术学院合作。")
        let view = ScriptView(mixed)
        #expect(view?.view.text == "香港专业教育学院与宁波职业技术学院合作。")
        #expect(view?.view.scalars.count == mixed.scalars.count)
    }
}
