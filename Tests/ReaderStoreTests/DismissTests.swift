import Foundation
import GRDB
import Testing
import TestSupport
@testable import ReaderStore

@Suite("not interested: dismissals kept like other marks, hidden from the lists one browses, carried through every rescue")
struct DismissTests: OneDayOfMarks {
    private func pageIDs(_ store: PaperStore, _ query: ListQuery) throws -> [String] {
        try store.page(query, offset: 0, limit: 100).map(\.paper.id)
    }

    @Test("dismissing keeps the first time and never changes star or read; undismissing takes only the dismissal away")
    func dismissLeavesOtherMarks() throws {
        let store = try filledStore()
        try store.apply(.star, to: ["2604.00001"], at: first)
        try store.apply(.read, to: ["2604.00001"], at: first)
        try store.apply(.dismiss, to: ["2604.00001", "2604.00002"], at: first)
        try store.apply(.dismiss, to: ["2604.00001"], at: later)
        #expect(try store.mark(for: "2604.00001")
            == Mark(paperID: "2604.00001", starredAt: first, readAt: first, seenAt: first, seenVersion: 1, dismissedAt: first))
        #expect(try store.mark(for: "2604.00002") == Mark(paperID: "2604.00002", dismissedAt: first))
        try store.apply(.undismiss, to: ["2604.00001", "2604.00002"])
        #expect(try store.mark(for: "2604.00001") == Mark(paperID: "2604.00001", starredAt: first, readAt: first, seenAt: first, seenVersion: 1))
        // A row left without any mark is not kept.
        #expect(try store.allMarks().map(\.paperID) == ["2604.00001"])
        // Dismissing a paper not cached yet keeps it for when a sync brings it, and says so.
        #expect(try store.apply(.dismiss, to: ["2605.99999"]) == ["2605.99999"])
        #expect(try store.mark(for: "2605.99999").isDismissed)
    }

    @Test("a day's list leaves dismissed papers out and counts them; shown, they are there and marked; only, they alone")
    func dayList() throws {
        let store = try filledStore()
        try store.apply(.star, to: ["2604.00003"])
        try store.apply(.dismiss, to: ["2604.00003", "2604.00005"])
        let hidden = ListQuery(scope: .day(day))
        let everyID = try pageIDs(store, ListQuery(scope: .day(day), dismissed: .shown))
        let hiddenIDs = try pageIDs(store, hidden)
        #expect(hiddenIDs == everyID.filter { $0 != "2604.00003" && $0 != "2604.00005" })
        let counts = try store.counts(hidden)
        #expect(counts.total == 10)
        #expect(counts.dismissed == 2)
        #expect(counts.starred == 0)
        #expect(counts.sections == [ListSection(type: .new, count: 10)])
        let shown = ListQuery(scope: .day(day), dismissed: .shown)
        let rows = try store.page(shown, offset: 0, limit: 100)
        #expect(rows.count == 12)
        #expect(rows.filter(\.isDismissed).map(\.paper.id) == ["2604.00003", "2604.00005"])
        #expect(try store.counts(shown).total == 12)
        #expect(try store.counts(shown).dismissed == 2)
        let only = ListQuery(scope: .day(day), dismissed: .only)
        #expect(try pageIDs(store, only) == ["2604.00003", "2604.00005"])
        #expect(try store.counts(only).ignoringSections == {
            var expected = ListCounts(total: 2, starred: 1, unread: 2)
            expected.dismissed = 2
            return expected
        }())
        // The filters on other marks combine with it.
        #expect(try pageIDs(store, ListQuery(scope: .day(day), onlyStarred: true)).isEmpty)
        // The cursor on a paper dismissed goes to the one that followed it.
        #expect(try store.locate(["2604.00003", "2604.00004"], in: hidden) == hiddenIDs.firstIndex(of: "2604.00004"))
        // The list read through SQL (an excluded category) does the same.
        let withoutLG = ListQuery(scope: .day(day), categories: CategoryExpression(parsing: "cs.AI-cs.LG"))
        #expect(try pageIDs(store, withoutLG) == ["2604.00001", "2604.00002", "2604.00004", "2604.00007", "2604.00008",
                                                  "2604.00010", "2604.00011"])
        #expect(try store.counts(withoutLG).dismissed == 1)
    }

    @Test("the inbox and a venue's list leave them out; a search, the starred, and papers asked for by id keep them")
    func otherLists() throws {
        let store = try filledStore()
        try store.apply(.star, to: ["2604.00002"])
        try store.apply(.dismiss, to: ["2604.00002", "2604.00004"])
        let inbox = ListQuery(scope: .inbox(since: Date(), days: 30))
        #expect(try store.counts(inbox).total == 10)
        #expect(try store.counts(inbox).dismissed == 2)
        #expect(try !pageIDs(store, inbox).contains("2604.00004"))
        #expect(try store.counts(ListQuery(scope: .inbox(since: Date(), days: 30), dismissed: .shown)).total == 12)
        #expect(try pageIDs(store, ListQuery(scope: .starred)) == ["2604.00002"])
        #expect(try pageIDs(store, ListQuery(scope: .papers(["2604.00004", "2604.00001"]))) == ["2604.00004", "2604.00001"])
        #expect(try store.search(SearchQuery(parsing: "2604.00004"), limit: 10).first?.listed.isDismissed == true)
        let everyDismissed = ListQuery(scope: .dismissed)
        #expect(Set(try pageIDs(store, everyDismissed)) == ["2604.00002", "2604.00004"])
        #expect(try store.counts(everyDismissed).total == 2)

        let oral = VenuePaper(sourceID: "o1@ICLR.2025", edition: VenueEdition(venue: "ICLR", year: 2025), group: "Oral",
                              title: "An oral paper", authors: ["M. Cooper"], abstract: "")
        let poster = VenuePaper(sourceID: "p1@ICLR.2025", edition: VenueEdition(venue: "ICLR", year: 2025), group: "Poster",
                                title: "A poster paper", authors: ["M. Cooper"], abstract: "")
        _ = try store.saveVenuePapers([oral, poster])
        let venue = ListQuery(scope: .venue(edition: "ICLR.2025", group: nil))
        let venueIDs = try pageIDs(store, venue)
        #expect(venueIDs.count == 2)
        try store.apply(.dismiss, to: [venueIDs[0]])
        #expect(try pageIDs(store, venue) == [venueIDs[1]])
        #expect(try store.counts(venue).total == 1)
        #expect(try store.counts(venue).dismissed == 1)
    }

    @Test("a dismissal made by another process on the same cache is seen by a list already kept in memory")
    func secondReader() throws {
        let store = try filledStore()
        let other = try PaperStore(path: store.path)
        let query = ListQuery(scope: .day(day))
        #expect(try store.counts(query).total == 12)
        #expect(try other.counts(query).total == 12)
        try other.apply(.dismiss, to: ["2604.00007"])
        #expect(try store.counts(query).total == 11)
        #expect(try store.counts(query).dismissed == 1)
        #expect(try !pageIDs(store, query).contains("2604.00007"))
    }

    @Test("taking back a whole list marked read keeps a dismissal on the same paper")
    func undoMarkAllReadKeepsDismissal() throws {
        let store = try filledStore()
        try store.apply(.dismiss, to: ["2604.00001"], at: first)
        let change = try store.markAllRead(ListQuery(scope: .day(day), dismissed: .shown), at: later)
        #expect(try store.mark(for: "2604.00001").isRead)
        try store.undoMarkAllRead(change)
        #expect(try store.mark(for: "2604.00001") == Mark(paperID: "2604.00001", dismissedAt: first))
    }

    @Test("dismissals go through a rescue, the marks file and a restore, which keeps a dismissal already there")
    func rescuePaths() throws {
        let store = try filledStore()
        try store.apply(.dismiss, to: ["2604.00001"], at: first)
        try store.apply(.star, to: ["2604.00002"], at: first)
        let salvaged = CacheRecovery.salvageMarks(path: store.path).marks
        #expect(salvaged.first { $0.paperID == "2604.00001" }?.dismissedAt == first)
        let data = try MarksFile.encode(salvaged)
        #expect(String(decoding: data, as: UTF8.self).contains("dismissed_at"))
        let written = try MarksFile.decode(data)
        #expect(written == salvaged)
        let fresh = try filledStore()
        try fresh.apply(.dismiss, to: ["2604.00001"], at: later)
        try fresh.restoreMarks(written + [Mark(paperID: "2604.00009", dismissedAt: later)])
        #expect(try fresh.mark(for: "2604.00001").dismissedAt == later)
        #expect(try fresh.mark(for: "2604.00002").isStarred)
        #expect(try fresh.mark(for: "2604.00009") == Mark(paperID: "2604.00009", dismissedAt: later))
        #expect(try fresh.counts(ListQuery(scope: .day(day))).total == 10)
        // A file from before dismissals reads as none dismissed.
        let older = try MarksFile.decode(Data(#"[{"id": "2604.00003", "starred_at": "2026-04-27T08:00:00Z"}]"#.utf8))
        #expect(older.first?.dismissedAt == nil)
    }

    @Test("a cache from v10 keeps every mark when it is opened and migrated, and dismisses after")
    func upgradedFromV10() throws {
        let path = try Self.cacheAtV10(day: day, entries: entries(), at: first)
        let before = try DatabaseQueue(path: path).read(Self.markRows)
        var upgraded = false
        let store = try PaperStore(path: path) { upgraded = true }
        #expect(upgraded)
        #expect(try store.allMarks() == [
            Mark(paperID: "2604.00001", starredAt: first, seenVersion: 1),
            Mark(paperID: "2604.00002", starredAt: first, readAt: first, seenAt: first, seenVersion: 1),
            Mark(paperID: "2604.00003", readAt: first, seenAt: first, seenVersion: 1),
            Mark(paperID: "2604.00004", seenAt: first, seenVersion: 1),
        ])
        let after = try store.read(Self.markRows)
        #expect(after == before)
        #expect(try store.counts(ListQuery(scope: .day(day))).ignoringSections == ListCounts(total: 12, starred: 2, unread: 10, seen: 3))
        try store.apply(.dismiss, to: ["2604.00004"])
        #expect(try store.counts(ListQuery(scope: .day(day))).total == 11)
        #expect(try store.mark(for: "2604.00004").isSeen)
    }

    @Test("a cache from v10 that can only be read lists and counts as one with nothing dismissed")
    func readOnlyV10() throws {
        let path = try Self.cacheAtV10(day: day, entries: entries(), at: first)
        try withReadOnlyFolder((path as NSString).deletingLastPathComponent) {
            let store = try PaperStore(path: path)
            #expect(store.isReadOnly)
            let counts = try store.counts(ListQuery(scope: .day(day)))
            #expect(counts.total == 12)
            #expect(counts.dismissed == 0)
            #expect(try store.page(ListQuery(scope: .day(day)), offset: 0, limit: 50).count == 12)
            #expect(try store.mark(for: "2604.00002") == Mark(paperID: "2604.00002", starredAt: first, readAt: first, seenAt: first,
                                                              seenVersion: 1))
            #expect(try store.counts(ListQuery(scope: .inbox(since: Date(), days: 30))).total == 9)
        }
        let applied = try DatabaseQueue(path: path).read { db in try Migrations.migrator.appliedIdentifiers(db) }
        #expect(!applied.contains("v11: papers dismissed as not interesting"))
    }

    /// Every mark row's columns as v10 had them, as text.
    static func markRows(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT paper_id, starred_at, read_at, seen_at, seen_version FROM mark ORDER BY paper_id")
            .map { $0.description }
    }

    /// A cache as the version before dismissals left it: the schema up to v10, closed, with one day's
    /// papers and marks of every other kind (starred, read, seen with its version).
    static func cacheAtV10(day: String, entries: [(Paper, AnnounceType)], at date: Date) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("papers.sqlite").path
        let pool = try DatabasePool(path: path)
        try Migrations.migrator.migrate(pool, upTo: "v10: listing rows the bundled sample put in")
        let feed = StoreTests.feed(day, entries)
        try pool.write { db in
            _ = try PaperStore.upsert(feed.entries.map(\.paper), in: db)
            try PaperStore.insert(PaperStore.listings(for: feed.entries, date: day, categories: ["cs.AI", "cs.LG"]), replacing: true, in: db)
            let marks: [(String, Date?, Date?, Date?, Int?)] = [
                ("2604.00001", date, nil, nil, 1), ("2604.00002", date, date, date, 1),
                ("2604.00003", nil, date, date, 1), ("2604.00004", nil, nil, date, 1),
            ]
            for (id, starred, read, seen, version) in marks {
                try db.execute(sql: "INSERT INTO mark (paper_id, starred_at, read_at, seen_at, seen_version) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, starred, read, seen, version])
            }
        }
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        #expect(try pool.read { db in try db.columns(in: "mark").map(\.name) }
            == ["paper_id", "starred_at", "read_at", "seen_at", "seen_version"])
        return path
    }
}
