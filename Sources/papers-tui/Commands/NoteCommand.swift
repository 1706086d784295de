import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

/// `papers-tui note`: the user's own note on a paper (Markdown), carried by the library log.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Print, set or edit your note on a paper.",
        discussion: "With neither --set nor --edit, prints the note. `--set \"\"` takes it away."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "An arXiv id or URL, or a venue paper's id.")
    var id: String

    @Option(help: "The note's new text (Markdown).")
    var set: String?

    @Flag(help: "Edit the note in $VISUAL or $EDITOR (else vi).")
    var edit = false

    @Flag(help: "Print {\"id\", \"note\", \"updated_at\"} (note null when there is none).")
    var json = false

    func run() throws {
        let paperID = try PaperIDArgument.parse(id)
        guard set == nil || !edit else { throw CLIError("give --set TEXT or --edit, not both") }
        let paperStore = try store.openStore()
        if let set {
            try paperStore.setNote(set, for: paperID)
        } else if edit {
            let current = try paperStore.note(for: paperID)?.text ?? ""
            guard let edited = try NoteEditing.edit(current, paperID: paperID) else {
                Output.line("note on \(paperID) unchanged")
                return
            }
            try paperStore.setNote(edited, for: paperID)
        }
        let note = try paperStore.note(for: paperID)
        if json {
            let object: [String: Any] = ["id": paperID, "note": note?.text ?? NSNull(),
                                         "updated_at": note.map { ISO8601DateFormatter().string(from: $0.updatedAt) } ?? NSNull()]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            Output.line(String(decoding: data, as: UTF8.self))
        } else if set != nil || edit {
            Output.line(note == nil ? "no note on \(paperID) now" : "note on \(paperID) saved (\(note?.text.count ?? 0) characters)")
        } else if let note {
            Output.line(CLIText.paragraphs(note.text))
        } else {
            Output.line("no note on \(paperID): `papers-tui note \(paperID) --edit` writes one")
        }
    }
}

/// The note in `$VISUAL` or `$EDITOR`, as the reader's `e` edits it.
enum NoteEditing {
    /// The text the editor left, or nil when it left the file as it was.
    static func edit(_ text: String, paperID: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        switch ExternalEditor.edit(text.isEmpty ? "" : text + "\n", fileName: NoteEditor.fileName(paperID), folderPrefix: "papers-tui-note",
                                   terminal: nil, environment: environment) {
        case .failure(let failure):
            throw CLIError(failure.sentence(subject: "note", unchanged: "the note is unchanged"))
        case .success(let edited):
            return edited.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines) ? nil : edited
        }
    }
}
