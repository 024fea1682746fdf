import Explorer
import Extraction
import Foundation

/// The source documents of a folder, read as the extractor reads them (so line numbers agree).
struct DocumentTexts: SourceTexts {
    /// File name → lines.
    let files: [String: [String]]

    init(folder: String) throws {
        let url = URL(fileURLWithPath: folder)
        var files: [String: [String]] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let kinds: Set<String> = ["txt", "pdf", "docx"]
        for name in names
        where kinds.contains(URL(fileURLWithPath: name).pathExtension.lowercased()) {
            let document = try Document(contentsOf: url.appendingPathComponent(name).path)
            files[name] = (0..<document.lineCount).map { document.lineText($0 + 1) }
        }
        self.files = files
    }

    func lines(ofDocument label: String) -> [String]? { files[label] }
}
