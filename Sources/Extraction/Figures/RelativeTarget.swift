/// A goal written relative to a base year instead of as a value of its own: `比2023年提高5个百分点`
/// (base 2023, delta +5 个百分点), `较上年增长10%` (the year before, delta +10 %), `翻一番` (factor 2),
/// `不低于上年` (factor 1). The trace computes the absolute target once the base year's figure is
/// known, so the wording is kept as written rather than guessed into a value here.
///
/// In JSON: `{"base_year": 2023, "delta": 5, "unit": "个百分点"}` or `{"base_year": 2023, "factor": 2}`.
public struct RelativeTarget: Codable, Sendable, Equatable {
    /// The year whose figure the goal starts from (上年 resolved to a year).
    public var baseYear: Int
    /// The change from the base: positive for 提高/增长, negative for 降低/下降.
    public var delta: Double?
    /// The delta's unit: `个百分点` (added to a percentage), `%` (a growth rate of the base) or a
    /// unit of the base itself (`比2024年增加200人`).
    public var unit: String?
    /// A multiple of the base: 2 for 翻一番, 4 for 翻两番, 1 for 不低于上年.
    public var factor: Double?

    public init(baseYear: Int, delta: Double? = nil, unit: String? = nil, factor: Double? = nil) {
        self.baseYear = baseYear
        self.delta = delta
        self.unit = unit
        self.factor = factor
    }

    /// Whether the goal asks for less than the base (a decrease or a factor below one), which makes
    /// a plain figure an upper bound: `辍学率比2024年下降2个百分点` is reached at or below base − 2.
    public var isDecrease: Bool {
        (delta ?? 0) < 0 || (factor ?? 1) < 1
    }

    enum CodingKeys: String, CodingKey {
        case delta, unit, factor
        case baseYear = "base_year"
    }
}
