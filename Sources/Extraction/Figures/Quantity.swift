/// A number found in text, with its unit and its scalar span.
public struct Quantity: Sendable, Equatable {
    /// The value (the lower bound for a range such as 6—8).
    public var value: Double
    /// The upper bound of a range, if the number was written as one.
    public var valueMax: Double?
    /// The canonical unit, if one follows the number.
    public var unit: String?
    /// Scalar offset of the first digit.
    public var start: Int
    /// Scalar offset just after the unit (or the last digit when there is no unit).
    public var end: Int
    /// A qualifier written between the number and the unit (余, 多), if any.
    public var qualifier: String?

    public init(
        value: Double, valueMax: Double? = nil, unit: String?, start: Int, end: Int,
        qualifier: String? = nil
    ) {
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.start = start
        self.end = end
        self.qualifier = qualifier
    }
}
