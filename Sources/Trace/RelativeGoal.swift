import RDF

/// A target written relative to a base year (`vg:baseYear` with `vg:delta` + `vg:deltaUnit` or
/// `vg:factor`), as ``TraceReport`` computes it from the base year's observation:
/// `比2025年提高5个百分点` with 58 % in 2025 is a target of 63 %; `较上年增长10%` with 1200 人 the
/// year before is 1320 人; `翻一番` with 1200 人 is 2400 人; `不低于上年` is the base itself.
struct RelativeGoal: Equatable {
    var baseYear: Int
    var delta: Double?
    var deltaUnit: String?
    var factor: Double?

    /// The relative goal of `target`, or nil when it has no base year.
    init?(_ reader: GraphReader, target: Term) {
        guard let year = reader.int(target, .iri(Vocab.vg.baseYear)) else { return nil }
        baseYear = year
        delta = reader.double(target, .iri(Vocab.vg.delta))
        deltaUnit = reader.string(target, .iri(Vocab.vg.deltaUnit))
        factor = reader.double(target, .iri(Vocab.vg.factor))
    }

    /// Whether the goal asks for less than its base (下降2个百分点, a factor below one): its plain
    /// figure is then reached at or below the computed value.
    var isDecrease: Bool { (delta ?? 0) < 0 || (factor ?? 1) < 1 }

    /// Whether an observation in `unit` can be the base: percentage points only add to a
    /// percentage, an absolute change (增加200人) only to a figure in its own unit.
    func accepts(baseUnit unit: String) -> Bool {
        guard delta != nil, let deltaUnit else { return true }
        switch deltaUnit {
        case "个百分点": return unit == "%"
        case "%": return true
        default: return unit == deltaUnit
        }
    }

    /// The absolute target from the base's value, nil when the base's unit does not fit.
    func absolute(base: Double, unit: String) -> Double? {
        guard accepts(baseUnit: unit) else { return nil }
        var value = base * (factor ?? 1)
        if let delta {
            // 较上年增长10%: a growth rate of the base; 提高5个百分点 and 增加200人: added to it.
            value = deltaUnit == "%" ? base * (1 + delta / 100) : base + delta
        }
        // 1200 × 1.1 is 1320.0000000000002 in binary: a target is written to a few decimals.
        return (value * 1e6).rounded() / 1e6
    }

    /// How the computed value was reached: `2025年 58% +5个百分点`, `2024年 1200人 ×2`.
    func explanation(base: Double, unit: String) -> String {
        let start = "\(baseYear)年 \(TraceReport.format(base))\(unit)"
        if let delta {
            return start
                + " \(delta < 0 ? "−" : "+")\(TraceReport.format(abs(delta)))\(deltaUnit ?? "")"
        }
        return start + " ×\(TraceReport.format(factor ?? 1))"
    }
}
