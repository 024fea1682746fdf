import ArgumentParser
import Extraction
import Foundation

/// JSON output for the figure commands.
enum FigureInputs {
    /// Pretty, key-sorted JSON of `value`, with a final newline.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return (String(data: data, encoding: .utf8) ?? "") + "\n"
    }
}
