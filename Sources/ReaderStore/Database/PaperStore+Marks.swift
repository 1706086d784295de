import Foundation
import GRDB

extension PaperStore {
    /// Stars, unstars, marks read or unread, at once and durably. Works for papers not cached yet, so a
    /// star given before a sync is kept. Starring an already starred paper keeps its first time.
    /// Returns the ids that are not in the cache.
    @discardableResult
    public func apply(_ change: MarkChange, to ids: [String], at date: Date = Date()) throws(StoreError) -> [String] {
        let column = (change == .star || change == .unstar) ? "starred_at" : "read_at"
        let value: Date? = (change == .star || change == .read) ? date : nil
        return try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO mark (paper_id, \(column)) VALUES (?, ?)
                ON CONFLICT(paper_id) DO UPDATE SET \(column) =
                    CASE WHEN excluded.\(column) IS NULL THEN NULL ELSE COALESCE(mark.\(column), excluded.\(column)) END
                """)
            let emptied = try db.cachedStatement(
                sql: "DELETE FROM mark WHERE paper_id = ? AND starred_at IS NULL AND read_at IS NULL")
            let known = try db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM paper WHERE id = ?)")
            var unknown: [String] = []
            for id in ids {
                try statement.execute(arguments: [id, value])
                try emptied.execute(arguments: [id])
                if try !(Bool.fetchOne(known, arguments: [id]) ?? false) { unknown.append(id) }
            }
            return unknown
        }
    }

    /// Puts back saved marks with their original times (recovery). It only adds: a mark already in
    /// the cache is kept, so restoring twice changes nothing.
    public func restoreMarks(_ marks: [Mark]) throws(StoreError) {
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO mark (paper_id, starred_at, read_at) VALUES (?, ?, ?)
                ON CONFLICT(paper_id) DO UPDATE SET
                    starred_at = COALESCE(mark.starred_at, excluded.starred_at),
                    read_at = COALESCE(mark.read_at, excluded.read_at)
                """)
            for mark in marks where mark.isStarred || mark.isRead {
                try statement.execute(arguments: [mark.paperID, mark.starredAt, mark.readAt])
            }
        }
    }

    /// The marks on one paper, or empty marks when there are none.
    public func mark(for id: String) throws(StoreError) -> Mark {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT starred_at, read_at FROM mark WHERE paper_id = ?", arguments: [id])
            return Mark(paperID: id, starredAt: row?["starred_at"], readAt: row?["read_at"])
        }
    }

    /// Every mark in the cache, for checks and export.
    public func allMarks() throws(StoreError) -> [Mark] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT paper_id, starred_at, read_at FROM mark ORDER BY paper_id").map {
                Mark(paperID: $0["paper_id"], starredAt: $0["starred_at"], readAt: $0["read_at"])
            }
        }
    }
}
