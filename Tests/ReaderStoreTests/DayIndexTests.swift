import Foundation
import GRDB
import Testing
import TestSupport
@testable import ReaderStore

@Suite("a day's list kept in memory")
struct DayIndexTests {
    private let day = "2026-04-27"

    /// 30 papers on one day, some starred, some read, one a replacement.
    private func filledStore() throws -> PaperStore {
        let store = try makeTemporaryStore()
        var entries: [(Paper, AnnounceType)] = (1...29).map { index in
            (StoreTests.paper(String(format: "2604.%05d", index), categories: index % 3 == 0 ? ["cs.LG", "cs.AI"] : ["cs.AI"]), .new)
        }
        entries.append((StoreTests.paper("2501.00001", version: 2), .replace))
        _ = try store.saveDailyFeed(StoreTests.feed(day, entries), categories: ["cs.AI", "cs.LG"])
        try store.apply(.star, to: ["2604.00002", "2604.00007", "2604.00020"])
        try store.apply(.read, to: ["2604.00002", "2604.00003", "2604.00004", "2604.00021"])
        return store
    }

    private func variants() -> [ListQuery] {
        var queries: [ListQuery] = []
        for starred in [false, true] {
            for unread in [false, true] {
                for replacements in [false, true] {
                    for categories in [nil, CategoryExpression(parsing: "cs.LG")] {
                        queries.append(ListQuery(scope: .day(day), categories: categories,
                                                 includeReplacements: replacements, onlyStarred: starred, onlyUnread: unread))
                    }
                }
            }
        }
        return queries
    }

    @Test("every filter gives the counts and pages that the SQL of a day's page gives")
    func sameAsSQL() throws {
        let store = try filledStore()
        for query in variants() {
            #expect(DayIndex.applies(to: query))
            let expectedCounts = try store.read { db in try DayPage.counts(query, in: db) }
            #expect(try store.counts(query) == expectedCounts, "\(query)")
            for (offset, limit) in [(0, 100), (0, 7), (5, 7), (25, 10), (40, 5)] {
                let expected = try store.read { db in try DayPage.page(query, offset: offset, limit: limit, in: db) }
                #expect(try store.page(query, offset: offset, limit: limit) == expected, "\(query) \(offset) \(limit)")
            }
        }
    }

    @Test("papers marked here stay in a list filtered on marks, on every path that reads one, and leave without it")
    func markedHereStays() throws {
        let store = try filledStore()
        // Unstarred, dismissed and read while the filtered lists were shown (the inbox too: a paper
        // read is seen, and one seen after the inbox was opened stays in it anyway).
        // A second before the marks: the cache keeps times to the millisecond, and a read mark given
        // in the same millisecond as `now` would read as seen before the inbox was opened.
        let now = Date().addingTimeInterval(-1)
        try store.apply(.unstar, to: ["2604.00007"])
        try store.apply(.dismiss, to: ["2604.00009"])
        try store.apply(.read, to: ["2604.00010"])
        let kept: Set = ["2604.00007", "2604.00009", "2604.00010"]
        let lists = [
            ListQuery(scope: .day(day), onlyStarred: true),
            ListQuery(scope: .day(day), onlyUnread: true),
            ListQuery(scope: .day(day), onlyStarred: true, onlyVenue: true),
            ListQuery(scope: .day(day), categories: CategoryExpression(parsing: "cs.AI-cs.CV"), onlyUnread: true),
            ListQuery(scope: .inbox(since: now, days: 30), onlyUnread: true),
            ListQuery(scope: .search(try SearchQuery(parsing: "is:unread")), onlyUnread: true),
        ]
        for list in lists {
            var here = list
            here.markedHere = kept
            let without = try store.page(list, offset: 0, limit: 100).map(\.paper.id)
            let with = try store.page(here, offset: 0, limit: 100).map(\.paper.id)
            // The venue filter is not one on marks: no venue lists these papers, so none is let through.
            let letThrough: Set<String> = list.onlyVenue ? [] : kept
            #expect(Set(with) == Set(without).union(letThrough), "\(list)")
            #expect(try store.counts(here).total == with.count, "\(list)")
            #expect(list.onlyVenue || !letThrough.isSubset(of: Set(without)), "the filter left some out: \(list)")
            // In the list's own order: the rows around a kept paper do not move.
            #expect(with.filter { without.contains($0) } == without, "\(list)")
        }
    }

    @Test("a mark or a list changed by another process shows at once")
    func otherProcessChanges() throws {
        let store = try filledStore()
        let unread = ListQuery(scope: .day(day), onlyUnread: true)
        let before = try store.counts(unread)
        #expect(before.total == 25)
        // A second store on the same file is another connection, as another process would have.
        let other = try PaperStore(path: store.path)
        try other.apply(.read, to: ["2604.00010"])
        #expect(try store.counts(unread).total == 24)
        #expect(try !store.page(unread, offset: 0, limit: 100).map(\.paper.id).contains("2604.00010"))
        try other.apply(.star, to: ["2604.00010"])
        #expect(try store.counts(ListQuery(scope: .day(day), onlyStarred: true)).total == 4)
        _ = try other.saveDailyFeed(StoreTests.feed(day, [(StoreTests.paper("2604.00099"), .new)]), categories: ["cs.AI"])
        #expect(try store.page(ListQuery(scope: .day(day)), offset: 0, limit: 100).map(\.paper.id).contains("2604.00099"))
    }

    @Test("without the change count (a cache from before it, opened read-only) nothing is kept, and lists stay right")
    func withoutChangeCount() throws {
        let store = try filledStore()
        try store.write { db in
            for table in ["listing", "mark", "venue_paper"] {
                for event in ["insert", "update", "delete"] { try db.execute(sql: "DROP TRIGGER \(table)_\(event)_counted") }
            }
            try db.execute(sql: "DROP TABLE change_count")
        }
        let unread = ListQuery(scope: .day(day), onlyUnread: true)
        #expect(try store.counts(unread).total == 25)
        try store.apply(.read, to: ["2604.00010"])
        #expect(try store.counts(unread).total == 24)
        #expect(try !store.page(unread, offset: 0, limit: 100).map(\.paper.id).contains("2604.00010"))
    }

    @Test("the nine triggers that keep the count exist")
    func triggers() throws {
        let store = try makeTemporaryStore()
        let names = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_counted' ORDER BY name")
        }
        #expect(names.count == 9)
        #expect(Set(names.map { $0.components(separatedBy: "_").dropLast(2).joined(separator: "_") }) == ["listing", "mark", "venue_paper"])
    }

    @Test("every write to listings, marks and venue papers moves the change count")
    func changeCount() throws {
        let store = try filledStore()
        func count() throws -> Int64 { try store.read { db in try Int64.fetchOne(db, sql: "SELECT value FROM change_count") ?? -1 } }
        var last = try count()
        func expectMoved(_ what: String, _ change: () throws -> Void) throws {
            try change()
            let now = try count()
            #expect(now > last, "\(what)")
            last = now
        }
        try expectMoved("star") { try store.apply(.star, to: ["2604.00011"]) }
        try expectMoved("unstar") { try store.apply(.unstar, to: ["2604.00011"]) }
        try expectMoved("listing") { try store.saveListings([Listing(announceDate: "2026-04-28", category: "cs.AI", paperID: "2604.00011", announceType: .new, position: 0)]) }
        try expectMoved("listing moved") {
            try store.write { db in try db.execute(sql: "UPDATE listing SET position = position + 1 WHERE paper_id = '2604.00011'") }
        }
        try expectMoved("listing removed") {
            try store.write { db in try db.execute(sql: "DELETE FROM listing WHERE announce_date = '2026-04-28'") }
        }
        try expectMoved("venue") {
            try store.write { db in
                try db.execute(sql: "INSERT INTO venue_paper (source_id, paper_id, venue, edition, grp, position) VALUES ('x', '2604.00011', 'ICLR', 'ICLR.2025', 'Oral', 0)")
            }
        }
        try expectMoved("venue moved") {
            try store.write { db in try db.execute(sql: "UPDATE venue_paper SET grp = 'Poster' WHERE source_id = 'x'") }
        }
        try expectMoved("venue removed") {
            try store.write { db in try db.execute(sql: "DELETE FROM venue_paper WHERE source_id = 'x'") }
        }
    }
}
