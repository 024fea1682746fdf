import CRaptor
import Foundation

/// The owner of one `raptor_world`. Raptor worlds are not thread-safe: each reader and writer
/// makes its own, so separate threads never share one.
final class RaptorWorld {
    let handle: OpaquePointer

    /// Opening and freeing a world set up and tear down libxml2's process-wide state
    /// (`raptor_libxml_init` / `raptor_libxml_finish`), which is not safe from two threads at
    /// once; the worlds themselves are then used in parallel freely. Suspected cause of a rare
    /// "double free or corruption" in parallel test runs, not confirmed.
    private static let lifecycle = NSLock()

    init() throws(RaptorError) {
        RaptorWorld.lifecycle.lock()
        defer { RaptorWorld.lifecycle.unlock() }
        guard let world = craptor_new_world() else {
            throw .failure("raptor: cannot create a world (out of memory?)")
        }
        guard raptor_world_open(world) == 0 else {
            raptor_free_world(world)
            throw .failure("raptor: cannot open the world")
        }
        handle = world
    }

    deinit {
        RaptorWorld.lifecycle.lock()
        defer { RaptorWorld.lifecycle.unlock() }
        raptor_free_world(handle)
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
