import Foundation

/// A plan step with its relation, index and column actions resolved once per execution, so the
/// join loops do no dictionary lookups and no reference counting on arrays.
final class PreparedStep {
    let step: Step
    let relation: Relation
    let index: HashIndex?
    let actions: UnsafeMutableBufferPointer<ColumnAction>
    let keys: UnsafeMutableBufferPointer<Operand>

    init(_ step: Step, relations: [Relation]) {
        self.step = step
        var relationID = 0
        var columns: [ColumnAction] = []
        var keyValues: [Operand] = []
        var keyColumns: [Int] = []
        switch step {
        case .scan(let r, _, let c):
            relationID = r
            columns = c
        case .probe(let r, let kc, let k, let c):
            relationID = r
            columns = c
            keyValues = k
            keyColumns = kc
        case .member(let r, let v):
            relationID = r
            keyValues = v
        case .absent(let r, let kc, let k, _):
            relationID = r
            keyValues = k
            keyColumns = kc
        default:
            break
        }
        relation = relations[relationID]
        index = keyColumns.isEmpty ? nil : relation.index(keyColumns)
        actions = UnsafeMutableBufferPointer(start: .allocate(capacity: max(1, columns.count)), count: columns.count)
        _ = actions.initialize(from: columns)
        keys = UnsafeMutableBufferPointer(start: .allocate(capacity: max(1, keyValues.count)), count: keyValues.count)
        _ = keys.initialize(from: keyValues)
    }

    deinit {
        actions.baseAddress?.deallocate()
        keys.baseAddress?.deallocate()
    }
}
