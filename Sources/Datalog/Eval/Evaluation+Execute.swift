import RDF

extension Evaluation {
    /// Runs one rule plan over the current relations, adding new head tuples to `toAdd`.
    func execute(_ plan: RulePlan) throws(Diagnostic) {
        for (relation, columns) in plan.indexes { relations[relation].ensureIndex(columns) }
        var tables: [AggregateTable] = []
        for aggregate in plan.aggregates { tables.append(try table(for: aggregate)) }
        let registers = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, plan.registerCount))
        registers.initialize(repeating: 0, count: max(1, plan.registerCount))
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
            rule: Int32(plan.rule), round: round)
        try run(&context, 0)
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

    private func emit(_ context: inout ExecutionContext) throws(Diagnostic) {
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

    private func run(_ context: inout ExecutionContext, _ index: Int) throws(Diagnostic) {
        if index == context.steps.count {
            try emit(&context)
            return
        }
        let registers = context.registers
        unowned(unsafe) let step = context.steps[index]
        switch step.kind {
        case .scanAll, .scanRecent:
            let relation = step.relation
            let range = step.kind == .scanRecent ? relation.recentRange : 0..<relation.count
            let arity = relation.arity
            let actions = step.actions
            try relation.withRows { (rows) throws(Diagnostic) in
                for row in range {
                    // Rows visited count towards the limit checks too, so a long join that
                    // derives nothing still meets --timeout.
                    checkCountdown -= 1
                    if checkCountdown <= 0 {
                        checkCountdown = 1 << 16
                        try checkLimits()
                    }
                    if apply(actions, row: row, arity: arity, rows: rows, registers) {
                        try run(&context, index + 1)
                    }
                }
            }
            return
        case .probe:
            let relation = step.relation
            guard let hashIndex = step.index else { return }
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
            try relation.withRows { (rows) throws(Diagnostic) in
                var row = full.withUnsafeBufferPointer { f in
                    hashIndex.first(key, rows: rows, full: keys.count > 2 ? f : nil)
                }
                while row != .max {
                    if apply(actions, row: Int(row), arity: arity, rows: rows, registers) {
                        try run(&context, index + 1)
                    }
                    row = hashIndex.after(row)
                }
            }
            return
        case .member:
            let relation = step.relation
            let keys = step.keys
            let present: Bool
            if keys.count == 2 {
                present = relation.containsPair(
                    value(keys[0], registers), value(keys[1], registers))
            } else {
                let tuple = keys.map { value($0, registers) }
                present = tuple.withUnsafeBufferPointer { relation.contains($0) }
            }
            if present { try run(&context, index + 1) }
            return
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
                guard let hashIndex = step.index else { return }
                let tuple = keys.map { value($0, registers) }
                let key = keys.count == 1 ? UInt64(tuple[0]) : packPair(tuple[0], tuple[1])
                exists = relation.withRows { rows in
                    tuple.withUnsafeBufferPointer {
                        hashIndex.first(key, rows: rows, full: $0) != .max
                    }
                }
            }
            if !exists { try run(&context, index + 1) }
            return
        case .other:
            break
        }
        switch step.step {
        case .scan, .probe, .member, .absent:
            return
        case .filter(let op, let left, let right, let location):
            let a = try evaluate(left, registers)
            let b = try evaluate(right, registers)
            if try compare(op, a, b, at: location) { try run(&context, index + 1) }
        case .test(let expression, let negated, let location):
            if try truth(expression, registers, at: location) != negated {
                try run(&context, index + 1)
            }
        case .assign(let register, let expression):
            registers[register] = try evaluate(expression, registers)
            try run(&context, index + 1)
        case .aggregate(let a):
            let plan = context.plan.aggregates[a]
            let table = context.tables[a]
            if plan.groupBound.allSatisfy({ $0 }) {
                let key = plan.groupRegisters.map { registers[$0] }
                guard let result = table.values[key] ?? table.emptyValue else { return }
                if plan.resultBound {
                    if registers[plan.resultRegister] == result { try run(&context, index + 1) }
                } else {
                    registers[plan.resultRegister] = result
                    try run(&context, index + 1)
                }
                return
            }
            for (key, result) in table.values {
                var ok = true
                for (i, r) in plan.groupRegisters.enumerated() {
                    if plan.groupBound[i] {
                        if registers[r] != key[i] { ok = false }
                    } else {
                        registers[r] = key[i]
                    }
                }
                if plan.resultBound {
                    if registers[plan.resultRegister] != result { ok = false }
                } else {
                    registers[plan.resultRegister] = result
                }
                if ok { try run(&context, index + 1) }
            }
        }
    }
}
