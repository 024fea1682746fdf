import RDF

/// The results of one aggregate, by group key (computed once its body relation is complete).
struct AggregateTable {
    var values: [[UInt32]: UInt32] = [:]
    /// The value for a group with no tuples: 0 for count and sum, none for min, max and mean.
    var emptyValue: UInt32?
}

extension Evaluation {
    /// Builds (or reuses) the table of an aggregate.
    /// - Complexity: O(n) over the body relation's tuples.
    func table(for plan: AggregatePlan) throws(Diagnostic) -> AggregateTable {
        let cacheKey =
            "\(plan.kind.rawValue)|\(plan.relation)|\(plan.groupColumns)|\(plan.targetColumn ?? -1)"
        if let cached = aggregateTables[cacheKey] { return cached }
        let relation = relations[plan.relation]
        var table = AggregateTable()
        switch plan.kind {
        case .count, .sum: table.emptyValue = terms.intern(Number.integer(0))
        case .countDistinct: table.emptyValue = terms.intern(Number.integer(0))
        case .min, .max, .mean: table.emptyValue = nil
        }
        let arity = relation.arity
        let count = relation.count
        if plan.groupColumns.isEmpty && plan.kind == .count {
            if count > 0 { table.values[[]] = terms.intern(Number.integer(count)) }
            aggregateTables[cacheKey] = table
            return table
        }
        var counts: [[UInt32]: Int] = [:]
        var distinct: [[UInt32]: Set<UInt32>] = [:]
        var sums: [[UInt32]: Number] = [:]
        var best: [[UInt32]: UInt32] = [:]
        try relation.withRows { (rows) throws(Diagnostic) in
            for row in 0..<count {
                let base = row * arity
                let key = plan.groupColumns.map { rows[base + $0] }
                switch plan.kind {
                case .count:
                    counts[key, default: 0] += 1
                case .countDistinct:
                    let v = plan.targetColumn.map { rows[base + $0] } ?? UInt32(row)
                    distinct[key, default: []].insert(v)
                case .sum, .mean:
                    guard let c = plan.targetColumn else { continue }
                    guard let n = terms.number(rows[base + c]) else {
                        throw Diagnostic.error(
                            "\(plan.kind.rawValue) over a value that is not a number: \(terms.term(rows[base + c]))",
                            at: plan.location)
                    }
                    sums[key] = try Evaluation.add(sums[key] ?? .integer(0), n, at: plan.location)
                    if plan.kind == .mean { counts[key, default: 0] += 1 }
                case .min, .max:
                    guard let c = plan.targetColumn else { continue }
                    let v = rows[base + c]
                    if let current = best[key] {
                        let less = termLess(v, current)
                        if (plan.kind == .min) == less && v != current { best[key] = v }
                    } else {
                        best[key] = v
                    }
                }
            }
        }
        if plan.kind == .mean {
            for (key, total) in sums {
                table.values[key] = terms.intern(
                    try Evaluation.arithmetic(
                        .divide, total, .integer(counts[key] ?? 1), at: plan.location))
            }
        } else {
            for (key, n) in counts { table.values[key] = terms.intern(Number.integer(n)) }
            for (key, n) in sums { table.values[key] = terms.intern(n) }
        }
        for (key, set) in distinct { table.values[key] = terms.intern(Number.integer(set.count)) }
        for (key, v) in best { table.values[key] = v }
        aggregateTables[cacheKey] = table
        return table
    }

    static func add(_ a: Number, _ b: Number, at location: SourceLocation) throws(Diagnostic)
        -> Number
    {
        try arithmetic(.add, a, b, at: location)
    }

    /// Order used by min, max and `<`: numbers by value, then terms by RDF term order.
    func termLess(_ a: UInt32, _ b: UInt32) -> Bool {
        if let x = terms.number(a), let y = terms.number(b) { return x.double < y.double }
        return terms.term(a) < terms.term(b)
    }
}
