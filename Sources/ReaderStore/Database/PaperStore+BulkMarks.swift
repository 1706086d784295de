import Foundation
import GRDB

extension PaperStore {
    /// Marks read (and seen, as `apply(.read, ...)` does) every paper of the list that is unread, in
    /// one write transaction: killed half-way, the file holds all of these marks or none. Returns the
    /// ids it marked, in the list's order: exactly what `apply(.unread, to:)` takes back, leaving the
    /// papers read before alone.
    ///
    /// The list is read first, a page at a time (each page is a read of its own), then written at
    /// once; a paper another process marked read in between is not counted as this change's.
    public func markAllRead(_ query: ListQuery, at date: Date = Date()) throws(StoreError) -> [String] {
        let ids = try paperIDs(of: query)
        guard !ids.isEmpty else { return [] }
        return try write { db in
            let markRead = try db.cachedStatement(sql: """
                INSERT INTO mark (paper_id, read_at) VALUES (?, ?)
                ON CONFLICT(paper_id) DO UPDATE SET read_at = excluded.read_at WHERE mark.read_at IS NULL
                """)
            var marked: [String] = []
            for id in ids {
                try markRead.execute(arguments: [id, date])
                guard db.changesCount > 0 else { continue }
                marked.append(id)
                try Self.markSeen(id, at: date, in: db)
            }
            return marked
        }
    }

    /// Every paper of a list, in its order, each once.
    func paperIDs(of query: ListQuery, pageSize: Int = 1000) throws(StoreError) -> [String] {
        var ids: [String] = []
        var listed = Set<String>()
        var offset = 0
        while true {
            let rows = try page(query, offset: offset, limit: pageSize)
            for row in rows where listed.insert(row.paper.id).inserted { ids.append(row.paper.id) }
            guard rows.count == pageSize else { return ids }
            offset += pageSize
        }
    }
}
