import Foundation
import GRDB

extension PaperStore {
    /// Starts watching; false when it was watched already.
    @discardableResult
    public func watch(_ watch: Watch, at date: Date = Date()) throws(StoreError) -> Bool {
        guard try watchList().watched(watch) == nil else { return false }
        return try write { db in
            // The first watch starts the watched list with nothing new in it.
            try db.execute(sql: "INSERT OR IGNORE INTO watch_looked (id, looked_at) VALUES (1, ?)", arguments: [date])
            try db.execute(sql: "INSERT OR IGNORE INTO watch (kind, value, added_at) VALUES (?, ?, ?)",
                           arguments: [watch.kind.rawValue, watch.value, date])
            return db.changesCount > 0
        }
    }

    /// Stops watching; false when it was not watched.
    @discardableResult
    public func unwatch(_ watch: Watch) throws(StoreError) -> Bool {
        guard let kept = try watchList().watched(watch) else { return false }
        return try write { db in
            try db.execute(sql: "DELETE FROM watch WHERE kind = ? AND value = ?", arguments: [kept.kind.rawValue, kept.value])
            return db.changesCount > 0
        }
    }

    /// Everything watched, in the order it was added (none on a cache older than watching).
    public func watchList() throws(StoreError) -> WatchList {
        let rows: [(String, String)] = try read { db in
            guard try db.tableExists("watch") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT kind, value FROM watch ORDER BY added_at, kind, value").map { ($0[0], $0[1]) }
        }
        return WatchList(rows.compactMap { kind, value in Watch.Kind(rawValue: kind).flatMap { Watch($0, value) } })
    }

    /// The watched papers' list as a saved search (its name is `watched`), with the matches announced
    /// since it was last looked at counted; nil when nothing is watched.
    public func watchedList() throws(StoreError) -> SavedSearch? {
        try watchedList(of: try watchList())
    }

    /// The same for a watch list just read (`watchList()`), so that it is not read again.
    public func watchedList(of list: WatchList) throws(StoreError) -> SavedSearch? {
        guard let query = list.query else { return nil }
        let lookedAt: Date = try read { db in
            guard try db.tableExists("watch_looked") else { return Date() }
            return try Date.fetchOne(db, sql: "SELECT looked_at FROM watch_looked WHERE id = 1") ?? Date()
        }
        return SavedSearch(name: "watched", query: query, savedAt: lookedAt, lookedAt: lookedAt,
                           newMatches: try newMatches(of: query, since: lookedAt))
    }

    /// The watched papers were shown: none is new any more.
    public func markWatchedLooked(at date: Date = Date()) throws(StoreError) {
        guard !isReadOnly else { return }
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO watch_looked (id, looked_at) VALUES (1, ?)", arguments: [date])
        }
    }
}
