import CRaptor
import Foundation

/// The owner of one `raptor_world`. Raptor worlds are not thread-safe: each reader and writer
/// makes its own, so separate threads never share one.
final class RaptorWorld {
    let handle: OpaquePointer

    /// Opening and freeing go through ``RaptorLifecycle`` (libxml2's process-wide state); the
    /// worlds themselves are then used in parallel freely. Suspected cause of a rare "double free
    /// or corruption" in parallel test runs, not confirmed.
    init() throws(RaptorError) {
        handle = try RaptorLifecycle.serialized { () throws(RaptorError) -> OpaquePointer in
            guard let world = craptor_new_world() else {
                throw .failure("raptor: cannot create a world (out of memory?)")
            }
            guard raptor_world_open(world) == 0 else {
                raptor_free_world(world)
                throw .failure("raptor: cannot open the world")
            }
            return world
        }
    }

    deinit {
        let world = handle
        RaptorLifecycle.serialized { raptor_free_world(world) }
    }
}

/// A Raptor-owned URI, freed on deinit.
final class RaptorURI {
    let handle: OpaquePointer

    init(world: RaptorWorld, string: String) throws(RaptorError) {
        let made: OpaquePointer? = string.withCString { cString in
            cString.withMemoryRebound(to: UInt8.self, capacity: string.utf8.count + 1) {
                raptor_new_uri(world.handle, $0)
            }
        }
        guard let made else { throw .invalidTerm("raptor: cannot make a URI of <\(string)>") }
        handle = made
    }

    deinit { raptor_free_uri(handle) }
}
