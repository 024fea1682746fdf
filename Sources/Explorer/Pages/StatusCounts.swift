import Trace

/// How many trace rows have each status, as a page shows it: `达成 met 2 · 未达成 not met 1`.
struct StatusCounts {
    var counts: [TraceStatus: Int] = [:]

    init(_ rows: [TraceRow]) {
        for row in rows { counts[row.status, default: 0] += 1 }
    }

    var html: String {
        StatusPalette.order.compactMap { status in
            guard let n = counts[status], n > 0 else { return nil }
            return "<span class=\"status status-\(status.rawValue)\">"
                + HTML.escape(StatusPalette.name(status)) + " \(n)</span>"
        }.joined(separator: " · ")
    }
}
