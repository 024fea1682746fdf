import Foundation

/// A plan step with its relation, index and column actions resolved once per execution, so the
/// join loops do no dictionary lookups and no reference counting on arrays.
final class PreparedStep {
    /// What the step does, without payload, so that dispatch copies nothing.
    enum Kind { case scanAll, scanRecent, probe, member, absent, other }

    let step: Step
    let kind: Kind
    /// The relation the step reads (0 for steps that read none).
    let relationID: RelationID
    let fullyBound: Bool
    unowned(unsafe) let relation: Relation
    unowned(unsafe) let index: HashIndex?
    let actions: UnsafeMutableBufferPointer<ColumnAction>
    let keys: UnsafeMutableBufferPointer<Operand>

    init(_ step: Step, relations: [Relation]) {
        self.step = step
        var relationID = 0
        var columns: [ColumnAction] = []
        var keyValues: [Operand] = []
        var keyColumns: [Int] = []
        var kind = Kind.other
        var fullyBound = false
        switch step {
        case .scan(let r, let version, let c):
            relationID = r
            columns = c
            kind = version == .recent ? .scanRecent : .scanAll
        case .probe(let r, let kc, let k, let c):
            relationID = r
            columns = c
            keyValues = k
            keyColumns = kc
            kind = .probe
        case .member(let r, let v):
            relationID = r
            keyValues = v
            kind = .member
        case .absent(let r, let kc, let k, let full):
            relationID = r
            keyValues = k
            keyColumns = kc
            kind = .absent
            fullyBound = full
        default:
            break
        }
        self.kind = kind
        self.relationID = relationID
        self.fullyBound = fullyBound
        relation = relations[relationID]
        index = keyColumns.isEmpty ? nil : relation.index(keyColumns)
        actions = UnsafeMutableBufferPointer(
            start: .allocate(capacity: max(1, columns.count)), count: columns.count)
        _ = actions.initialize(from: columns)
        keys = UnsafeMutableBufferPointer(
            start: .allocate(capacity: max(1, keyValues.count)), count: keyValues.count)
        _ = keys.initialize(from: keyValues)
    }

    deinit {
        actions.baseAddress?.deallocate()
        keys.baseAddress?.deallocate()
    }
}
