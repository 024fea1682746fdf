/// Whether a task's target is met by the figures reported since the policy.
public enum TraceStatus: String, Sendable, Codable, CaseIterable {
    /// The latest comparable observation reaches the target.
    case met
    /// Comparable observations exist and the latest does not reach the target.
    case notMet = "not-met"
    /// No observation of the target's metric in its region (or the task has no figure).
    case noData = "no-data"
    /// Observations exist, but none is about the whole region in the target's unit.
    case notComparable = "not-comparable"
}
