import Foundation
import GRDB

/// The order and marks of the last three days' lists read, and of the inbox, kept in memory while
/// `change_count` (bumped by triggers on every listing, mark and venue change, by any process) has
/// not moved; it is checked in the same read transaction as it is used. This process's own seen marks
/// are applied to the entries in place (`noteSeen`), so skimming a list does not make it be read
/// again. What a list is, and how it is read, is the read paths' business (`DayIndex`, `InboxIndex`).
final class DayListCache: @unchecked Sendable {
    struct Entry {
        let paperID: String
        let typeRank: Int
        let starred: Bool
        let read: Bool
        /// Listed from an estimate of its announcement day, not from the day's feed.
        let estimated: Bool
        var seen: Bool
        /// Marked "not interested".
        let dismissed: Bool
        /// The day it is listed on, in a list of several days (the inbox).
        var day: String?
        /// In the inbox: when it was seen (an inbox opened later leaves it out), and whether it is there
        /// as changed since (a starred or read paper announced again).
        var seenAt: Date?
        var changed = false

        init(paperID: String, typeRank: Int, starred: Bool, read: Bool, estimated: Bool, seen: Bool, dismissed: Bool = false,
             day: String? = nil, seenAt: Date? = nil, changed: Bool = false) {
            self.dismissed = dismissed
            self.seenAt = seenAt
            self.changed = changed
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
        var changes: Int64
        var entries: [Entry]
        /// Where each paper's entries are, built when this process first marks one of them seen, so
        /// that noting a few papers seen touches those entries only, not the whole list.
        var positions: [String: [Int]]?
        /// For an inbox: the time it was read as of; an inbox opened later is these entries less the
        /// ones seen before it was opened, which `EntryFilter` leaves out as it passes (a copy of the
        /// rest on each `i` cost a few ms at 1 M papers).
        var since: Date?

        init(list: any Equatable & Sendable, changes: Int64, entries: [Entry], since: Date? = nil) {
            self.list = list
            self.changes = changes
            self.entries = entries
            self.since = since
        }
    }

    private let lock = NSLock()
    /// Most recently used first.
    private var cached: [Cached] = []
    private static let capacity = 3
    /// The inbox, in a slot of its own: browsing days never pushes it out.
    private var inbox: Cached?
    /// The whole inbox's read under way, for another read of the same inbox to wait for.
    private var inboxReading: (list: ListQuery, changes: Int64, done: DispatchGroup)?
    /// The inbox's first day alone, read first when the whole inbox is not kept (`inboxStart`).
    private var inboxFirstDay: Cached?

    /// This process's last seen marks, in the order written, for a list read while they were being
    /// written: its read saw the cache before them, and they bring it forward instead of a read anew
    /// (at 1 M papers the whole inbox takes a few hundred ms, and skimming writes a seen mark every
    /// few keys).
    private var recentSeen: [(ids: Set<String>, date: Date, before: Int64, after: Int64)] = []
    private static let recentSeenKept = 32

    /// Called with the lock held: `list`, read as of its count, with the seen marks written since.
    private func broughtForward(_ list: Cached) -> Cached {
        var list = list
        for seen in recentSeen where seen.before == list.changes {
            Self.note(seen.ids, at: seen.date, before: seen.before, after: seen.after, in: &list)
        }
        return list
    }

    private static func changeCount(_ db: Database) throws -> Int64? {
        // Without the count (a cache opened read-only before migration v8) nothing is kept.
        try db.tableExists("change_count")
            ? try Int64.fetchOne(db, sql: "SELECT value FROM change_count WHERE subject = 'lists'") : nil
    }

    /// The entries of `list`, from memory when nothing has changed since they were read, else from `read`.
    func entries<List: Equatable & Sendable>(of list: List, in db: Database, read: () throws -> [Entry]) throws -> [Entry] {
        let changes = try Self.changeCount(db)
        if let changes, let hit = lock.withLock({ () -> [Entry]? in
            guard let index = cached.firstIndex(where: { $0.list as? List == list && $0.changes == changes }) else { return nil }
            let found = cached.remove(at: index)
            cached.insert(found, at: 0)
            return found.entries
        }) {
            return hit
        }
        let entries = try read()
        if let changes {
            lock.withLock {
                cached.removeAll { $0.list as? List == list }
                cached.insert(broughtForward(Cached(list: list, changes: changes, entries: entries)), at: 0)
                if cached.count > Self.capacity { cached.removeLast() }
            }
        }
        return entries
    }

    /// The inbox's entries as of `since`, with those seen before it for `EntryFilter` to leave out:
    /// from an inbox kept as of an earlier time when nothing has changed since but this process's seen
    /// marks (the reader warms one when it starts, so `i` is a pass over memory), else from `read`.
    /// `list` is the inbox's query without its time.
    func inboxEntries(of list: ListQuery, since: Date, in db: Database, read: () throws -> [Entry]) throws -> [Entry] {
        let changes = try Self.changeCount(db)
        if let kept = lock.withLock({ Self.current(inbox, list: list, changes: changes, since: since) }) { return kept }
        // The counts and the page of a list opened anew ask at once, on two queues: one reads, the
        // other waits for its answer (a few hundred ms at 1 M papers, the two cores' whole time).
        if let changes, let reading = lock.withLock({ inboxReading.flatMap { $0.list == list && $0.changes == changes ? $0.done : nil } }) {
            reading.wait()
            if let kept = lock.withLock({ Self.current(inbox, list: list, changes: changes, since: since) }) { return kept }
        }
        let done = DispatchGroup()
        done.enter()
        if let changes { lock.withLock { inboxReading = (list, changes, done) } }
        defer {
            lock.withLock { if inboxReading?.done === done { inboxReading = nil } }
            done.leave()
        }
        let entries = try read()
        if let changes {
            lock.withLock {
                inbox = broughtForward(Cached(list: list, changes: changes, entries: entries, since: since))
                inboxFirstDay = nil
            }
        }
        return entries
    }

    /// The inbox's first day as of `since` (with those seen before it, as `inboxEntries`), when the
    /// whole inbox is not kept: from memory, else from `read` (nil: only from memory). Nil when the
    /// whole inbox is kept (it answers instead).
    func inboxStart(of list: ListQuery, since: Date, in db: Database, read: (() throws -> [Entry])?) throws -> [Entry]? {
        let changes = try Self.changeCount(db)
        let kept: (whole: Bool, start: [Entry]?) = lock.withLock {
            (Self.isCurrent(inbox, list: list, changes: changes, since: since),
             Self.current(inboxFirstDay, list: list, changes: changes, since: since))
        }
        if kept.whole { return nil }
        if let start = kept.start { return start }
        guard let read else { return nil }
        let entries = try read()
        if let changes {
            lock.withLock { inboxFirstDay = broughtForward(Cached(list: list, changes: changes, entries: entries, since: since)) }
        }
        return entries
    }

    /// The kept inbox's entries, if it is the inbox of `list` and current as of `since`.
    private static func current(_ kept: Cached?, list: ListQuery, changes: Int64?, since: Date) -> [Entry]? {
        guard isCurrent(kept, list: list, changes: changes, since: since) else { return nil }
        return kept?.entries
    }

    /// Whether the kept inbox answers for `list` as of `since`.
    private static func isCurrent(_ kept: Cached?, list: ListQuery, changes: Int64?, since: Date) -> Bool {
        guard let kept, let changes else { return false }
        return kept.list as? ListQuery == list && kept.changes == changes && (kept.since ?? .distantFuture) <= since
    }

    /// This process's committed write marked `ids` seen and moved the count from `before` to `after`:
    /// lists kept as of `before`, or read as of it and kept later, are current again once they show
    /// them seen. An inbox opened after `date` would not hold those papers at all: it is left to be
    /// read again.
    func noteSeen(_ ids: Set<String>, at date: Date, before: Int64?, after: Int64?) {
        guard let before, let after, !ids.isEmpty else { return }
        lock.withLock {
            recentSeen.append((ids, date, before, after))
            if recentSeen.count > Self.recentSeenKept { recentSeen.removeFirst() }
            for index in cached.indices { Self.note(ids, at: date, before: before, after: after, in: &cached[index]) }
            if inbox != nil { Self.note(ids, at: date, before: before, after: after, in: &inbox!) }
            if inboxFirstDay != nil { Self.note(ids, at: date, before: before, after: after, in: &inboxFirstDay!) }
        }
    }

    private static func note(_ ids: Set<String>, at date: Date, before: Int64, after: Int64, in list: inout Cached) {
        guard list.changes == before else { return }
        if let since = list.since, date < since { return }
        if list.positions == nil {
            var positions: [String: [Int]] = [:]
            positions.reserveCapacity(list.entries.count)
            for (index, entry) in list.entries.enumerated() { positions[entry.paperID, default: []].append(index) }
            list.positions = positions
        }
        for id in ids {
            for index in list.positions?[id] ?? [] {
                let entry = list.entries[index]
                guard !entry.seen || entry.changed else { continue }
                list.entries[index].seen = true
                // Seen again at its new version: no longer changed, and seen from now.
                if entry.seenAt == nil || entry.changed { list.entries[index].seenAt = date }
                list.entries[index].changed = false
            }
        }
        list.changes = after
    }
}

/// A list's filters on marks as plain flags, made once per pass: the passes over a kept list (tens of
/// thousands of entries for the inbox at 1 M papers) ask them of every entry, and asking the query
/// itself looks into its scope each time.
struct EntryFilter {
    let onlyStarred, onlyUnread, onlyUnseen, onlyDismissed, hidesDismissed: Bool
    let markedHere: Set<String>
    /// For an inbox: the time it was opened; papers seen before are not in it (unless changed since).
    let openedAt: Date?

    init(_ query: ListQuery) {
        if case .inbox(let since, _) = query.scope { openedAt = since } else { openedAt = nil }
        onlyStarred = query.onlyStarred
        onlyUnread = query.onlyUnread
        onlyUnseen = query.onlyUnseen
        onlyDismissed = query.onlyDismissed
        hidesDismissed = query.hidesDismissed
        markedHere = query.markedHere
    }

    /// Whether a paper dismissed (or not) is in the list, as far as dismissals go.
    func keeps(dismissed: Bool) -> Bool {
        onlyDismissed ? dismissed : !(dismissed && hidesDismissed)
    }

    func isMarkedHere(_ entry: DayListCache.Entry) -> Bool {
        !markedHere.isEmpty && markedHere.contains(entry.paperID)
    }

    /// In the list, once its filters on marks (starred, unread, unseen, dismissed) are applied.
    func keeps(_ entry: DayListCache.Entry) -> Bool {
        if let openedAt, !entry.changed, let seenAt = entry.seenAt, seenAt < openedAt { return false }
        return isMarkedHere(entry) || (!onlyStarred || entry.starred) && (!onlyUnread || !entry.read) && (!onlyUnseen || !entry.seen)
            && keeps(dismissed: entry.dismissed)
    }
}

extension ListQuery {
    /// The same list whatever the marks: what a kept list is read and cached as.
    var withoutMarkFilters: ListQuery {
        var whole = self
        whole.onlyStarred = false
        whole.onlyUnread = false
        whole.onlyUnseen = false
        whole.markedHere = []
        whole.dismissed = .shown
        whole.order = .arxiv
        return whole
    }
}
