import Foundation
import GRDB

/// A note's versions behind the note shown, for the library. Each edit names the versions it was
/// made from; a version no known edit was made from is a head. The note shown is the heads' texts,
/// the latest first and each other under a marked line, so two machines that edited the same note
/// before either synced both keep both texts, and every machine that has read the same edits, in any
/// order, shows the same note. A head that took the note away shows nothing; an edit beside it stays.
enum NoteVersions {
    struct Head {
        var id: LibraryClock
        var text: String?
    }

    static func heads(of paperID: String, in db: Database) throws -> [Head] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT clock, device, text FROM note_version WHERE paper_id = ? AND superseded = 0 ORDER BY clock DESC, device DESC
            """), arguments: [paperID]).map { Head(id: LibraryClock(clock: $0["clock"], device: $0["device"]), text: $0["text"]) }
    }

    /// Adds an edit as a version (once: a version already known is left alone); returns whether it was new.
    @discardableResult
    static func add(_ edit: LibraryEvent, in db: Database) throws -> Bool {
        let known = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM note_version WHERE paper_id = ? AND clock = ? AND device = ?)
            """), arguments: [edit.paperID, edit.clock, edit.device]) ?? false
        guard !known else { return false }
        // An edit read after a later one made from it is superseded from the start.
        try db.cachedStatement(sql: """
            INSERT INTO note_version (paper_id, clock, device, text, superseded)
            VALUES (?, ?, ?, ?, EXISTS (SELECT 1 FROM note_base WHERE paper_id = ? AND base_clock = ? AND base_device = ?))
            """).execute(arguments: [edit.paperID, edit.clock, edit.device, edit.value, edit.paperID, edit.clock, edit.device])
        for base in edit.bases {
            try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO note_base (paper_id, base_clock, base_device, clock, device) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [edit.paperID, base.clock, base.device, edit.clock, edit.device])
            try db.cachedStatement(sql: "UPDATE note_version SET superseded = 1 WHERE paper_id = ? AND clock = ? AND device = ?")
                .execute(arguments: [edit.paperID, base.clock, base.device])
        }
        return true
    }

    /// Applies an edit read from another device's log; returns whether the note shown changed.
    static func apply(_ edit: LibraryEvent, in db: Database) throws -> Bool {
        guard try add(edit, in: db) else { return false }
        let shown = try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM note WHERE paper_id = ?"), arguments: [edit.paperID])
        let heads = try heads(of: edit.paperID, in: db)
        let text = rendered(heads)
        guard text != shown else { return false }
        let latest = heads.first.map { Date(timeIntervalSince1970: Double($0.id.clock) / 1000) } ?? Date()
        try write(text, for: edit.paperID, at: latest, in: db)
        return true
    }

    /// The note shown for these heads (latest first), or nil when none holds text.
    static func rendered(_ heads: [Head]) -> String? {
        let texts = heads.compactMap { head in head.text.map { (head.id, $0) } }
        guard let (_, first) = texts.first else { return nil }
        return texts.dropFirst().reduce(first) { note, other in
            let when = minuteFormat.string(from: Date(timeIntervalSince1970: Double(other.0.clock) / 1000))
            return note + "\n\n---\n_Also kept: this version was written on another machine (device \(other.0.device)) at \(when) UTC, "
                + "before the two were synced. Merge them by hand and delete this line._\n\n" + other.1
        }
    }

    /// The same on every machine: the text of a kept version must not depend on where it was merged.
    private static var minuteFormat: DateFormatter {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd HH:mm"
        return format
    }

    static func write(_ text: String?, for paperID: String, at date: Date, in db: Database) throws {
        if let text {
            try db.cachedStatement(sql: """
                INSERT INTO note (paper_id, text, updated_at) VALUES (?, ?, ?)
                ON CONFLICT(paper_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at
                """).execute(arguments: [paperID, text, StoredDate.value(date)])
        } else {
            try db.cachedStatement(sql: "DELETE FROM note WHERE paper_id = ?").execute(arguments: [paperID])
        }
    }

    /// When the library is first used: every note becomes a first version of this device, dated by
    /// its last edit, and is queued for the log.
    static func queueEveryNote(device: String, in db: Database) throws {
        let notes = try Row.fetchAll(db, sql: """
            SELECT paper_id, text, CAST((julianday(updated_at) - 2440587.5) * 86400000 AS INTEGER) AS clock FROM note ORDER BY paper_id
            """)
        for row in notes {
            let edit = LibraryEvent(device: device, clock: row["clock"], seq: 0, paperID: row["paper_id"], field: .note, value: row["text"])
            try add(edit, in: db)
            try db.execute(sql: "INSERT INTO library_outbox (paper_id, field, value, version, clock, bases) VALUES (?, 'note', ?, NULL, ?, '[]')",
                           arguments: [edit.paperID, edit.value, edit.clock])
        }
    }

    /// Every version, as edits, for a library export.
    static func all(in db: Database) throws -> [LibraryEvent] {
        let bases = try Row.fetchAll(db, sql: "SELECT paper_id, base_clock, base_device, clock, device FROM note_base")
        var basesOf: [String: [LibraryClock]] = [:]
        for row in bases {
            let key = "\(row["paper_id"] as String) \(row["clock"] as Int64) \(row["device"] as String)"
            basesOf[key, default: []].append(LibraryClock(clock: row["base_clock"], device: row["base_device"]))
        }
        return try Row.fetchAll(db, sql: "SELECT paper_id, clock, device, text FROM note_version ORDER BY paper_id, clock").map { row in
            let key = "\(row["paper_id"] as String) \(row["clock"] as Int64) \(row["device"] as String)"
            return LibraryEvent(device: row["device"], clock: row["clock"], seq: 0, paperID: row["paper_id"], field: .note,
                                value: row["text"], bases: basesOf[key] ?? [])
        }
    }
}
