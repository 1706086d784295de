import Foundation
import Testing
@testable import ReaderStore

/// A day's sections, and the inbox: the papers not seen over the last days, each once.
@Suite("the cache: sections of a day, and the inbox")
struct InboxAndSectionsTests {
    typealias Fixture = StoreTests

    /// Two days: 2026-04-27 (new 1-3, 4 a cross-list from cs.LG) and 2026-04-28 (new 5-6, 1 replaced,
    /// 7 new in cs.LG and listed in cs.AI as a cross-list).
    static func twoDays() throws -> PaperStore {
        let store = try makeTemporaryStore()
        let ai = ["cs.AI"]
        let cross = Fixture.paper("2604.00004", categories: ["cs.LG", "cs.AI"])
        _ = try store.saveDailyFeed(Fixture.feed("2026-04-27", [
            (Fixture.paper("2604.00001"), .new), (Fixture.paper("2604.00002"), .new), (Fixture.paper("2604.00003"), .new),
            (cross, .cross),
        ]), categories: ai)
        let seventh = Fixture.paper("2604.00007", categories: ["cs.LG", "cs.AI"])
        _ = try store.saveDailyFeed(Fixture.feed("2026-04-28", [
            (Fixture.paper("2604.00005"), .new), (Fixture.paper("2604.00006"), .new),
            (Fixture.paper("2604.00001", version: 2), .replace), (seventh, .cross),
        ]), categories: ai)
        _ = try store.saveDailyFeed(Fixture.feed("2026-04-28", [(seventh, .new)]), categories: ["cs.LG"])
        return store
    }

    @Test("a day's counts carry its sections in list order, on every read path")
    func sections() throws {
        let store = try Self.twoDays()
        let expected = [ListSection(type: .new, count: 3), ListSection(type: .cross, count: 1)]
        #expect(try store.counts(ListQuery(scope: .day("2026-04-27"), categories: CategoryExpression(parsing: "cs.AI"))).sections == expected)
        #expect(try store.counts(ListQuery(scope: .day("2026-04-27"), categories: CategoryExpression(parsing: "cs.AI-cs.CY"))).sections
            == expected)
        let replacements = ListQuery(scope: .day("2026-04-28"), categories: CategoryExpression(parsing: "cs.AI"), includeReplacements: true)
        #expect(try store.counts(replacements).sections
            == [ListSection(type: .new, count: 2), ListSection(type: .cross, count: 1), ListSection(type: .replace, count: 1)])
        // All categories: 7 is new in cs.LG, so it is a new submission of the day, once.
        #expect(try store.counts(ListQuery(scope: .day("2026-04-28"))).sections == [ListSection(type: .new, count: 3)])
    }

    @Test("the inbox: every paper not seen, oldest day first, each once on its first day, with a section per day")
    func inbox() throws {
        let store = try Self.twoDays()
        let opened = Date()
        let inbox = ListQuery(scope: .inbox(since: opened, days: 30))
        // In each day's order: 7 is first in cs.LG as 5 is in cs.AI, so it comes between 5 and 6, as in the day's list.
        #expect(try store.page(inbox, offset: 0, limit: 50).map(\.paper.id)
            == ["2604.00001", "2604.00002", "2604.00003", "2604.00004", "2604.00005", "2604.00007", "2604.00006"])
        #expect(try store.counts(inbox).sections == [ListSection(heading: .day("2026-04-27"), count: 4),
                                                     ListSection(heading: .day("2026-04-28"), count: 3)])
        let rows = try store.page(inbox, offset: 3, limit: 2)
        #expect(rows.map(\.announceDate) == ["2026-04-27", "2026-04-28"])
        #expect(rows.map(\.announceType) == [.cross, .new])
        #expect(try store.page(ListQuery(scope: .day("2026-04-28")), offset: 0, limit: 10).map(\.paper.id)
            == ["2604.00005", "2604.00007", "2604.00006"])
        // Seen before the inbox was opened: gone. Seen while it is open: kept, and counted.
        try store.markSeen(["2604.00002"], at: opened.addingTimeInterval(-60))
        try store.markSeen(["2604.00005"], at: opened.addingTimeInterval(1))
        let counts = try store.counts(inbox)
        #expect(counts.total == 6)
        #expect(counts.seen == 1)
        #expect(try store.page(inbox, offset: 0, limit: 50).map(\.paper.id).contains("2604.00005"))
        #expect(try !store.page(inbox, offset: 0, limit: 50).map(\.paper.id).contains("2604.00002"))
        // Opened later, the papers seen are gone; a day fully seen has no section.
        try store.markSeen(["2604.00001", "2604.00003", "2604.00004"], at: opened.addingTimeInterval(2))
        let later = ListQuery(scope: .inbox(since: opened.addingTimeInterval(10), days: 30))
        #expect(try store.counts(later).sections == [ListSection(heading: .day("2026-04-28"), count: 2)])
        #expect(try store.page(later, offset: 0, limit: 50).map(\.paper.id) == ["2604.00007", "2604.00006"])
    }

    @Test("the inbox follows the categories, the filters and the number of days")
    func inboxFilters() throws {
        let store = try Self.twoDays()
        let now = Date()
        let lg = ListQuery(scope: .inbox(since: now, days: 30), categories: CategoryExpression(parsing: "cs.LG"))
        #expect(try store.page(lg, offset: 0, limit: 50).map(\.paper.id) == ["2604.00007"])
        let lastDay = ListQuery(scope: .inbox(since: now, days: 1))
        #expect(try store.counts(lastDay).total == 3)
        try store.apply(.star, to: ["2604.00006"])
        let starred = ListQuery(scope: .inbox(since: now, days: 30), onlyStarred: true)
        #expect(try store.page(starred, offset: 0, limit: 50).map(\.paper.id) == ["2604.00006"])
        let withoutLG = ListQuery(scope: .inbox(since: now, days: 30), categories: CategoryExpression(parsing: "cs.AI-cs.LG"))
        #expect(try store.page(withoutLG, offset: 0, limit: 50).map(\.paper.id)
            == ["2604.00001", "2604.00002", "2604.00003", "2604.00005", "2604.00006"])
        #expect(try store.counts(ListQuery(scope: .inbox(since: now, days: 30))).total == 7)
    }

    @Test("an inbox opened later comes from the one kept: less what was seen before it, without reading it again")
    func laterInboxFromMemory() throws {
        let store = try Self.twoDays()
        let first = Date()
        #expect(try store.counts(ListQuery(scope: .inbox(since: first, days: 30))).total == 7)
        try store.markSeen(["2604.00003"], at: first.addingTimeInterval(1))
        // Still as opened at `first`: 3 is seen, and stays.
        let same = try store.counts(ListQuery(scope: .inbox(since: first, days: 30)))
        #expect(same.total == 7)
        #expect(same.seen == 1)
        // Opened after 3 was seen: gone, from the kept entries as from the file.
        let later = ListQuery(scope: .inbox(since: first.addingTimeInterval(2), days: 30))
        #expect(try store.page(later, offset: 0, limit: 50).map(\.paper.id)
            == ["2604.00001", "2604.00002", "2604.00004", "2604.00005", "2604.00007", "2604.00006"])
        let fresh = try PaperStore(path: store.path)
        #expect(try fresh.page(later, offset: 0, limit: 50).map(\.paper.id) == store.page(later, offset: 0, limit: 50).map(\.paper.id))
        #expect(try fresh.locate(["2604.00005"], in: later) == 3)
    }

    @Test("an empty cache has an empty inbox")
    func emptyInbox() throws {
        let store = try makeTemporaryStore()
        let inbox = ListQuery(scope: .inbox(since: Date(), days: 30))
        #expect(try store.counts(inbox).total == 0)
        #expect(try store.page(inbox, offset: 0, limit: 10).isEmpty)
    }
}

/// A starred or read paper announced again with a newer version: changed until seen again.
@Suite("the cache: papers changed since they were seen")
struct ChangedPaperTests {
    typealias Fixture = StoreTests

    @Test("a starred paper replaced by v2 is changed: in the inbox on its replacement's day and in the changed list, until seen")
    func replacedStar() throws {
        let store = try InboxAndSectionsTests.twoDays()
        // 2604.00001 was starred at v1 before 2026-04-28 replaced it: the fixture saved v2 already, so
        // go back to a star given at v1.
        try store.apply(.star, to: ["2604.00001", "2604.00002"])
        try store.markSeen(["2604.00001", "2604.00002"], at: Date().addingTimeInterval(-3_600))
        try store.write { db in try db.execute(sql: "UPDATE mark SET seen_version = 1 WHERE paper_id = '2604.00001'") }
        let listed = try #require(try store.paper(id: "2604.00001"))
        #expect(listed.paper.version == 2)
        #expect(listed.isChanged)
        #expect(listed.changedFrom == 1)
        #expect(try store.paper(id: "2604.00002")?.isChanged == false)
        let changed = ListQuery(scope: .changed)
        #expect(try store.page(changed, offset: 0, limit: 10).map(\.paper.id) == ["2604.00001"])
        let inbox = ListQuery(scope: .inbox(since: Date(), days: 30))
        let rows = try store.page(inbox, offset: 0, limit: 50)
        // Seen at v1 an hour ago, so it is in the inbox only as changed: on the day of its replacement.
        let row = try #require(rows.first { $0.paper.id == "2604.00001" })
        #expect(row.announceDate == "2026-04-28")
        #expect(row.announceType == .replace)
        #expect(!rows.contains { $0.paper.id == "2604.00002" })
        #expect(try store.counts(inbox).sections.map(\.heading) == [.day("2026-04-27"), .day("2026-04-28")])
        // Seen again: no longer changed.
        try store.markSeen(["2604.00001"])
        #expect(try store.paper(id: "2604.00001")?.isChanged == false)
        #expect(try store.counts(changed).total == 0)
    }

    @Test("a star given from the command line is given to the version cached")
    func starKeepsVersion() throws {
        let store = try InboxAndSectionsTests.twoDays()
        try store.apply(.star, to: ["2604.00005"])
        #expect(try store.paper(id: "2604.00005")?.seenVersion == 1)
        _ = try store.saveDailyFeed(Fixture.feed("2026-04-29", [(Fixture.paper("2604.00005", version: 3), .replace)]),
                                    categories: ["cs.AI"])
        let listed = try #require(try store.paper(id: "2604.00005"))
        #expect(listed.isChanged)
        #expect(listed.changedFrom == 1)
    }
}

/// A cold inbox counted quickly: its first day at once, the whole after.
@Suite("the cache: the inbox's first day before the whole")
struct InboxFirstDayTests {
    @Test("counted quickly, a cold inbox is its first day, whose rows pages give until the whole is counted")
    func firstDayThenWhole() throws {
        let store = try InboxAndSectionsTests.twoDays()
        let inbox = ListQuery(scope: .inbox(since: Date(), days: 30))
        let first = try store.counts(inbox, quickly: true)
        #expect(first.isPartial)
        #expect(first.total == 4)
        #expect(first.sections == [ListSection(heading: .day("2026-04-27"), count: 4)])
        #expect(try store.page(inbox, offset: 0, limit: 50).map(\.paper.id) == ["2604.00001", "2604.00002", "2604.00003", "2604.00004"])
        let whole = try store.counts(inbox)
        #expect(!whole.isPartial)
        #expect(whole.total == 7)
        #expect(try store.page(inbox, offset: 0, limit: 50).count == 7, "once counted whole, pages are of the whole")
        // Kept whole, a quick count is the whole too.
        #expect(try store.counts(inbox, quickly: true) == whole)
    }

    @Test("a page read without a quick count first is of the whole inbox (papers-tui list --inbox)")
    func pageWithoutQuickCount() throws {
        let store = try InboxAndSectionsTests.twoDays()
        let inbox = ListQuery(scope: .inbox(since: Date(), days: 30))
        #expect(try store.page(inbox, offset: 0, limit: 50).count == 7)
    }

    @Test("a first day seen already: the first day with papers not seen is the first part")
    func firstDaySeen() throws {
        let store = try InboxAndSectionsTests.twoDays()
        let opened = Date()
        try store.markSeen(["2604.00001", "2604.00002", "2604.00003", "2604.00004"], at: opened.addingTimeInterval(-60))
        let first = try store.counts(ListQuery(scope: .inbox(since: opened, days: 30)), quickly: true)
        #expect(first.isPartial)
        #expect(first.sections == [ListSection(heading: .day("2026-04-28"), count: 3)])
    }

    @Test("browsing many days never pushes the inbox out of memory")
    func ownSlot() throws {
        let store = try InboxAndSectionsTests.twoDays()
        let inbox = ListQuery(scope: .inbox(since: Date(), days: 30))
        _ = try store.counts(inbox)
        for day in ["2026-04-27", "2026-04-28", "2026-04-27", "2026-04-28"] {
            for categories in ["cs.AI", "cs.LG", "cs.CL"] {
                _ = try store.counts(ListQuery(scope: .day(day), categories: CategoryExpression(parsing: categories)))
            }
        }
        #expect(try !store.counts(inbox, quickly: true).isPartial, "the whole inbox is still kept")
    }
}
