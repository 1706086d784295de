import Foundation
import GRDB

/// A search kept under a name (`search --save`, Ctrl-S in the reader's search line), with how many of
/// its matches were announced after the day it was last looked at.
public struct SavedSearch: Sendable, Equatable {
    public var name: String
    public var query: String
    public var savedAt: Date
    public var lookedAt: Date
    /// Matches announced on a later day than `lookedAt`'s (counted up to `PaperStore.savedSearchNewLimit`).
    public var newMatches: Int

    /// The day (`YYYY-MM-DD`, UTC) it was last looked at: matches announced later are new.
    public var lookedDay: String { ArxivDates.dayString(lookedAt) }

    /// Announced on a later day than `lookedDay`.
    public static func isNew(_ listed: ListedPaper, sinceDay lookedDay: String) -> Bool {
        (listed.announceDate ?? "") > lookedDay
    }

    /// `3 new`, or `200+ new` past the count's limit.
    public var newText: String {
        newMatches > PaperStore.savedSearchNewLimit ? "\(PaperStore.savedSearchNewLimit)+ new" : "\(newMatches) new"
    }
}

extension PaperStore {
    /// New matches are counted up to this many: past it the picker says "200+ new".
    public static let savedSearchNewLimit = 200

    /// Keeps `query` under `name` (a saved search of that name is replaced); the query must parse.
    /// Its matches so far count as looked at.
    public func saveSearch(name: String, query: String, at date: Date = Date()) throws(StoreError) {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100, !name.contains(where: \.isNewline) else {
            throw .invalid("a saved search needs a name of one line, at most 100 characters")
        }
        do {
            _ = try SearchQuery(parsing: query)
        } catch {
            throw .invalid(error.description)
        }
        try write { db in
            try db.execute(sql: """
                INSERT INTO saved_search (name, query, saved_at, looked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET query = excluded.query, saved_at = excluded.saved_at, looked_at = excluded.looked_at
                """, arguments: [name, query, date, date])
        }
    }

    /// Forgets the saved search; false when there was none of that name.
    @discardableResult
    public func removeSavedSearch(name: String) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM saved_search WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    /// The saved search's matches are looked at now: none of them is new any more.
    public func markSavedSearchLooked(name: String, at date: Date = Date()) throws(StoreError) {
        guard !isReadOnly else { return }
        try write { db in
            try db.execute(sql: "UPDATE saved_search SET looked_at = ? WHERE name = ?", arguments: [date, name])
        }
    }

    /// Every saved search by name, each with its new matches counted (one search per saved search,
    /// newest first, stopping at the first match announced before the day it was looked at).
    public func savedSearches() throws(StoreError) -> [SavedSearch] {
        try savedSearches(named: nil)
    }

    /// The one saved search of that name: only its own new matches are counted.
    public func savedSearch(named name: String) throws(StoreError) -> SavedSearch? {
        try savedSearches(named: name).first
    }

    private func savedSearches(named name: String?) throws(StoreError) -> [SavedSearch] {
        let rows: [(String, String, Date, Date)] = try read { db in
            guard try db.tableExists("saved_search") else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT name, query, saved_at, looked_at FROM saved_search WHERE ?1 IS NULL OR name = ?1 ORDER BY name
                """, arguments: [name]).map { ($0[0], $0[1], $0[2], $0[3]) }
        }
        return try rows.map { (name, query, savedAt, lookedAt) throws(StoreError) in
            SavedSearch(name: name, query: query, savedAt: savedAt, lookedAt: lookedAt,
                        newMatches: try newMatches(of: query, since: lookedAt))
        }
    }

    func newMatches(of text: String, since lookedAt: Date) throws(StoreError) -> Int {
        // A query saved by an older or newer version that no longer parses counts nothing new.
        guard var query = try? SearchQuery(parsing: text) else { return 0 }
        // Newest first whatever order the query asks for: the new ones are then the first rows.
        query.order = .date
        let hits = try search(query, order: .date, limit: Self.savedSearchNewLimit + 1)
        let lookedDay = ArxivDates.dayString(lookedAt)
        return hits.prefix { SavedSearch.isNew($0.listed, sinceDay: lookedDay) }.count
    }
}
