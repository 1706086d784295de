import Foundation
import ReaderStore

/// `e`: the selected paper's note (Markdown) in the editor (`ExternalEditor`), in a file named after
/// the paper so the editor says whose note it is; a changed file comes back to be saved.
public enum NoteEditor {
    static func edit(paperID: String, text: String, terminal: any Terminal,
                     environment: [String: String] = ProcessInfo.processInfo.environment) -> Action {
        switch ExternalEditor.edit(text.isEmpty ? "" : text + "\n", fileName: fileName(paperID), folderPrefix: "papers-tui-note",
                                   terminal: terminal, environment: environment) {
        case .failure(let failure):
            return .failed(failure.sentence(subject: "note", unchanged: "the note is unchanged"))
        case .success(let edited):
            if edited.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines) {
                return .noteLoaded(paperID: paperID, text: text.isEmpty ? nil : text)
            }
            return .noteEdited(paperID: paperID, text: edited)
        }
    }

    /// Named after the paper, so the editor says whose note it is (`/` of an old-style id made `_`).
    public static func fileName(_ paperID: String) -> String {
        "note-" + paperID.replacingOccurrences(of: "/", with: "_") + ".md"
    }
}
