/// The colours and names of the trace statuses, the same in every picture and on the web pages.
public enum StatusPalette {
    /// The strong colour of a status (stripes, chips, legend swatches).
    public static func colour(_ status: TraceStatus) -> String {
        switch status {
        case .met: return "#1b7f3b"
        case .notMet: return "#c0392b"
        case .notComparable: return "#d68910"
        case .noData: return "#8c8c8c"
        }
    }

    /// The pale fill of a box with that status; text on it stays readable.
    public static func fill(_ status: TraceStatus) -> String {
        switch status {
        case .met: return "#e8f5ec"
        case .notMet: return "#fbeaea"
        case .notComparable: return "#fdf3e3"
        case .noData: return "#f3f3f3"
        }
    }

    /// `达成 met`: the Chinese name an analyst reads, then the word the CSV uses.
    public static func name(_ status: TraceStatus) -> String {
        switch status {
        case .met: return "达成 met"
        case .notMet: return "未达成 not met"
        case .notComparable: return "不可比 not comparable"
        case .noData: return "无数据 no data"
        }
    }

    /// The order of the legend and of the status filter.
    public static let order: [TraceStatus] = [.met, .notMet, .notComparable, .noData]
}
