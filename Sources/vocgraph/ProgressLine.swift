import Foundation

/// A one-line progress report on a terminal's standard error, rewritten in place:
/// `extracting 120/400 documents · 35.2/s · 8 s left`. Silent when standard error is not a
/// terminal (logs and pipes get the summary only).
final class ProgressLine: @unchecked Sendable {
    // Safe: every mutable field is touched only while holding `lock` (updates come from the
    // extraction threads).
    private let lock = NSLock()
    private let verb: String
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false
    let isShown: Bool

    /// - Parameter verb: what is being done (`extracting`).
    init(_ verb: String, enabled: Bool = isatty(STDERR_FILENO) != 0) {
        self.verb = verb
        self.isShown = enabled
    }

    /// Reports `done` of `total` items, at most ten times a second (and always the last).
    func update(done: Int, total: Int) {
        guard isShown else { return }
        lock.withLock {
            let now = Date()
            guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
            lastDrawn = now
            drawn = true
            CLI.printErr(
                "\r\u{1B}[K" + ProgressLine.text(verb, done, total, now.timeIntervalSince(start)))
        }
    }

    /// Ends the line (the summary starts on a fresh one).
    func finish() {
        lock.withLock { if drawn { CLI.printErr("\n") } }
    }

    /// `extracting 120/400 documents · 35.2/s · 8 s left` after `seconds`.
    static func text(_ verb: String, _ done: Int, _ total: Int, _ seconds: Double) -> String {
        var text = "\(verb) \(done)/\(total) documents"
        guard seconds > 0, done > 0 else { return text }
        let rate = Double(done) / seconds
        text += String(format: " · %.1f/s", rate)
        if done < total {
            let left = Int((Double(total - done) / rate).rounded(.up))
            text += left >= 60 ? " · \(left / 60) min \(left % 60) s left" : " · \(left) s left"
        } else {
            text += String(format: " · %.1f s", seconds)
        }
        return text
    }
}
