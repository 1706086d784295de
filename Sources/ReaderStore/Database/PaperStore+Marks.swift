import Foundation
import GRDB

extension PaperStore {
    /// Stars, unstars, marks read or unread, dismisses or takes a dismissal back, at once and durably.
    /// Works for papers not cached yet, so a star given before a sync is kept. Giving a mark already
    /// given keeps its first time. Marking read marks seen too; nothing here takes seen away, and a
    /// dismissal never touches star or read. Returns the ids that are not in the cache.
    @discardableResult
    public func apply(_ change: MarkChange, to ids: [String], at date: Date = Date()) throws(StoreError) -> [String] {
        let column = change.column
        let value: Date? = change.gives ? date : nil
        return try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO mark (paper_id, \(column)) VALUES (?, ?)
                ON CONFLICT(paper_id) DO UPDATE SET \(column) =
                    CASE WHEN excluded.\(column) IS NULL THEN NULL ELSE COALESCE(mark.\(column), excluded.\(column)) END
                """)
            let emptied = try db.cachedStatement(
                sql: """
                DELETE FROM mark WHERE paper_id = ? AND starred_at IS NULL AND read_at IS NULL AND seen_at IS NULL
                   AND dismissed_at IS NULL
                """)
            let known = try db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM paper WHERE id = ?)")
            var unknown: [String] = []
            for id in ids {
                try statement.execute(arguments: [id, value])
                if change == .read { try Self.markSeen(id, at: date, in: db) }
                // A star is given to the version cached: a newer one announced later is a change.
                if change == .star {
                    try db.cachedStatement(sql: """
                        UPDATE mark SET seen_version = (SELECT version FROM paper WHERE id = ?)
                         WHERE paper_id = ? AND seen_version IS NULL
                        """).execute(arguments: [id, id])
                }
                try emptied.execute(arguments: [id])
                if try !(Bool.fetchOne(known, arguments: [id]) ?? false) { unknown.append(id) }
            }
            return unknown
        }
    }

    /// Marks papers seen (the cursor reached them), keeping the first time; returns how many were not
    /// seen before. A paper already seen is not written at all, so skimming a list seen before
    /// changes nothing in the file.
    @discardableResult
    public func markSeen(_ ids: [String], at date: Date = Date()) throws(StoreError) -> Int {
        guard !ids.isEmpty else { return 0 }
        let dayLists = self.dayLists
        return try write { db in
            let before = ChangeLedger.count(db)
            var added = 0
            for id in ids {
                try Self.markSeen(id, at: date, in: db)
                added += db.changesCount
            }
            let after = ChangeLedger.count(db)
            // Once committed: a list read meanwhile at `before` is then brought forward, never by a
            // write that did not happen.
            db.afterNextTransaction { _ in dayLists.noteSeen(Set(ids), at: date, before: before, after: after) }
            return added
        }
    }

    /// Seen at the version cached. A paper seen before at an older version is seen again: its time is
    /// the time this version was first seen, and it is no longer changed.
    static func markSeen(_ id: String, at date: Date, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO mark (paper_id, seen_at, seen_version) VALUES (?, ?, (SELECT version FROM paper WHERE id = ?))
            ON CONFLICT(paper_id) DO UPDATE SET seen_at = excluded.seen_at, seen_version = excluded.seen_version
             WHERE mark.seen_at IS NULL OR mark.seen_version < excluded.seen_version
                OR (mark.seen_version IS NULL AND excluded.seen_version IS NOT NULL)
            """).execute(arguments: [id, date, id])
    }

    /// Puts back saved marks with their original times (recovery). It only adds: a mark already in
    /// the cache is kept, so restoring twice changes nothing.
    public func restoreMarks(_ marks: [Mark]) throws(StoreError) {
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO mark (paper_id, starred_at, read_at, seen_at, seen_version, dismissed_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(paper_id) DO UPDATE SET
                    starred_at = COALESCE(mark.starred_at, excluded.starred_at),
                    read_at = COALESCE(mark.read_at, excluded.read_at),
                    seen_at = COALESCE(mark.seen_at, excluded.seen_at),
                    seen_version = COALESCE(mark.seen_version, excluded.seen_version),
                    dismissed_at = COALESCE(mark.dismissed_at, excluded.dismissed_at)
                """)
            for mark in marks where !mark.isEmpty {
                try statement.execute(arguments: [mark.paperID, mark.starredAt, mark.readAt, mark.seenAt, mark.seenVersion,
                                                  mark.dismissedAt])
            }
        }
    }

    /// The ids among `ids` that are not in the cache, in the order given (marks kept for them wait for a sync).
    public func uncachedIDs(_ ids: [String]) throws(StoreError) -> [String] {
        try read { db in
            let known = try db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM paper WHERE id = ?)")
            return try ids.filter { try !(Bool.fetchOne(known, arguments: [$0]) ?? false) }
        }
    }

    /// The marks on one paper, or empty marks when there are none.
    public func mark(for id: String) throws(StoreError) -> Mark {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT \(Mark.columns) FROM mark WHERE paper_id = ?", arguments: [id])
            return row.map(Mark.init(row:)) ?? Mark(paperID: id)
        }
    }

    /// Every mark in the cache, for checks and export.
    public func allMarks() throws(StoreError) -> [Mark] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(Mark.columns) FROM mark ORDER BY paper_id").map(Mark.init(row:))
        }
    }
}

extension MarkChange {
    /// The mark's column; a fixed name, never user text.
    var column: String {
        switch self {
        case .star, .unstar: "starred_at"
        case .read, .unread: "read_at"
        case .dismiss, .undismiss: "dismissed_at"
        }
    }

    /// Gives the mark (rather than taking it away).
    var gives: Bool {
        switch self {
        case .star, .read, .dismiss: true
        case .unstar, .unread, .undismiss: false
        }
    }
}

extension Mark {
    /// Deletes the paper's (`?`) mark row once it holds no mark.
    static let deleteIfEmpty = """
        DELETE FROM mark WHERE paper_id = ? AND starred_at IS NULL AND read_at IS NULL AND seen_at IS NULL
           AND dismissed_at IS NULL
        """

    /// The columns `init(row:)` reads.
    static let columns = "paper_id, starred_at, read_at, seen_at, seen_version, dismissed_at"

    init(row: Row) {
        self.init(paperID: row["paper_id"], starredAt: row["starred_at"], readAt: row["read_at"], seenAt: row["seen_at"],
                  seenVersion: row["seen_version"], dismissedAt: row["dismissed_at"])
    }
}
