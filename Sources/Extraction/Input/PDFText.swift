import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text of a PDF, read with Poppler's `pdftotext -layout`, page by page.
///
/// `-layout` keeps table rows on one line with their columns aligned; the reader then turns
/// those aligned rows into tab-separated lines (as in the corpus texts), drops the page-number
/// lines at the top and bottom of pages, strips the layout's indentation from prose lines and
/// records the line each page starts at, so an evidence span can name its page. Sentences and
/// names broken across lines are joined later by `DocumentLayout`, as for any text.
public enum PDFText {
    /// The environment variable naming the `pdftotext` executable (default: found on PATH).
    public static let toolVariable = "VOCGRAPH_PDFTOTEXT"
    /// The environment variable giving the seconds pdftotext may run on one PDF (default 120).
    public static let timeoutVariable = "VOCGRAPH_PDF_TIMEOUT"

    /// How long pdftotext may run on one PDF before it is stopped.
    static var timeout: Double {
        let text = ProcessInfo.processInfo.environment[timeoutVariable] ?? ""
        guard let seconds = Double(text), seconds.isFinite, seconds > 0 else { return 120 }
        return seconds
    }

    /// The text and the 1-based start line of each page of the PDF at `path`.
    ///
    /// - Throws: `DocumentReadError.unsupported` when `pdftotext` is missing or fails, or when
    ///   the PDF has no text layer (a scan: VocGraph does no OCR).
    public static func read(path: String) throws(DocumentReadError) -> (String, [Int]) {
        guard let tool = executable() else {
            throw .unsupported(
                path,
                "is a PDF, and reading PDF needs pdftotext (Debian package poppler-utils: "
                    + "apt-get install poppler-utils, or scripts/setup.sh), which is not on PATH")
        }
        let output: String
        do {
            output = try run(tool, ["-layout", "-enc", "UTF-8", "-eol", "unix", path, "-"])
        } catch {
            throw .unsupported(path, "pdftotext cannot read this PDF: \(error.message)")
        }
        let pages = output.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map(String.init)
        let (text, starts) = assemble(pages)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw .unsupported(
                path,
                "the PDF has no text layer (a scanned image?); VocGraph does no OCR: "
                    + "run an OCR tool such as ocrmypdf first")
        }
        return (text, starts)
    }

    /// Joins the pages' texts into one document text; returns it with each page's start line.
    static func assemble(_ pages: [String]) -> (String, [Int]) {
        var lines: [String] = []
        var starts: [Int] = []
        var pageTexts = pages
        if let last = pageTexts.last, last.allSatisfy(\.isWhitespace), pageTexts.count > 1 {
            pageTexts.removeLast()  // the text after the last form feed
        }
        for page in pageTexts {
            var pageLines = page.split(separator: "\n", omittingEmptySubsequences: false)
                .map { trimTrailing(String($0)) }
            while let first = pageLines.first, first.isEmpty { pageLines.removeFirst() }
            while let last = pageLines.last, last.isEmpty { pageLines.removeLast() }
            if let first = pageLines.first, isPageNumber(first) { pageLines.removeFirst() }
            if let last = pageLines.last, isPageNumber(last) { pageLines.removeLast() }
            while let last = pageLines.last, last.isEmpty { pageLines.removeLast() }
            starts.append(lines.count + 1)
            lines += pageLines
        }
        joinSplitNumbers(&lines, &starts)
        let raw = Document(name: "", text: lines.joined(separator: "\n"))
        let aligned = AlignedColumns(raw)
        var out: [String] = []
        out.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if let cells = aligned.rows[index + 1] {
                out.append(
                    cells.map { raw.slice($0.lowerBound, $0.upperBound) }.joined(
                        separator: "\t"))
            } else {
                out.append(String(line.drop(while: { $0 == " " || $0 == "\u{3000}" })))
            }
        }
        return (out.joined(separator: "\n") + "\n", starts)
    }

    /// A document number (粤府〔2020〕63号) that a line break of the layout cuts in two.
    static let numberPattern = try? NSRegularExpression(
        pattern: "\\p{Han}{1,8}[〔\\[［【(（][0-9]{4}[〕\\]］】)）][0-9]{1,4}号")

    /// Joins two prose lines where the break between them cuts a document number, so that it
    /// reads as in the text and DOCX copies (`…（粤府` / `〔2020〕63号）…`); page starts shift.
    static func joinSplitNumbers(_ lines: inout [String], _ starts: inout [Int]) {
        guard let pattern = numberPattern else { return }
        var index = 0
        while index + 1 < lines.count {
            let (a, b) = (lines[index], lines[index + 1])
            let tail = String(a.suffix(14))
            let head = String(b.drop(while: { $0 == " " || $0 == "\u{3000}" }).prefix(16))
            let window = tail + head
            let boundary = (tail as NSString).length
            let range = NSRange(location: 0, length: (window as NSString).length)
            let crosses = pattern.matches(in: window, range: range).contains {
                $0.range.location < boundary && $0.range.location + $0.range.length > boundary
            }
            guard crosses, !a.contains("  "), !b.contains("  "), !a.hasSuffix(" ") else {
                index += 1
                continue
            }
            lines[index] = a + b.drop(while: { $0 == " " || $0 == "\u{3000}" })
            lines.remove(at: index + 1)
            // Pages that start after the removed line start one line earlier.
            for p in starts.indices where starts[p] > index + 1 { starts[p] -= 1 }
        }
    }

    static func trimTrailing(_ line: String) -> String {
        var scalars = Substring(line).unicodeScalars
        while let last = scalars.last, last == " " || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }

    /// `3`, `- 3 -`, `— 3 —`, `第 3 页`, `3 / 12`: a page number line (the first or last of a page).
    static func isPageNumber(_ line: String) -> Bool {
        let t = line.filter { !$0.isWhitespace }
        guard !t.isEmpty, t.count <= 12 else { return false }
        var core = Substring(t)
        for (open, close) in [("-", "-"), ("—", "—"), ("–", "–"), ("第", "页"), ("·", "·")]
        where core.hasPrefix(open) && core.hasSuffix(close) && core.count > 2 {
            core = core.dropFirst().dropLast()
        }
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        // Up to three digits: a year alone on a line (2025) is not a page number.
        return parts.count <= 2
            && parts.allSatisfy { part in
                (1...3).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber }
            }
    }

    /// The `pdftotext` to run: `$VOCGRAPH_PDFTOTEXT`, else the first on PATH.
    static func executable() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment[toolVariable], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(directory) + "/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A failed run of the tool: its first line of stderr, or its status.
    struct ToolError: Error {
        var message: String
    }

    /// Runs `tool` and returns its standard output as UTF-8 (invalid bytes replaced).
    static func run(_ tool: String, _ arguments: [String]) throws(ToolError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ToolError(message: "cannot run \(tool) (\(error.localizedDescription))")
        }
        // Read stderr on another thread so that neither pipe fills up while the other is read.
        let errorData = ErrorBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.set(err.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        // A PDF that makes pdftotext spin is stopped after `timeout` seconds.
        let stopped = ErrorBox()
        let watchdog = DispatchWorkItem {
            if process.isRunning {
                stopped.set(Data([1]))
                // SIGKILL: a SIGTERM that the parent ignores stays ignored in the child.
                kill(process.processIdentifier, SIGKILL)
            }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        if !stopped.get().isEmpty {
            throw ToolError(
                message:
                    "pdftotext ran longer than \(timeout) s and was stopped (\(timeoutVariable))")
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let first = String(decoding: errorData.get(), as: UTF8.self)
                .split(separator: "\n").first.map(String.init)
            let status =
                process.terminationReason == .exit
                ? "exit status \(process.terminationStatus)"
                : "killed by signal \(process.terminationStatus)"
            throw ToolError(message: first.map { "\($0) (\(status))" } ?? status)
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Holds the stderr bytes read on another thread.
///
/// `@unchecked Sendable` is safe: `data` is only touched while holding `lock`.
private final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) {
        lock.lock()
        defer { lock.unlock() }
        data = value
    }
    func get() -> Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
