import Foundation
import GRDB
import Testing
@testable import ReaderStore

@Suite("bulk marks: a whole list read in one transaction, and taken back exactly")
struct BulkMarkStoreTests {
    private let day = "2026-04-27"
    private let before = Date(timeIntervalSince1970: 1_780_000_000)
    private let now = Date(timeIntervalSince1970: 1_780_086_400)

    private func id(_ number: Int) -> String { String(format: "2604.%05d", number) }

    /// `count` papers on one day, every fourth in cs.LG as well; every fifth read before, every
    /// seventh starred.
    private func filledStore(_ count: Int) throws -> PaperStore {
        let store = try makeTemporaryStore()
        let entries = (1...count).map { number in
            (StoreTests.paper(id(number), categories: number % 4 == 0 ? ["cs.LG", "cs.AI"] : ["cs.AI"]), AnnounceType.new)
        }
        _ = try store.saveDailyFeed(StoreTests.feed(day, entries), categories: ["cs.AI", "cs.LG"])
        try store.apply(.read, to: (1...count).filter { $0 % 5 == 0 }.map(id), at: before)
        try store.apply(.star, to: (1...count).filter { $0 % 7 == 0 }.map(id), at: before)
        return store
    }

    private func stars(_ store: PaperStore) throws -> [String: Date] {
        Dictionary(uniqueKeysWithValues: try store.allMarks().compactMap { mark in mark.starredAt.map { (mark.paperID, $0) } })
    }

    @Test("500 papers: all read after, the ids returned exactly the unread ones, the undo puts back exactly those, stars untouched")
    func wholeDayAndUndo() throws {
        let store = try filledStore(500)
        let query = ListQuery(scope: .day(day))
        let starsBefore = try stars(store)
        #expect(starsBefore.count == 71)
        let unreadBefore = try store.page(query, offset: 0, limit: 1_000).filter { !$0.isRead }.map(\.paper.id)
        #expect(unreadBefore.count == 400)
        let marked = try store.markAllRead(query, at: now)
        #expect(marked.readIDs == unreadBefore)
        let after = try store.page(query, offset: 0, limit: 1_000)
        #expect(after.count == 500)
        #expect(after.allSatisfy { $0.isRead })
        #expect(after.allSatisfy { $0.isSeen })
        #expect(try store.counts(query).unread == 0)
        // The papers read before keep their own time; the stars are as they were.
        #expect(try store.mark(for: id(5)).readAt == before)
        #expect(try store.mark(for: id(1)).readAt == now)
        #expect(try stars(store) == starsBefore)

        try store.undoMarkAllRead(marked)
        let undone = try store.page(query, offset: 0, limit: 1_000)
        #expect(undone.filter { !$0.isRead }.map(\.paper.id) == unreadBefore)
        #expect(try store.counts(query).unread == 400)
        #expect(try store.mark(for: id(5)).readAt == before)
        #expect(try stars(store) == starsBefore)
    }

    @Test("the undo puts seen back as it was: unseen what A made seen, seen what was seen before or since")
    func undoPutsBackSeen() throws {
        let store = try filledStore(30)
        let query = ListQuery(scope: .day(day))
        // The inbox as opened at a time: the papers not seen then (and those changed since seen).
        func inbox(at time: Date) -> ListQuery { ListQuery(scope: .inbox(since: time, days: 30)) }
        // 1-3 seen before A; every fifth was read before, so seen then.
        try store.markSeen([id(1), id(2), id(3)], at: before)
        #expect(try store.counts(query).seen == 9)
        #expect(try store.counts(inbox(at: before.addingTimeInterval(1))).total == 21)
        // 7 and 14 are starred and were seen at v1; v2 is cached now, so they are changed (in the inbox).
        _ = try store.saveDailyFeed(StoreTests.feed("2026-04-28", [(StoreTests.paper(id(7), version: 2), .replace),
                                                                   (StoreTests.paper(id(14), version: 2), .replace)]),
                                    categories: ["cs.AI"])
        try store.markSeen([id(7), id(14)], at: before)
        _ = try store.saveDailyFeed(StoreTests.feed("2026-04-29", [(StoreTests.paper(id(7), version: 3), .replace),
                                                                   (StoreTests.paper(id(14), version: 3), .replace)]),
                                    categories: ["cs.AI"])
        let marksBefore = try store.allMarks()
        let changedBefore = Set(try store.page(ListQuery(scope: .changed), offset: 0, limit: 100).map(\.paper.id))
        #expect(changedBefore == [id(7), id(14)])

        let marked = try store.markAllRead(query, at: now)
        #expect(marked.readIDs.count == 24)
        #expect(Set(marked.madeSeen.keys) == Set((4...30).filter { $0 % 5 != 0 }.map(id)))
        #expect(marked.madeSeen[id(4)] == BulkReadChange.PriorSeen(seenAt: nil, seenVersion: nil))
        #expect(marked.madeSeen[id(7)] == BulkReadChange.PriorSeen(seenAt: before, seenVersion: 2))
        #expect(try store.counts(query).seen == 30)
        #expect(try store.counts(inbox(at: now.addingTimeInterval(1))).total == 0)

        // Seen since at a newer version (a later announcement, the cursor on it): that seen mark stays.
        _ = try store.saveDailyFeed(StoreTests.feed("2026-04-30", [(StoreTests.paper(id(21), version: 2), .replace)]),
                                    categories: ["cs.AI"])
        let later = now.addingTimeInterval(60)
        try store.markSeen([id(21)], at: later)

        try store.undoMarkAllRead(marked)
        let expected = marksBefore.map { $0.paperID == id(21) ? Mark(paperID: id(21), starredAt: before, seenAt: later, seenVersion: 2) : $0 }
        #expect(try store.allMarks() == expected)
        // 1-3, the six read before, 7 and 14 seen before, 21 seen since.
        #expect(try store.counts(query).seen == 12)
        #expect(try store.counts(query).unread == 24)
        // The 18 not seen, and 7 and 14 changed again (seen at v2, v3 cached).
        #expect(try store.counts(inbox(at: later.addingTimeInterval(1))).total == 20)
        #expect(Set(try store.page(ListQuery(scope: .changed), offset: 0, limit: 100).map(\.paper.id)) == changedBefore)
        // A mark row that held only what A wrote is gone, as if A had never been.
        let rows = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mark") }
        #expect(rows == marksBefore.count)
    }

    @Test("the list is the query's: categories and filters narrow it, a search and the inbox are lists too")
    func onlyTheList() throws {
        let store = try filledStore(40)
        let learning = ListQuery(scope: .day(day), categories: CategoryExpression(parsing: "cs.LG"), onlyUnread: true)
        let marked = try store.markAllRead(learning, at: now).readIDs
        #expect(marked == (1...40).filter { $0 % 4 == 0 && $0 % 5 != 0 }.map(id))
        #expect(try store.counts(ListQuery(scope: .day(day))).unread == 32 - marked.count)
        // Marking the same list again changes nothing.
        #expect(try store.markAllRead(learning, at: now).readIDs.isEmpty)

        let search = try SearchQuery(parsing: "\"About 2604.00001\"")
        let found = try store.markAllRead(ListQuery(scope: .search(search)), at: now).readIDs
        #expect(found == [id(1)])

        let inbox = ListQuery(scope: .inbox(since: now, days: 30))
        let rest = try store.markAllRead(inbox, at: now).readIDs
        #expect(!rest.isEmpty)
        #expect(try store.counts(ListQuery(scope: .day(day))).unread == 0)
    }

    @Test("a reader meanwhile sees none of the marks or all of them, never a part")
    func oneTransaction() async throws {
        let store = try filledStore(5_000)
        let query = ListQuery(scope: .day(day))
        let unreadBefore = try store.counts(query).unread
        let day = self.day
        let stop = Flag()
        let written = Flag()
        let readAfterWrite = Flag()
        let reader = Task.detached { () -> Set<Int> in
            var seen = Set<Int>()
            while !stop.isSet {
                let afterWrite = written.isSet
                let unread = (try? store.read { db in
                    try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT l.paper_id) FROM listing AS l LEFT JOIN mark AS m ON m.paper_id = l.paper_id "
                        + "WHERE l.announce_date = ? AND m.read_at IS NULL", arguments: [day]) ?? -1
                }) ?? -1
                seen.insert(unread)
                if afterWrite { readAfterWrite.set() }
                // Never hold a thread of the shared pool for good: on 2 cores a test blocked in
                // waitUntilExit and this loop once took both, and the pool ran nothing else.
                await Task.yield()
            }
            return seen
        }
        // Let the reader start before the write does.
        try await Task.sleep(for: .milliseconds(50))
        let marked = try store.markAllRead(query, at: now)
        written.set()
        // However loaded the machine, a read that began after the write has ended.
        let deadline = ContinuousClock.now + .seconds(20)
        while !readAfterWrite.isSet, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        stop.set()
        let observed = await reader.value
        #expect(marked.readIDs.count == unreadBefore)
        #expect(observed.isSubset(of: [unreadBefore, 0]), "a reader saw \(observed.sorted())")
        #expect(observed.contains(0))
    }
}

/// A flag set once, read from another task.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
