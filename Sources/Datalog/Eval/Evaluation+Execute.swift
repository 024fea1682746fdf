import RDF

/// Evidence of one step of a match, for explanations.
enum MatchEvidence {
    /// A tuple the step used.
    case fact(RelationID, [UInt32])
    /// A negated atom that held: its key columns (other columns `UInt32.max`).
    case absent(RelationID, [UInt32])
    /// An aggregate and the registers once it had run.
    case aggregate(AggregatePlan, [UInt32])
}

/// What one plan execution does with the matches of its body. Evaluation adds each head tuple;
/// an explanation stops at the first match built from earlier rounds and keeps its evidence. Both
/// run the same loops (`Evaluation.run`), specialised for each visitor, so answers and proofs
/// cannot disagree and evaluation pays nothing for explanations.
protocol MatchVisitor {
    /// Explanations visit candidate rows oldest first and aggregate groups in key order, and
    /// record the evidence of each step; evaluation does neither.
    static var recordsEvidence: Bool { get }
    /// Whether row `row` of `relation` may take part in a match.
    func admits(_ relation: Relation, row: Int) -> Bool
    mutating func push(_ evidence: MatchEvidence)
    mutating func pop()
    /// A whole body matched; true stops the search.
    mutating func matched(_ evaluation: Evaluation, _ context: inout Evaluation.ExecutionContext)
        throws(Diagnostic) -> Bool
}

/// Evaluation: every match adds its head tuple.
struct HeadEmitter: MatchVisitor {
    static var recordsEvidence: Bool { false }
    @inline(__always) func admits(_ relation: Relation, row: Int) -> Bool { true }
    @inline(__always) mutating func push(_ evidence: MatchEvidence) {}
    @inline(__always) mutating func pop() {}
    @inline(__always)
    mutating func matched(_ evaluation: Evaluation, _ context: inout Evaluation.ExecutionContext)
        throws(Diagnostic) -> Bool
    {
        try evaluation.emit(&context)
        return false
    }
}

/// Explanation: the first match whose derived tuples all come from rounds before `round`.
struct EarlierMatch: MatchVisitor {
    static var recordsEvidence: Bool { true }
    let round: UInt32
    var evidence: [MatchEvidence] = []

    func admits(_ relation: Relation, row: Int) -> Bool {
        relation.rule(ofRow: row) < 0 || relation.round(ofRow: row) < round
    }
    mutating func push(_ item: MatchEvidence) { evidence.append(item) }
    mutating func pop() { evidence.removeLast() }
    mutating func matched(_ evaluation: Evaluation, _ context: inout Evaluation.ExecutionContext)
        throws(Diagnostic) -> Bool
    { true }
}

extension Evaluation {
    /// Runs one rule plan over the current relations, adding new head tuples to `toAdd`.
    func execute(_ plan: RulePlan) throws(Diagnostic) {
        var emitter = HeadEmitter()
        _ = try withContext(plan, registers: []) { (context) throws(Diagnostic) in
            try run(&context, &emitter, 0)
        }
    }

    /// The first match of `plan`'s body (planned with the head's variables bound in
    /// `registers`) built only from tuples of rounds before `round`, with the evidence of each
    /// step; nil when there is none.
    func firstMatch(_ plan: RulePlan, registers: [UInt32], before round: UInt32)
        throws(Diagnostic) -> [MatchEvidence]?
    {
        var visitor = EarlierMatch(round: round)
        let found = try withContext(plan, registers: registers) { (context) throws(Diagnostic) in
            try run(&context, &visitor, 0)
        }
        return found ? visitor.evidence : nil
    }

    private func withContext(
        _ plan: RulePlan, registers initial: [UInt32],
        _ body: (inout ExecutionContext) throws(Diagnostic) -> Bool
    ) throws(Diagnostic) -> Bool {
        for (relation, columns) in plan.indexes { relations[relation].ensureIndex(columns) }
        var tables: [AggregateTable] = []
        for aggregate in plan.aggregates { tables.append(try table(for: aggregate)) }
        let count = max(1, plan.registerCount, initial.count)
        let registers = UnsafeMutablePointer<UInt32>.allocate(capacity: count)
        registers.initialize(repeating: 0, count: count)
        for (i, v) in initial.enumerated() { registers[i] = v }
        defer { registers.deallocate() }
        let head = relations[plan.head]
        let headBuffer = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, head.arity))
        defer { headBuffer.deallocate() }
        var headRegisters: [Int] = []
        for value in plan.headValues {
            if case .register(let r) = value { headRegisters.append(r) }
        }
        let simpleHead = headRegisters.count == plan.headValues.count
        let prepared = ContiguousArray(plan.steps.map { PreparedStep($0, relations: relations) })
        var context = ExecutionContext(
            plan: plan, steps: prepared, registers: registers, head: head, headBuffer: headBuffer,
            headRegisters: headRegisters, simpleHead: simpleHead, tables: tables,
            rule: Int32(plan.rule), round: round, registerCount: count)
        return try body(&context)
    }

    /// Everything one plan execution needs, passed down the nested loops.
    struct ExecutionContext {
        let plan: RulePlan
        let steps: ContiguousArray<PreparedStep>
        let registers: UnsafeMutablePointer<UInt32>
        let head: Relation
        let headBuffer: UnsafeMutablePointer<UInt32>
        let headRegisters: [Int]
        let simpleHead: Bool
        let tables: [AggregateTable]
        let rule: Int32
        let round: UInt32
        let registerCount: Int
    }

    @inline(__always)
    private func value(_ operand: Operand, _ registers: UnsafeMutablePointer<UInt32>) -> UInt32 {
        switch operand {
        case .register(let r): registers[r]
        case .constant(let c): c
        }
    }

    /// Applies column actions to row `row`; false when a check fails.
    @inline(__always)
    private func apply(
        _ actions: UnsafeMutableBufferPointer<ColumnAction>, row: Int, arity: Int,
        rows: UnsafeBufferPointer<UInt32>,
        _ registers: UnsafeMutablePointer<UInt32>
    ) -> Bool {
        let base = row * arity
        for c in 0..<actions.count {
            let v = rows[base + c]
            switch actions[c] {
            case .bind(let r): registers[r] = v
            case .check(let r): if registers[r] != v { return false }
            case .constant(let k): if k != v { return false }
            case .ignore: break
            }
        }
        return true
    }

    func emit(_ context: inout ExecutionContext) throws(Diagnostic) {
        let head = context.head
        let registers = context.registers
        if context.simpleHead {
            if head.arity == 2 {
                head.insertPair(
                    registers[context.headRegisters[0]], registers[context.headRegisters[1]],
                    rule: context.rule, round: context.round)
            } else {
                for (i, r) in context.headRegisters.enumerated() {
                    context.headBuffer[i] = registers[r]
                }
                head.insert(
                    UnsafeBufferPointer(start: context.headBuffer, count: head.arity),
                    rule: context.rule, round: context.round)
            }
        } else {
            for (i, value) in context.plan.headValues.enumerated() {
                context.headBuffer[i] = try evaluate(value, registers)
            }
            head.insert(
                UnsafeBufferPointer(start: context.headBuffer, count: head.arity),
                rule: context.rule, round: context.round)
        }
        checkCountdown -= 1
        if checkCountdown <= 0 {
            checkCountdown = 1 << 16
            try checkLimits()
        }
    }

    /// The nested loops of a plan from step `index`; true when the visitor stopped the search.
    private func run<V: MatchVisitor>(
        _ context: inout ExecutionContext, _ visitor: inout V, _ index: Int
    ) throws(Diagnostic) -> Bool {
        if index == context.steps.count {
            return try visitor.matched(self, &context)
        }
        let registers = context.registers
        unowned(unsafe) let step = context.steps[index]
        switch step.kind {
        case .scanAll, .scanRecent:
            let relation = step.relation
            let range = step.kind == .scanRecent ? relation.recentRange : 0..<relation.count
            let arity = relation.arity
            let actions = step.actions
            var stop = false
            try relation.withRows { (rows) throws(Diagnostic) in
                for row in range {
                    // Rows visited count towards the limit checks too, so a long join that
                    // derives nothing still meets --timeout.
                    checkCountdown -= 1
                    if checkCountdown <= 0 {
                        checkCountdown = 1 << 16
                        try checkLimits()
                    }
                    if apply(actions, row: row, arity: arity, rows: rows, registers),
                        visitor.admits(relation, row: row)
                    {
                        if V.recordsEvidence {
                            visitor.push(
                                .fact(
                                    step.relationID,
                                    Array(rows[(row * arity)..<(row * arity + arity)])))
                        }
                        if try run(&context, &visitor, index + 1) {
                            stop = true
                            return
                        }
                        if V.recordsEvidence { visitor.pop() }
                    }
                }
            }
            return stop
        case .probe:
            let relation = step.relation
            guard let hashIndex = step.index else { return false }
            let arity = relation.arity
            let actions = step.actions
            let keys = step.keys
            var key: UInt64
            var full: [UInt32] = []
            if keys.count == 1 {
                key = UInt64(value(keys[0], registers))
            } else {
                key = packPair(value(keys[0], registers), value(keys[1], registers))
                if keys.count > 2 { full = keys.map { value($0, registers) } }
            }
            var stop = false
            try relation.withRows { (rows) throws(Diagnostic) in
                var row = full.withUnsafeBufferPointer { f in
                    hashIndex.first(key, rows: rows, full: keys.count > 2 ? f : nil)
                }
                if V.recordsEvidence {
                    // Oldest first, so that a proof rests on the earliest tuples.
                    var chain: [UInt32] = []
                    while row != .max {
                        chain.append(row)
                        row = hashIndex.after(row)
                    }
                    for r in chain.reversed() {
                        let row = Int(r)
                        guard apply(actions, row: row, arity: arity, rows: rows, registers),
                            visitor.admits(relation, row: row)
                        else { continue }
                        visitor.push(
                            .fact(
                                step.relationID, Array(rows[(row * arity)..<(row * arity + arity)]))
                        )
                        if try run(&context, &visitor, index + 1) {
                            stop = true
                            return
                        }
                        visitor.pop()
                    }
                    return
                }
                while row != .max {
                    if apply(actions, row: Int(row), arity: arity, rows: rows, registers) {
                        if try run(&context, &visitor, index + 1) {
                            stop = true
                            return
                        }
                    }
                    row = hashIndex.after(row)
                }
            }
            return stop
        case .member:
            let relation = step.relation
            let keys = step.keys
            if V.recordsEvidence {
                let tuple = keys.map { value($0, registers) }
                guard let row = relation.row(of: tuple), visitor.admits(relation, row: row)
                else { return false }
                visitor.push(.fact(step.relationID, tuple))
                if try run(&context, &visitor, index + 1) { return true }
                visitor.pop()
                return false
            }
            let present: Bool
            if keys.count == 2 {
                present = relation.containsPair(
                    value(keys[0], registers), value(keys[1], registers))
            } else {
                let tuple = keys.map { value($0, registers) }
                present = tuple.withUnsafeBufferPointer { relation.contains($0) }
            }
            return present ? try run(&context, &visitor, index + 1) : false
        case .absent:
            let relation = step.relation
            let keys = step.keys
            var exists: Bool
            if relation.count == 0 {
                exists = false
            } else if step.fullyBound {
                let tuple = keys.map { value($0, registers) }
                exists = tuple.withUnsafeBufferPointer { relation.contains($0) }
            } else if keys.isEmpty {
                exists = relation.count > 0
            } else {
                guard let hashIndex = step.index else { return false }
                let tuple = keys.map { value($0, registers) }
                let key = keys.count == 1 ? UInt64(tuple[0]) : packPair(tuple[0], tuple[1])
                exists = relation.withRows { rows in
                    tuple.withUnsafeBufferPointer {
                        hashIndex.first(key, rows: rows, full: $0) != .max
                    }
                }
            }
            if exists { return false }
            if V.recordsEvidence, case .absent(_, let keyColumns, _, _) = step.step {
                var shown = [UInt32](repeating: .max, count: relation.arity)
                for (i, c) in keyColumns.enumerated() { shown[c] = value(keys[i], registers) }
                visitor.push(.absent(step.relationID, shown))
                if try run(&context, &visitor, index + 1) { return true }
                visitor.pop()
                return false
            }
            return try run(&context, &visitor, index + 1)
        case .other:
            break
        }
        switch step.step {
        case .scan, .probe, .member, .absent:
            return false
        case .filter(let op, let left, let right, let location):
            let a = try evaluate(left, registers)
            let b = try evaluate(right, registers)
            return try compare(op, a, b, at: location)
                ? try run(&context, &visitor, index + 1) : false
        case .test(let expression, let negated, let location):
            return try truth(expression, registers, at: location) != negated
                ? try run(&context, &visitor, index + 1) : false
        case .assign(let register, let expression):
            registers[register] = try evaluate(expression, registers)
            return try run(&context, &visitor, index + 1)
        case .aggregate(let a):
            let plan = context.plan.aggregates[a]
            let table = context.tables[a]
            func next(_ result: UInt32) throws(Diagnostic) -> Bool {
                if plan.resultBound {
                    if registers[plan.resultRegister] != result { return false }
                } else {
                    registers[plan.resultRegister] = result
                }
                if V.recordsEvidence {
                    visitor.push(
                        .aggregate(
                            plan,
                            Array(
                                UnsafeBufferPointer(start: registers, count: context.registerCount))
                        ))
                }
                if try run(&context, &visitor, index + 1) { return true }
                if V.recordsEvidence { visitor.pop() }
                return false
            }
            if plan.groupBound.allSatisfy({ $0 }) {
                let key = plan.groupRegisters.map { registers[$0] }
                guard let result = table.values[key] ?? table.emptyValue else { return false }
                return try next(result)
            }
            func visit(_ key: [UInt32], _ result: UInt32) throws(Diagnostic) -> Bool {
                for (i, r) in plan.groupRegisters.enumerated() {
                    if plan.groupBound[i] {
                        if registers[r] != key[i] { return false }
                    } else {
                        registers[r] = key[i]
                    }
                }
                return try next(result)
            }
            if V.recordsEvidence {
                for (key, result) in table.values.sorted(by: {
                    $0.key.lexicographicallyPrecedes($1.key)
                }) where try visit(key, result) {
                    return true
                }
                return false
            }
            for (key, result) in table.values where try visit(key, result) { return true }
            return false
        }
    }
}
