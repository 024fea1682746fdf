import CEditLine
import Foundation

/// Line editing and history for an interactive terminal, through libedit: the owner of one
/// `EditLine` and its `History`.
///
/// Arrow keys move and recall earlier lines, Ctrl-R searches them (emacs bindings, or the user's
/// `~/.editrc`). Ctrl-C while a line is being typed cancels that line only: ``read()`` returns
/// ``Line/interrupted`` and the caller forgets what was pending.
public final class LineEditor {
    /// What one ``read()`` gives.
    public enum Line: Equatable, Sendable {
        case text(String)
        /// Ctrl-C: the line being typed is dropped.
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case end
    }

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    /// The prompt as a C string the prompt callback hands to libedit (kept until replaced).
    private var promptText: UnsafeMutablePointer<CChar>
    /// Where history is kept between sessions, if anywhere.
    private let historyFile: String?

    /// The prompt shown before the next line.
    public var prompt: String {
        didSet {
            guard let made = strdup(prompt) else { return }
            free(promptText)
            promptText = made
        }
    }

    /// - Parameters:
    ///   - program: the name libedit looks up in `~/.editrc` (`vocgraph`).
    ///   - historyFile: read at start and written at the end (nil: history for this session only).
    /// - Returns: nil when the terminal cannot be set up (the caller reads plain lines).
    public init?(program: String, historyFile: String?) {
        guard let input = fdopen(dup(STDIN_FILENO), "r") else { return nil }
        guard let output = fdopen(dup(STDOUT_FILENO), "w") else {
            fclose(input)
            return nil
        }
        guard let editor = el_init(program, input, output, output) else {
            fclose(input)
            fclose(output)
            return nil
        }
        guard let history = history_init() else {
            el_end(editor)
            fclose(input)
            fclose(output)
            return nil
        }
        self.editor = editor
        self.history = history
        self.input = input
        self.output = output
        self.historyFile = historyFile
        self.prompt = ""
        self.promptText = strdup("") ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        cedit_history_set_size(history, 1000)
        cedit_history_set_unique(history, 1)
        if let historyFile { cedit_history_load(history, historyFile) }
        cedit_set_editor(editor, "emacs")
        cedit_set_history(editor, history)
        // The callback finds this object through the editor's client data; `self` outlives
        // every call, which happen only inside `el_gets` below.
        cedit_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        cedit_set_prompt(editor) { editor in
            guard let editor, let data = cedit_client_data(editor) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptText
        }
        cedit_source_editrc(editor)
        // In edit mode libedit reads Ctrl-C as a key (the terminal sends no SIGINT then): bound
        // here, it ends the line at once with the flag raised.
        cedit_bind(editor, "^C", "vocgraph-interrupt", "drop the line being typed") { _, _ in
            Interrupt.raise()
            return UInt8(CC_NEWLINE)
        }
        Interrupt.install()
    }

    /// Reads one line (without its newline), recalling and editing earlier ones on request.
    public func read() -> Line {
        Interrupt.reset()
        var count: Int32 = 0
        let line = el_gets(editor, &count)
        if Interrupt.happened {
            fputs("^C\n", output)
            fflush(output)
            return .interrupted
        }
        guard let line, count > 0 else { return .end }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .text(text)
    }

    /// True once Ctrl-C was pressed since the last ``read()``: a running query polls it to stop
    /// early (the session, and its rules, stay).
    public static var interruptRequested: Bool { Interrupt.happened }

    /// Adds a line to the history that the up arrow recalls.
    public func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        cedit_history_enter(history, line)
    }

    deinit {
        if let historyFile { cedit_history_save(history, historyFile) }
        el_end(editor)
        history_end(history)
        fclose(input)
        fclose(output)
        free(promptText)
        Interrupt.restore()
    }
}
