import Foundation
import GRDB

/// The order and marks of the last day's list read, kept in memory while `change_count` (bumped by
/// triggers on every listing, mark and venue change, by any process) has not moved; it is checked in
/// the same read transaction as it is used. What a day's list is, and how it is read, is the read
/// paths' business (`DayIndex`); this only keeps the last one.
final class DayListCache: @unchecked Sendable {
    struct Entry {
        let paperID: String
        let typeRank: Int
        let starred: Bool
        let read: Bool
        /// Listed from an estimate of its announcement day, not from the day's feed.
        let estimated: Bool
        var seen: Bool
        /// The day it is listed on, in a list of several days (the inbox).
        var day: String?

        init(paperID: String, typeRank: Int, starred: Bool, read: Bool, estimated: Bool, seen: Bool, day: String? = nil) {
            self.paperID = paperID
            self.typeRank = typeRank
            self.starred = starred
            self.read = read
            self.estimated = estimated
            self.seen = seen
            self.day = day
        }
    }

    private struct Cached {
        let list: any Equatable & Sendable
        let changes: Int64
        let entries: [Entry]
    }

    private let lock = NSLock()
    private var cached: Cached?

    /// The entries of `list`, from memory when nothing has changed since they were read, else from `read`.
    func entries<List: Equatable & Sendable>(of list: List, in db: Database, read: () throws -> [Entry]) throws -> [Entry] {
        // Without the count (a cache opened read-only before migration v8) nothing is kept.
        let changes = try db.tableExists("change_count")
            ? try Int64.fetchOne(db, sql: "SELECT value FROM change_count WHERE subject = 'lists'") : nil
        if let changes, let cached = lock.withLock({ cached }), cached.list as? List == list, cached.changes == changes {
            return cached.entries
        }
        let entries = try read()
        if let changes { lock.withLock { cached = Cached(list: list, changes: changes, entries: entries) } }
        return entries
    }
}
