import Foundation

/// Ctrl-C in the REPL: a flag raised by a key binding while a line is typed, and by a SIGINT
/// handler otherwise.
///
/// While `el_gets` edits a line, Ctrl-C is a key bound to end the line with the flag raised;
/// ``LineEditor/read()`` then reports ``LineEditor/Line/interrupted``. Between lines (a running
/// query) the terminal turns Ctrl-C into SIGINT, whose handler raises the same flag instead of
/// ending the process, so the session and its rules stay.
enum Interrupt {
    /// Set from the signal handler: a lock-free atomic flag is all a handler may touch.
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0
    nonisolated(unsafe) private static var previous = sigaction()

    static var happened: Bool { flag != 0 }

    static func reset() { flag = 0 }

    static func raise() { flag = 1 }

    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupt.flag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, &previous)
        // A parent may hand down SIGINT blocked (a test runner's worker thread does): a blocked
        // Ctrl-C would stay pending and the line would never end.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }

    static func restore() {
        sigaction(SIGINT, &previous, nil)
    }
}
