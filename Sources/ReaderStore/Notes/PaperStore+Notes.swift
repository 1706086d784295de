import Foundation
import GRDB

/// The user's own note on a paper (Markdown), kept in the cache and carried by the library log.
public struct Note: Hashable, Sendable {
    public var paperID: String
    public var text: String
    public var updatedAt: Date

    /// Longer notes are refused with a sentence: a note is a note, not a paper.
    public static let maximumCharacters = 32_000
}

extension PaperStore {
    /// The paper's note, or nil (none, or a cache older than notes opened read-only).
    public func note(for id: String) throws(StoreError) -> Note? {
        try read { db in
            guard try db.tableExists("note") else { return nil }
            return try Row.fetchOne(db, sql: "SELECT paper_id, text, updated_at FROM note WHERE paper_id = ?", arguments: [id]).map {
                Note(paperID: $0["paper_id"], text: $0["text"], updatedAt: StoredDate.date($0["updated_at"]) ?? Date())
            }
        }
    }

    /// Sets the paper's note; text that is only blank takes it away. Line ends become `\n` and
    /// control characters other than tab go (a note is shown in a terminal). With a library, the edit
    /// is a new version made from every version shown, queued for the log.
    public func setNote(_ text: String, for id: String, at date: Date = Date()) throws(StoreError) {
        let cleaned = Self.cleanNote(text)
        guard cleaned.count <= Note.maximumCharacters else {
            throw .invalid("the note is \(cleaned.count) characters long; a note holds at most \(Note.maximumCharacters): shorten it (nothing was saved)")
        }
        let value: String? = cleaned.allSatisfy(\.isWhitespace) ? nil : cleaned
        try write { db in
            let shown = try String.fetchOne(db, sql: "SELECT text FROM note WHERE paper_id = ?", arguments: [id])
            guard shown != value else { return }
            if let device = try String.fetchOne(db, sql: "SELECT device FROM library_device") {
                try db.execute(sql: "UPDATE library_device SET clock = MAX(clock + 1, \(LibrarySchema.nowMilliseconds))")
                let clock = try Int64.fetchOne(db, sql: "SELECT clock FROM library_device") ?? 0
                let bases = try NoteVersions.heads(of: id, in: db).map(\.id)
                let edit = LibraryEvent(device: device, clock: clock, seq: 0, paperID: id, field: .note, value: value, bases: bases)
                try NoteVersions.add(edit, in: db)
                try db.execute(sql: """
                    INSERT INTO library_outbox (paper_id, field, value, version, clock, bases) VALUES (?, 'note', ?, NULL, ?, ?)
                    """, arguments: [id, value, clock, LibraryClock.text(bases)])
            }
            try NoteVersions.write(value, for: id, at: date, in: db)
        }
    }

    /// How many papers have a note.
    public func notedCount() throws(StoreError) -> Int {
        try read { db in try db.tableExists("note") ? Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note") ?? 0 : 0 }
    }

    static func cleanNote(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var kept = String.UnicodeScalarView()
        for scalar in unified.unicodeScalars {
            let control = scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            if !control || scalar == "\n" || scalar == "\t" || scalar == "\u{200D}" { kept.append(scalar) }
        }
        var result = String(kept)
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}
