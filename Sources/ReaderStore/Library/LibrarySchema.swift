import GRDB

/// The tables and triggers that log every change to a mark for the library folder.
///
/// Triggers, not Swift, record the changes: every way a mark is written (a key, a CLI command, a bulk
/// `A`, a recovery, another process) is logged in the transaction that writes it, so a change is
/// logged exactly when it is kept. Nothing is logged until the library is enabled (a device row
/// exists), and nothing while other devices' changes are being applied (`applying`).
enum LibrarySchema {
    /// The mark columns the library carries, by the field name its log uses.
    static let fields: [(field: LibraryField, column: String)] = [
        (.star, "starred_at"), (.read, "read_at"), (.seen, "seen_at"), (.dismissed, "dismissed_at"),
    ]

    static func create(_ db: Database) throws {
        // `clock` is this device's hybrid logical clock in milliseconds: never behind the wall clock,
        // never behind a change read from another device, one more for every change logged.
        try db.execute(sql: """
            CREATE TABLE library_device (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                device TEXT NOT NULL,
                clock INTEGER NOT NULL,
                applying INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE library_outbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                paper_id TEXT NOT NULL,
                field TEXT NOT NULL,
                value TEXT,
                version INTEGER,
                clock INTEGER NOT NULL
            );
            CREATE TABLE library_clock (
                paper_id TEXT NOT NULL,
                field TEXT NOT NULL,
                clock INTEGER NOT NULL,
                device TEXT NOT NULL,
                PRIMARY KEY (paper_id, field)
            ) WITHOUT ROWID;
            CREATE TABLE library_cursor (file TEXT PRIMARY KEY, offset INTEGER NOT NULL) WITHOUT ROWID;
            """)
        for (field, column) in fields {
            let watched = field == .seen ? "seen_at, seen_version" : column
            let changed = field == .seen
                ? "(OLD.seen_at IS NOT NEW.seen_at OR OLD.seen_version IS NOT NEW.seen_version)"
                : "OLD.\(column) IS NOT NEW.\(column)"
            let version = field == .seen ? "NEW.seen_version" : "NULL"
            try db.execute(sql: """
                CREATE TRIGGER mark_library_\(field.rawValue)_insert AFTER INSERT ON mark
                WHEN NEW.\(column) IS NOT NULL AND EXISTS (SELECT 1 FROM library_device WHERE applying = 0)
                BEGIN \(record(field, paper: "NEW.paper_id", value: "NEW.\(column)", version: version)) END;
                CREATE TRIGGER mark_library_\(field.rawValue)_update AFTER UPDATE OF \(watched) ON mark
                WHEN \(changed) AND EXISTS (SELECT 1 FROM library_device WHERE applying = 0)
                BEGIN \(record(field, paper: "NEW.paper_id", value: "NEW.\(column)", version: version)) END;
                CREATE TRIGGER mark_library_\(field.rawValue)_delete AFTER DELETE ON mark
                WHEN OLD.\(column) IS NOT NULL AND EXISTS (SELECT 1 FROM library_device WHERE applying = 0)
                BEGIN \(record(field, paper: "OLD.paper_id", value: "NULL", version: "NULL")) END;
                """)
        }
    }

    /// Notes (v17). The note shown is `note`; behind it, with a library, every version of it:
    /// each edit names the versions it was made from (`note_base`), and a version no later edit was
    /// made from is a head. One head is the note; several (edits made apart on two machines) are all
    /// shown, the latest first. Notes are logged by `setNote` itself, not by triggers: an edit needs
    /// the heads it replaces, which a trigger cannot list.
    static func createNoteTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE note (
                paper_id TEXT PRIMARY KEY,
                text TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE note_version (
                paper_id TEXT NOT NULL,
                clock INTEGER NOT NULL,
                device TEXT NOT NULL,
                text TEXT,
                superseded INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (paper_id, clock, device)
            ) WITHOUT ROWID;
            CREATE TABLE note_base (
                paper_id TEXT NOT NULL,
                base_clock INTEGER NOT NULL,
                base_device TEXT NOT NULL,
                clock INTEGER NOT NULL,
                device TEXT NOT NULL,
                PRIMARY KEY (paper_id, base_clock, base_device, clock, device)
            ) WITHOUT ROWID;
            ALTER TABLE library_outbox ADD COLUMN bases TEXT;
            """)
    }

    /// The trigger body: tick the clock, queue the change for the log, and note it as the latest
    /// change of that field, so an older change from another device does not undo it. (Not `INSERT OR
    /// REPLACE`: in a trigger the outer statement's conflict handling, an upsert's, overrides it.)
    private static func record(_ field: LibraryField, paper: String, value: String, version: String) -> String {
        record(fieldExpression: "'\(field.rawValue)'", paper: paper, value: value, version: version)
    }

    /// The same, for a field named by an SQL expression (a tag's is `'tag:' || NEW.name`).
    private static func record(fieldExpression field: String, paper: String, value: String, version: String) -> String {
        """
        UPDATE library_device SET clock = MAX(clock + 1, \(nowMilliseconds));
        INSERT INTO library_outbox (paper_id, field, value, version, clock)
            SELECT \(paper), \(field), \(value), \(version), clock FROM library_device;
        DELETE FROM library_clock WHERE paper_id = \(paper) AND field = \(field);
        INSERT INTO library_clock (paper_id, field, clock, device)
            SELECT \(paper), \(field), clock, device FROM library_device;
        """
    }

    /// Tags (v18): each tag on a paper is a field of its own in the log (`tag:NAME`), given (its time)
    /// or taken away (null), so tags merge as sets: a tag added on one machine and another tag
    /// removed on a second both hold; the same tag added and removed, the later wins.
    static func createTagTable(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE tag (
                paper_id TEXT NOT NULL,
                name TEXT NOT NULL,
                added_at TEXT NOT NULL,
                PRIMARY KEY (paper_id, name)
            ) WITHOUT ROWID;
            CREATE INDEX tag_by_name ON tag(name, paper_id);
            CREATE TRIGGER tag_library_insert AFTER INSERT ON tag
            WHEN EXISTS (SELECT 1 FROM library_device WHERE applying = 0)
            BEGIN \(record(fieldExpression: "'tag:' || NEW.name", paper: "NEW.paper_id", value: "NEW.added_at", version: "NULL")) END;
            CREATE TRIGGER tag_library_delete AFTER DELETE ON tag
            WHEN EXISTS (SELECT 1 FROM library_device WHERE applying = 0)
            BEGIN \(record(fieldExpression: "'tag:' || OLD.name", paper: "OLD.paper_id", value: "NULL", version: "NULL")) END;
            """)
    }

    static let nowMilliseconds = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
}
