import Foundation

/// The one lock around opening and freeing Raptor worlds, shared with every library that opens
/// one (Rasqal opens its own inside `rasqal_world_open`).
///
/// Opening and freeing a world set up and tear down libxml2's process-wide state
/// (`raptor_libxml_init` / `raptor_libxml_finish`), which is not safe from two threads at once;
/// a `vocgraph sparql` run next to a Turtle load in another test thread would otherwise race.
public enum RaptorLifecycle {
    private static let lock = NSLock()

    /// Runs `body` while no other world is being opened or freed.
    public static func serialized<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
