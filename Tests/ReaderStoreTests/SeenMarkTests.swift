import Foundation
import GRDB
import Testing
import TestSupport
@testable import ReaderStore

@Suite("seen marks: kept once, counted and filtered in every list, carried from older caches")
struct SeenMarkTests: OneDayOfMarks {
    private func changeCount(_ store: PaperStore) throws -> Int64 {
        try store.read { db in try Int64.fetchOne(db, sql: "SELECT value FROM change_count") ?? -1 }
    }

    @Test("marking seen keeps the first time and counts only the papers not seen before")
    func firstTimeKept() throws {
        let store = try filledStore()
        #expect(try store.markSeen(ids(1...2), at: first) == 2)
        #expect(try store.markSeen(ids(1...3), at: later) == 1)
        #expect(try store.markSeen(ids(1...3), at: later) == 0)
        #expect(try store.markSeen([]) == 0)
        #expect(try store.mark(for: "2604.00001").seenAt == first)
        #expect(try store.mark(for: "2604.00003").seenAt == later)
        #expect(try store.mark(for: "2604.00004").isSeen == false)
    }

    @Test("marking an already seen paper seen writes nothing: the change count stays")
    func alreadySeenWritesNothing() throws {
        let store = try filledStore()
        try store.markSeen(["2604.00001"], at: first)
        let before = try changeCount(store)
        #expect(try store.markSeen(["2604.00001"], at: later) == 0)
        #expect(try changeCount(store) == before)
        #expect(try store.markSeen(["2604.00002"], at: later) == 1)
        #expect(try changeCount(store) > before)
    }

    @Test("marking read marks seen, keeping an earlier seen time; marking unread keeps seen")
    func readSetsSeen() throws {
        let store = try filledStore()
        try store.apply(.read, to: ["2604.00001"], at: first)
        #expect(try store.mark(for: "2604.00001") == Mark(paperID: "2604.00001", readAt: first, seenAt: first, seenVersion: 1))
        try store.markSeen(["2604.00002"], at: first)
        try store.apply(.read, to: ["2604.00002"], at: later)
        #expect(try store.mark(for: "2604.00002") == Mark(paperID: "2604.00002", readAt: later, seenAt: first, seenVersion: 1))
        try store.apply(.unread, to: ["2604.00001", "2604.00002"], at: later)
        // The version seen stays: marked read again later, a newer version is still news.
        #expect(try store.mark(for: "2604.00001") == Mark(paperID: "2604.00001", seenAt: first, seenVersion: 1))
        #expect(try store.mark(for: "2604.00002") == Mark(paperID: "2604.00002", seenAt: first, seenVersion: 1))
    }

    @Test("unstarring or marking unread a seen paper keeps its mark row with the seen time")
    func seenRowSurvivesUnmarking() throws {
        let store = try filledStore()
        try store.markSeen(["2604.00001", "2604.00002"], at: first)
        try store.apply(.star, to: ["2604.00001"], at: later)
        try store.apply(.unstar, to: ["2604.00001"], at: later)
        try store.apply(.read, to: ["2604.00002"], at: later)
        try store.apply(.unread, to: ["2604.00002"], at: later)
        // Without a seen time the emptied row goes, as before seen marks.
        try store.apply(.star, to: ["2604.00003"], at: later)
        try store.apply(.unstar, to: ["2604.00003"], at: later)
        #expect(try store.allMarks() == [Mark(paperID: "2604.00001", seenAt: first, seenVersion: 1),
                                         Mark(paperID: "2604.00002", seenAt: first, seenVersion: 1)])
    }

    @Test("a day's counts count seen papers, through the day index and through the SQL of an excluded category")
    func dayCounts() throws {
        let store = try filledStore()
        let whole = ListQuery(scope: .day(day))
        let withoutLG = ListQuery(scope: .day(day), categories: CategoryExpression(parsing: "cs.AI-cs.LG"))
        #expect(DayIndex.applies(to: whole))
        #expect(!DayPage.applies(to: withoutLG))
        // Counted once before, so that the day index holds the day and must notice the marks.
        #expect(try store.counts(whole).seen == 0)
        // 3, 6 and 9 are in cs.LG too, so the excluded list does not have them.
        try store.markSeen(["2604.00001", "2604.00003", "2604.00006", "2604.00010"])
        try store.apply(.read, to: ["2604.00011"])
        #expect(try store.counts(whole).ignoringSections == ListCounts(total: 12, starred: 0, unread: 11, seen: 5))
        #expect(try store.counts(withoutLG).ignoringSections == ListCounts(total: 8, starred: 0, unread: 7, seen: 3))
        var unseen = whole
        unseen.onlyUnseen = true
        var unseenWithoutLG = withoutLG
        unseenWithoutLG.onlyUnseen = true
        #expect(try store.counts(unseen).ignoringSections == ListCounts(total: 7, starred: 0, unread: 7, seen: 0))
        #expect(try store.counts(unseenWithoutLG).ignoringSections == ListCounts(total: 5, starred: 0, unread: 5, seen: 0))
    }

    @Test("a search counts seen papers, and is:unseen leaves them out")
    func searchCounts() throws {
        let store = try filledStore()
        try store.markSeen(["2604.00001", "2604.00002"])
        let all = try SearchQuery(parsing: "about")
        #expect(try store.searchCounts(all).total == 12)
        #expect(try store.searchCounts(all).seen == 2)
        let unseen = try SearchQuery(parsing: "about is:unseen")
        #expect(unseen.onlyUnseen)
        #expect(try store.searchCounts(unseen) == ListCounts(total: 10, starred: 0, unread: 10, seen: 0))
        let found = try store.search(unseen, limit: 50).map(\.listed.paper.id)
        #expect(Set(found) == Set(ids(3...12)))
        #expect(try store.counts(ListQuery(scope: .search(all), onlyUnseen: true)).total == 10)
    }

    @Test("pages of unseen papers leave the seen out and keep the list's order, page after page")
    func unseenPages() throws {
        let store = try filledStore()
        try store.markSeen(["2604.00002", "2604.00005", "2604.00006", "2604.00012"])
        try store.apply(.star, to: ["2604.00004", "2604.00005", "2604.00007"])
        try store.write { db in
            for (position, id) in ids(1...6).enumerated() {
                try db.execute(sql: """
                    INSERT INTO venue_paper (source_id, paper_id, venue, edition, grp, position) VALUES (?, ?, 'ICLR', 'ICLR.2025', 'Oral', ?)
                    """, arguments: ["v\(position)", id, position])
            }
        }
        // The day index, the SQL of a day's page (venue papers only), the general SQL, and the stars.
        let queries = [
            ListQuery(scope: .day(day), onlyUnseen: true),
            ListQuery(scope: .day(day), onlyVenue: true, onlyUnseen: true),
            ListQuery(scope: .day(day), categories: CategoryExpression(parsing: "cs.AI-cs.LG"), onlyUnseen: true),
            ListQuery(scope: .starred, onlyUnseen: true),
        ]
        for query in queries {
            var everything = query
            everything.onlyUnseen = false
            let expected = try store.page(everything, offset: 0, limit: 100).filter { !$0.isSeen }.map(\.paper.id)
            #expect(!expected.isEmpty)
            var paged: [String] = []
            for offset in stride(from: 0, to: 20, by: 3) {
                paged += try store.page(query, offset: offset, limit: 3).map(\.paper.id)
            }
            #expect(paged == expected, "\(query)")
            #expect(try store.counts(query).total == expected.count, "\(query)")
        }
        #expect(try store.page(queries[1], offset: 0, limit: 10).map(\.paper.id) == ["2604.00001", "2604.00003", "2604.00004"])
        #expect(try store.page(queries[3], offset: 0, limit: 10).map(\.paper.id) == ["2604.00004", "2604.00007"])
    }

    @Test("a cache from before seen marks keeps its stars and read marks when opened; what was read is seen")
    func upgradedFromV8() throws {
        let path = try Self.cacheAtV8(day: day, entries: entries(), starred: ["2604.00001", "2604.00002"],
                                      read: ["2604.00002", "2604.00003"], at: first)
        var upgraded = false
        let store = try PaperStore(path: path) { upgraded = true }
        #expect(upgraded)
        #expect(try store.allMarks() == [
            Mark(paperID: "2604.00001", starredAt: first, seenVersion: 1),
            Mark(paperID: "2604.00002", starredAt: first, readAt: first, seenAt: first, seenVersion: 1),
            Mark(paperID: "2604.00003", readAt: first, seenAt: first, seenVersion: 1),
        ])
        #expect(try store.counts(ListQuery(scope: .day(day))).ignoringSections == ListCounts(total: 12, starred: 2, unread: 10, seen: 2))
        #expect(try store.counts(ListQuery(scope: .day(day), onlyUnseen: true)).total == 10)
        #expect(try store.markSeen(["2604.00001"]) == 1)
        #expect(try store.counts(ListQuery(scope: .day(day))).seen == 3)
    }

    @Test("a cache from before seen marks that can only be read lists, counts and searches, what was read seen")
    func readOnlyV8() throws {
        let path = try Self.cacheAtV8(day: day, entries: entries(), starred: ["2604.00001"], read: ["2604.00002"], at: first)
        try withReadOnlyFolder((path as NSString).deletingLastPathComponent) {
            let store = try PaperStore(path: path)
            #expect(store.isReadOnly)
            #expect(try store.latestDay(for: nil) == day)
            #expect(try store.counts(ListQuery(scope: .day(day))).ignoringSections == ListCounts(total: 12, starred: 1, unread: 11, seen: 1))
            let withoutLG = ListQuery(scope: .day(day), categories: CategoryExpression(parsing: "cs.AI-cs.LG"))
            #expect(try store.counts(withoutLG).ignoringSections == ListCounts(total: 8, starred: 1, unread: 7, seen: 1))
            let page = try store.page(ListQuery(scope: .day(day), onlyUnseen: true), offset: 0, limit: 50)
            #expect(page.count == 11)
            #expect(page.allSatisfy { !$0.isSeen })
            #expect(page.first { $0.paper.id == "2604.00001" }?.isStarred == true)
            #expect(try store.searchCounts(SearchQuery(parsing: "about is:unseen")).total == 11)
            #expect(try store.mark(for: "2604.00002") == Mark(paperID: "2604.00002", readAt: first, seenAt: first))
            #expect(throws: StoreError.self) { try store.markSeen(["2604.00003"]) }
        }
        // Reading did not migrate it.
        let applied = try DatabaseQueue(path: path).read { db in try Migrations.migrator.appliedIdentifiers(db) }
        #expect(!applied.contains("v9: papers seen in a list"))
        #expect(applied.contains("v8: a count of changes to lists and marks"))
    }

    @Test("the marks file carries seen times, and still reads a file written before them")
    func marksFile() throws {
        let marks = [Mark(paperID: "2604.00001", starredAt: first, seenAt: later), Mark(paperID: "2604.00002", seenAt: first)]
        let data = try MarksFile.encode(marks)
        #expect(String(decoding: data, as: UTF8.self).contains("seen_at"))
        #expect(try MarksFile.decode(data) == marks)
        let older = try MarksFile.decode(Data(#"[{"id": "2604.00003", "starred_at": "2026-04-27T08:00:00Z"}]"#.utf8))
        #expect(older.count == 1)
        #expect(older.first?.isStarred == true)
        #expect(older.first?.seenAt == nil)
    }

    @Test("the version a starred paper was seen at goes through a rescue and the marks file, so its next version is still news")
    func seenVersionCarried() throws {
        let store = try filledStore()
        try store.apply(.star, to: ["2604.00001"])
        let salvaged = CacheRecovery.salvageMarks(path: store.path).marks
        #expect(salvaged.first { $0.paperID == "2604.00001" }?.seenVersion == 1)
        let written = try MarksFile.decode(MarksFile.encode(salvaged))
        #expect(written.map(\.seenVersion) == salvaged.map(\.seenVersion))
        let fresh = try filledStore()
        try fresh.restoreMarks(written)
        #expect(try fresh.mark(for: "2604.00001").seenVersion == 1)
        #expect(try fresh.mark(for: "2604.00001").isStarred)
    }

    @Test("restoring a mark that is only seen puts it back, and keeps a seen time already there")
    func restoreSeenOnly() throws {
        let store = try filledStore()
        try store.restoreMarks([Mark(paperID: "2604.00001", seenAt: first)])
        #expect(try store.mark(for: "2604.00001") == Mark(paperID: "2604.00001", seenAt: first))
        try store.restoreMarks([Mark(paperID: "2604.00001", starredAt: later, seenAt: later)])
        #expect(try store.mark(for: "2604.00001") == Mark(paperID: "2604.00001", starredAt: later, seenAt: first))
        #expect(try store.counts(ListQuery(scope: .day(day))).seen == 1)
    }

    /// A cache as the version before seen marks left it: the schema up to v8, written in WAL mode by
    /// a pool and closed, with papers listed on one day and marks without seen times.
    static func cacheAtV8(day: String, entries: [(Paper, AnnounceType)], starred: [String], read: [String], at date: Date) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("papers.sqlite").path
        let pool = try DatabasePool(path: path)
        try Migrations.migrator.migrate(pool, upTo: "v8: a count of changes to lists and marks")
        let feed = StoreTests.feed(day, entries)
        try pool.write { db in
            _ = try PaperStore.upsert(feed.entries.map(\.paper), in: db)
            try PaperStore.insert(PaperStore.listings(for: feed.entries, date: day, categories: ["cs.AI", "cs.LG"]), replacing: true, in: db)
            for id in Set(starred).union(read) {
                try db.execute(sql: "INSERT INTO mark (paper_id, starred_at, read_at) VALUES (?, ?, ?)",
                               arguments: [id, starred.contains(id) ? date : nil, read.contains(id) ? date : nil])
            }
        }
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        #expect(try pool.read { db in try db.columns(in: "mark").map(\.name) } == ["paper_id", "starred_at", "read_at"])
        return path
    }
}
