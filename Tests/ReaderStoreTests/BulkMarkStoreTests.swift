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
        #expect(marked == unreadBefore)
        let after = try store.page(query, offset: 0, limit: 1_000)
        #expect(after.count == 500)
        #expect(after.allSatisfy { $0.isRead })
        #expect(after.allSatisfy { $0.isSeen })
        #expect(try store.counts(query).unread == 0)
        // The papers read before keep their own time; the stars are as they were.
        #expect(try store.mark(for: id(5)).readAt == before)
        #expect(try store.mark(for: id(1)).readAt == now)
        #expect(try stars(store) == starsBefore)

        try store.apply(.unread, to: marked, at: now)
        let undone = try store.page(query, offset: 0, limit: 1_000)
        #expect(undone.filter { !$0.isRead }.map(\.paper.id) == unreadBefore)
        #expect(try store.counts(query).unread == 400)
        #expect(try store.mark(for: id(5)).readAt == before)
        #expect(try stars(store) == starsBefore)
        // Nothing takes seen away.
        #expect(try store.mark(for: id(1)).isSeen)
    }

    @Test("the list is the query's: categories and filters narrow it, a search and the inbox are lists too")
    func onlyTheList() throws {
        let store = try filledStore(40)
        let learning = ListQuery(scope: .day(day), categories: CategoryExpression(parsing: "cs.LG"), onlyUnread: true)
        let marked = try store.markAllRead(learning, at: now)
        #expect(marked == (1...40).filter { $0 % 4 == 0 && $0 % 5 != 0 }.map(id))
        #expect(try store.counts(ListQuery(scope: .day(day))).unread == 32 - marked.count)
        // Marking the same list again changes nothing.
        #expect(try store.markAllRead(learning, at: now).isEmpty)

        let search = try SearchQuery(parsing: "\"About 2604.00001\"")
        let found = try store.markAllRead(ListQuery(scope: .search(search)), at: now)
        #expect(found == [id(1)])

        let inbox = ListQuery(scope: .inbox(since: now, days: 30))
        let rest = try store.markAllRead(inbox, at: now)
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
        let reader = Task.detached { () -> Set<Int> in
            var seen = Set<Int>()
            while !stop.isSet {
                let unread = (try? store.read { db in
                    try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT l.paper_id) FROM listing AS l LEFT JOIN mark AS m ON m.paper_id = l.paper_id "
                        + "WHERE l.announce_date = ? AND m.read_at IS NULL", arguments: [day]) ?? -1
                }) ?? -1
                seen.insert(unread)
            }
            return seen
        }
        // Let the reader start before the write does.
        try await Task.sleep(for: .milliseconds(50))
        let marked = try store.markAllRead(query, at: now)
        try await Task.sleep(for: .milliseconds(50))
        stop.set()
        let observed = await reader.value
        #expect(marked.count == unreadBefore)
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
