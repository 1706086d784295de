import Foundation
import ReaderStore

/// `e`: the selected paper's note (Markdown) in `$VISUAL` or `$EDITOR` (else vi), in a file of a
/// private folder made for it and removed after; a changed file comes back to be saved.
enum NoteEditor {
    static func edit(paperID: String, text: String, terminal: any Terminal,
                     environment: [String: String] = ProcessInfo.processInfo.environment) -> Action {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) } ?? "vi"
        guard let words = try? BrowserCommand.words(editor), let program = words.first, !program.isEmpty else {
            return .failed("$EDITOR names no program it can start: set it (the note is unchanged)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-note-\(UUID().uuidString)")
        // Named after the paper, so the editor says whose note it is.
        let file = folder.appendingPathComponent("note-" + paperID.replacingOccurrences(of: "/", with: "_") + ".md")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try (text.isEmpty ? "" : text + "\n").write(to: file, atomically: false, encoding: .utf8)
        } catch {
            return .failed("cannot write the note for $EDITOR (\(error.localizedDescription)): the note is unchanged")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = Sanitize.terminalText((program as NSString).lastPathComponent)
        switch TerminalHandover.run(words + [file.path], terminal: terminal) {
        case .notStarted(let code):
            return .failed("cannot start \(name) (\(String(cString: strerror(code)))): set $EDITOR (the note is unchanged)")
        case .signalled(let signal):
            return .failed("the editor (\(name)) was stopped by signal \(signal): the note is unchanged")
        case .exited(127):
            return .failed("the editor \(name) was not found: set $EDITOR or $VISUAL (the note is unchanged)")
        case .exited(let status) where status != 0:
            return .failed("the editor (\(name)) failed with exit status \(status): the note is unchanged")
        case .exited:
            break
        }
        guard let edited = try? String(contentsOf: file, encoding: .utf8) else {
            return .failed("the editor left no note file: the note is unchanged")
        }
        if edited.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines) {
            return .noteLoaded(paperID: paperID, text: text.isEmpty ? nil : text)
        }
        return .noteEdited(paperID: paperID, text: edited)
    }
}
