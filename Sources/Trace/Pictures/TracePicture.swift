/// The trace of one policy as an SVG picture: one box per task, grouped by task list.
///
/// Each box holds the task's full text wrapped to the box (Chinese breaks per character), its
/// responsible units, and on the right each target with the observed value and a status chip; the
/// box's stripe takes the colour of its most telling status (not met before not comparable before
/// met). Tasks without any data are folded into one line per list ("+ 41 项无数据任务") unless
/// `showAll` is set, so that a policy of 80 tasks with 5 measured ones reads as 5 boxes.
public struct TracePicture: Sendable {
    /// The rows of one policy (or of the whole graph: each policy then gets its own heading).
    public var rows: [TraceRow]
    /// A heading for the picture, usually the policy's title.
    public var title: String
    /// Draw no-data tasks as boxes instead of folding them into a count.
    public var showAll = false
    /// Keep only rows with one of these statuses (nil: all).
    public var statuses: Set<TraceStatus>?

    public init(
        rows: [TraceRow], title: String, showAll: Bool = false, statuses: Set<TraceStatus>? = nil
    ) {
        self.rows = rows
        self.title = title
        self.showAll = showAll
        self.statuses = statuses
    }

    /// One task box: the rows (targets) of one task.
    struct Task {
        var list: String
        var number: Int?
        var text: String
        var responsible: [String]
        var rows: [TraceRow]

        /// The status that colours the box: the most telling one of its rows.
        var status: TraceStatus {
            let statuses = Set(rows.map(\.status))
            for status in [TraceStatus.notMet, .notComparable, .met] where statuses.contains(status)
            {
                return status
            }
            return .noData
        }
    }

    /// Rows grouped into tasks, in the report's order; body goals are one task each.
    func tasks() -> [Task] {
        var tasks: [Task] = []
        for row in rows where statuses?.contains(row.status) ?? true {
            if let number = row.taskNo, let last = tasks.last, last.list == row.list,
                last.number == number
            {
                tasks[tasks.count - 1].rows.append(row)
                continue
            }
            tasks.append(
                Task(
                    list: row.list, number: row.taskNo,
                    text: row.taskText.isEmpty ? row.metric : row.taskText,
                    responsible: row.responsible, rows: [row]))
        }
        return tasks
    }

    // Layout, in pixels.
    static let width = 1000.0
    static let margin = 24.0
    static let textX = 76.0
    static let textWidth = 540.0
    static let valueX = 640.0
    static let valueWidth = 336.0
    static let textSize = 14.0
    static let lineHeight = 20.0

    /// The SVG text of the picture.
    public func svg() -> String {
        var canvas = SVGCanvas(width: Self.width)
        var y = Self.margin + 8
        for line in TextWrap.lines(title, width: Self.width - 2 * Self.margin, size: 18) {
            canvas.text(line, x: Self.margin, y: y + 10, size: 18, weight: "bold")
            y += 26
        }
        let all = tasks()
        var counts: [String] = []
        for status in StatusPalette.order {
            let n = all.filter { $0.status == status }.count
            if n > 0 { counts.append("\(StatusPalette.name(status)) \(n)") }
        }
        canvas.text(
            "\(all.count) 项任务与目标 tasks · " + counts.joined(separator: " · "),
            x: Self.margin, y: y + 6, size: 13, fill: "#555")
        y += 22
        y = legend(&canvas, y: y)
        let severalPolicies = Set(rows.map(\.policy)).count > 1
        var policy: String?
        var list: String?
        var folded = 0
        func fold() {
            guard folded > 0 else { return }
            canvas.beginGroup("class=\"folded\" data-count=\"\(folded)\"")
            canvas.text(
                "+ \(folded) 项无数据任务 tasks without data (not drawn)", x: Self.textX,
                y: y + 14, size: 13, fill: StatusPalette.colour(.noData))
            canvas.endGroup()
            y += 24
            folded = 0
        }
        for task in all {
            let rowPolicy = task.rows.first?.policy ?? ""
            if policy != rowPolicy || list != task.list {
                fold()
                y += 8
                // Several policies in one picture: each heading names its policy.
                let heading =
                    (severalPolicies ? rowPolicy + " · " : "")
                    + (task.list.isEmpty ? "正文目标 goals in the text" : task.list)
                canvas.text(heading, x: Self.margin, y: y + 16, size: 15, weight: "bold")
                canvas.line(
                    x1: Self.margin, y1: y + 24, x2: Self.width - Self.margin, y2: y + 24,
                    stroke: "#cccccc")
                y += 34
                policy = rowPolicy
                list = task.list
            }
            if task.status == .noData && !showAll && statuses == nil {
                folded += 1
                continue
            }
            y = box(&canvas, task, y: y)
        }
        fold()
        canvas.height = y + Self.margin
        return canvas.rendered(label: title)
    }

    /// The legend: one swatch per status.
    func legend(_ canvas: inout SVGCanvas, y: Double) -> Double {
        var x = Self.margin
        canvas.beginGroup("class=\"legend\"")
        canvas.text("图例 legend:", x: x, y: y + 14, size: 12, fill: "#555")
        x += 80
        for status in StatusPalette.order {
            canvas.rect(
                x: x, y: y + 3, width: 14, height: 14, fill: StatusPalette.fill(status),
                stroke: StatusPalette.colour(status), rx: 2)
            canvas.text(StatusPalette.name(status), x: x + 20, y: y + 14, size: 12)
            x += 28 + TextWrap.width(StatusPalette.name(status), size: 12)
        }
        canvas.endGroup()
        return y + 28
    }

    /// `目标 ≥ 80 %（2025 年）`.
    static func targetText(_ row: TraceRow) -> String {
        guard !row.target.isEmpty else { return "目标 target: 无数值 no figure" }
        let symbol: String
        switch row.comparator {
        case ">=": symbol = "≥ "
        case "<=": symbol = "≤ "
        case "~": symbol = "≈ "
        case "=": symbol = "= "
        default: symbol = ""
        }
        var text = "目标 target: \(symbol)\(row.target)\(row.unit)"
        if let deadline = row.deadline { text += "（\(deadline) 年）" }
        return text
    }

    /// `观测 observed: 72%（2024 年）` or `观测 observed: —`.
    static func observedText(_ row: TraceRow) -> String {
        guard let observed = row.observed else { return "观测 observed: —" }
        var text = "观测 observed: \(TraceReport.format(observed))\(row.unit)"
        if let year = row.observedYear { text += "（\(year) 年）" }
        return text
    }

    /// Draws one task box at `y` and returns the y below it.
    func box(_ canvas: inout SVGCanvas, _ task: Task, y top: Double) -> Double {
        let lines = TextWrap.lines(task.text, width: Self.textWidth, size: Self.textSize)
        let units =
            task.responsible.isEmpty
            ? []
            : TextWrap.lines(
                "责任单位：" + task.responsible.joined(separator: "、"), width: Self.textWidth,
                size: 12)
        // Each target takes three lines on the right: metric, target, observed + status.
        var valueLines: [(String, Double, String, String?)] = []
        for row in task.rows {
            for line in TextWrap.lines(row.metric, width: Self.valueWidth, size: 12, maxLines: 2) {
                valueLines.append((line, 12, "#555", nil))
            }
            valueLines.append((Self.targetText(row), 13, "#222", nil))
            valueLines.append((Self.observedText(row), 13, "#222", nil))
            // The source on a line of its own: a file name does not fit beside the value.
            if let source = row.observedSource {
                for line in TextWrap.lines("来源 source: " + source, width: Self.valueWidth, size: 11)
                {
                    valueLines.append((line, 11, "#666", nil))
                }
            }
            valueLines.append(
                (StatusPalette.name(row.status), 12, StatusPalette.colour(row.status), "bold"))
        }
        let leftHeight =
            Double(lines.count) * Self.lineHeight + Double(units.count) * 17 + 16
        let rightHeight = valueLines.reduce(0) { $0 + ($1.1 + 6) } + 16
        let height = max(leftHeight, rightHeight, 44)
        let status = task.status
        canvas.beginGroup(
            "class=\"task\" data-status=\"\(status.rawValue)\" data-number=\"\(task.number.map(String.init) ?? "")\""
        )
        canvas.title(task.text)
        canvas.rect(
            x: Self.margin, y: top, width: Self.width - 2 * Self.margin, height: height,
            fill: StatusPalette.fill(status), stroke: "#d0d0d0", rx: 4)
        canvas.rect(
            x: Self.margin, y: top, width: 6, height: height, fill: StatusPalette.colour(status))
        if let number = task.number {
            canvas.circle(x: Self.margin + 26, y: top + 20, radius: 13, fill: "#ffffff")
            canvas.text(
                String(number), x: Self.margin + 26, y: top + 25, size: 13, weight: "bold",
                anchor: "middle")
        }
        var y = top + 8
        for line in lines {
            y += Self.lineHeight
            canvas.text(line, x: Self.textX, y: y - 5, size: Self.textSize)
        }
        for line in units {
            y += 17
            canvas.text(line, x: Self.textX, y: y - 3, size: 12, fill: "#666")
        }
        canvas.line(
            x1: Self.valueX - 12, y1: top + 8, x2: Self.valueX - 12, y2: top + height - 8,
            stroke: "#d0d0d0")
        var vy = top + 8
        for (text, size, fill, weight) in valueLines {
            vy += size + 6
            canvas.text(text, x: Self.valueX, y: vy - 2, size: size, fill: fill, weight: weight)
        }
        canvas.endGroup()
        return top + height + 10
    }
}
