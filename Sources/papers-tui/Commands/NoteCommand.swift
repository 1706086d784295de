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
            guard let edited = try NoteEditing.edit(current) else {
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

/// The note in `$VISUAL` or `$EDITOR`, in a file of a private folder made for it and removed after.
enum NoteEditing {
    /// The text the editor left, or nil when it left the file as it was.
    static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) } ?? "vi"
        guard let words = try? BrowserCommand.words(editor), let program = words.first, !program.isEmpty else {
            throw CLIError("$EDITOR names no program it can start: set it (the note is unchanged)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-note-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("note.md")
        try (text.isEmpty ? "" : text + "\n").write(to: file, atomically: false, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = words + [file.path]
        do { try process.run() } catch {
            throw CLIError("cannot start \(Sanitize.terminalText(program)): set $EDITOR (the note is unchanged)")
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw CLIError("the editor (\(Sanitize.terminalText(program))) failed with exit status \(process.terminationStatus): the note is unchanged")
        }
        let edited = try String(contentsOf: file, encoding: .utf8)
        return PaperStoreNoteText.same(edited, text) ? nil : edited
    }
}

enum PaperStoreNoteText {
    static func same(_ edited: String, _ original: String) -> Bool {
        edited.trimmingCharacters(in: .newlines) == original.trimmingCharacters(in: .newlines)
    }
}
