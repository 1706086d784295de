import Foundation
import GRDB

extension PaperStore {
    /// Marks read (and seen, as `apply(.read, ...)` does) every paper of the list that is unread, in
    /// one write transaction: killed half-way, the file holds all of these marks or none. Returns what
    /// it changed: the ids it marked read, in the list's order, and those it made seen with their seen
    /// mark before, which is exactly what `undoMarkAllRead` takes back (the papers read or seen
    /// before are left alone).
    ///
    /// The list is read first, a page at a time (each page is a read of its own), then written at
    /// once; a paper another process marked read in between is not counted as this change's.
    public func markAllRead(_ query: ListQuery, at date: Date = Date()) throws(StoreError) -> BulkReadChange {
        let ids = try paperIDs(of: query)
        guard !ids.isEmpty else { return BulkReadChange(date: date) }
        return try write { db in
            let markRead = try db.cachedStatement(sql: """
                INSERT INTO mark (paper_id, read_at) VALUES (?, ?)
                ON CONFLICT(paper_id) DO UPDATE SET read_at = excluded.read_at WHERE mark.read_at IS NULL
                """)
            let seenBefore = try db.cachedStatement(sql: "SELECT seen_at, seen_version FROM mark WHERE paper_id = ?")
            var change = BulkReadChange(date: date)
            for id in ids {
                try markRead.execute(arguments: [id, date])
                guard db.changesCount > 0 else { continue }
                change.readIDs.append(id)
                let before = try Row.fetchOne(seenBefore, arguments: [id])
                try Self.markSeen(id, at: date, in: db)
                guard db.changesCount > 0 else { continue }
                change.madeSeen[id] = BulkReadChange.PriorSeen(seenAt: before?["seen_at"], seenVersion: before?["seen_version"])
            }
            return change
        }
    }

    /// Takes back one `markAllRead`, in one write transaction: its papers unread again, and those it
    /// made seen as they were before (unseen, or seen at their older version), unless they have been
    /// seen again since (their seen time is no longer the change's). Stars are never touched.
    public func undoMarkAllRead(_ change: BulkReadChange) throws(StoreError) {
        guard !change.readIDs.isEmpty || !change.madeSeen.isEmpty else { return }
        try write { db in
            let markUnread = try db.cachedStatement(sql: "UPDATE mark SET read_at = NULL WHERE paper_id = ?")
            let putBackSeen = try db.cachedStatement(sql: """
                UPDATE mark SET seen_at = ?, seen_version = ? WHERE paper_id = ? AND seen_at = ?
                """)
            let emptied = try db.cachedStatement(sql: Mark.deleteIfEmpty)
            for id in change.readIDs { try markUnread.execute(arguments: [id]) }
            for (id, prior) in change.madeSeen.sorted(by: { $0.key < $1.key }) {
                try putBackSeen.execute(arguments: [prior.seenAt, prior.seenVersion, id, change.date])
            }
            for id in Set(change.readIDs).union(change.madeSeen.keys).sorted() { try emptied.execute(arguments: [id]) }
        }
    }

    /// Every paper of a list, in its own order, each once.
    func paperIDs(of query: ListQuery, pageSize: Int = 1000) throws(StoreError) -> [String] {
        var ids: [String] = []
        var listed = Set<String>()
        var offset = 0
        while true {
            let rows = try page(query.inOwnOrder, offset: offset, limit: pageSize)
            for row in rows where listed.insert(row.paper.id).inserted { ids.append(row.paper.id) }
            guard rows.count == pageSize else { return ids }
            offset += pageSize
        }
    }
}
