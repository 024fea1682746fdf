import CRasqal
import RaptorIO

/// The owner of one `rasqal_world` and of the messages Rasqal logs into it.
///
/// Each query run makes its own world (Rasqal worlds are not thread-safe). `rasqal_world_open`
/// opens a Raptor world of its own, which sets up libxml2's process-wide state, so opening and
/// freeing go through ``RaptorLifecycle``, the lock RaptorIO's own worlds take.
final class RasqalWorld {
    let handle: OpaquePointer
    /// Messages logged by Rasqal and the Raptor parser under it, kept by the log handler.
    let log = RasqalLog()

    init() throws(SPARQLError) {
        let made = RaptorLifecycle.serialized { () -> OpaquePointer? in
            guard let world = rasqal_new_world() else { return nil }
            guard rasqal_world_open(world) == 0 else {
                rasqal_free_world(world)
                return nil
            }
            return world
        }
        guard let made else {
            throw SPARQLError(.library, file: "rasqal", message: "cannot open a Rasqal world")
        }
        handle = made
        // The world holds `log` strongly, and Rasqal calls the handler only from inside calls
        // made on this world (prepare, execute, reading results), so the unretained pointer is
        // valid whenever it is used.
        rasqal_world_set_log_handler(handle, Unmanaged.passUnretained(log).toOpaque()) {
            context, message in
            guard let context, let message else { return }
            let log = Unmanaged<RasqalLog>.fromOpaque(context).takeUnretainedValue()
            log.keep(message.pointee)
        }
    }

    /// The Raptor world Rasqal opened (for iostreams and URIs); owned by this world.
    var raptor: OpaquePointer { rasqal_world_get_raptor(handle) }

    deinit {
        let world = handle
        RaptorLifecycle.serialized { rasqal_free_world(world) }
    }
}

/// Messages from Rasqal's log handler: copied out of the borrowed `raptor_log_message` at once.
final class RasqalLog {
    struct Message {
        var isError: Bool
        var line: Int?
        var column: Int?
        var text: String
    }

    private(set) var messages: [Message] = []

    /// The first error, if any.
    var firstError: Message? { messages.first(where: \.isError) }

    func keep(_ message: raptor_log_message) {
        let text = message.text.map { String(cString: $0) } ?? "unknown error"
        let line = message.locator.map { Int($0.pointee.line) }.flatMap { $0 > 0 ? $0 : nil }
        let column = message.locator.map { Int($0.pointee.column) }.flatMap { $0 > 0 ? $0 : nil }
        let isError = message.level.rawValue >= RAPTOR_LOG_LEVEL_ERROR.rawValue
        messages.append(Message(isError: isError, line: line, column: column, text: text))
    }

    func clear() { messages = [] }
}
