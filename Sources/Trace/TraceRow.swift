/// One line of a trace: a task's target, who is responsible and what was observed.
///
/// Rows are equal when their trace columns are (what the CSV and JSON outputs hold): `taskText`
/// and `policyIRI` only feed pictures and links, so a row read back from JSON equals the original.
public struct TraceRow: Sendable, Equatable, Codable {
    /// The policy document (its label, usually the file name).
    public var policy: String
    /// The task list, or "" for a goal set in the policy's body text.
    public var list: String
    /// The task's number, or nil for a goal of the body text.
    public var taskNo: Int?
    /// The target's metric wording (the task's first clause when it has no figure).
    public var metric: String
    /// `>=`, `<=`, `=`, `~` or `range`; empty when the task has no figure.
    public var comparator: String
    /// The target value (`80`, `6–8`); empty when the task has no figure.
    public var target: String
    public var unit: String
    public var deadline: Int?
    /// Responsible units, lead units first.
    public var responsible: [String]
    /// The value of the observation the status rests on.
    public var observed: Double?
    public var observedYear: Int?
    /// The document the observation comes from.
    public var observedSource: String?
    public var status: TraceStatus
    /// Why a relative target has the status it has: how its value was computed from the base
    /// (`2025年 58% +5个百分点`) or what is missing (`no observation for the base year 2025`);
    /// nil for every other target. Written to JSON only when set.
    public var reason: String?
    /// The task's full wording (empty for a goal of the body text). Pictures wrap it; the CSV,
    /// markdown and JSON outputs leave it out, as they always have.
    public var taskText: String = ""
    /// The IRI of the policy document, for links (empty when unknown).
    public var policyIRI: String = ""

    enum CodingKeys: String, CodingKey {
        case policy, list, metric, comparator, target, unit, deadline, responsible, observed, status
        case reason
        case taskNo = "task_no"
        case observedYear = "observed_year"
        case observedSource = "observed_source"
    }

    public static func == (a: TraceRow, b: TraceRow) -> Bool {
        a.policy == b.policy && a.list == b.list && a.taskNo == b.taskNo && a.metric == b.metric
            && a.comparator == b.comparator && a.target == b.target && a.unit == b.unit
            && a.deadline == b.deadline && a.responsible == b.responsible
            && a.observed == b.observed && a.observedYear == b.observedYear
            && a.observedSource == b.observedSource && a.status == b.status && a.reason == b.reason
    }

    public init(
        policy: String, list: String, taskNo: Int?, metric: String, comparator: String,
        target: String,
        unit: String, deadline: Int?, responsible: [String], observed: Double?, observedYear: Int?,
        observedSource: String?, status: TraceStatus, taskText: String = "", policyIRI: String = ""
    ) {
        self.policy = policy
        self.list = list
        self.taskNo = taskNo
        self.metric = metric
        self.comparator = comparator
        self.target = target
        self.unit = unit
        self.deadline = deadline
        self.responsible = responsible
        self.observed = observed
        self.observedYear = observedYear
        self.observedSource = observedSource
        self.status = status
        self.taskText = taskText
        self.policyIRI = policyIRI
    }
}
