/// A resolved mention as the relation rules see it.
struct RelationSlot: Sendable {
    var entity: Int
    var type: OrganizationType
    var start: Int
    var end: Int
    var quoted: Bool
    /// Only present at the event (主办, 出席, 致辞, the venue of 在…举行): never a party.
    var presentOnly = false

    var range: Range<Int> { start..<end }
}
