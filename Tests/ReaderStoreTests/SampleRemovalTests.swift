import Foundation
import GRDB
import Testing
import TestSupport
@testable import ReaderStore

@Suite("removing the bundled sample")
struct SampleRemovalTests {
    private let day = "2026-04-27"

    private func listings(_ store: PaperStore, of id: String) throws -> [String] {
        try store.read { db in
            try String.fetchAll(db, sql: "SELECT announce_date || ' ' || category FROM listing WHERE paper_id = ? ORDER BY 1", arguments: [id])
        }
    }

    private func titleHits(_ store: PaperStore, _ words: String) throws -> [String] {
        try store.search(SearchQuery(parsing: words)).map(\.listed.paper.id)
    }

    @Test("only what nothing else holds goes: marked papers stay on their day, the index stays sound")
    func keepsWhatIsHeld() throws {
        let store = try makeTemporaryStore()
        // The user's own paper, synced on another day, is no part of the sample.
        _ = try store.saveDailyFeed(StoreTests.feed("2026-04-28", [(StoreTests.paper("2604.30000", title: "Cow Urine, revisited"), .new)]),
                                    categories: ["cs.AI"])
        let loaded = try BundledSample.load(into: store)
        #expect(loaded.newPapers == 90)
        try store.apply(.star, to: ["2604.21935"])
        try store.apply(.read, to: ["2504.17837"])
        try store.markSeen(["2604.22002"])
        try store.save(FAQAnswer(paperID: "2604.21936", version: 1, lang: .en, model: "m", promptVersion: 1, status: .complete,
                                 source: .abstract, text: "An answer."))
        try store.save(FullText(source: .abstract, text: "Fetched."), paperID: "2604.21953", version: 1)
        try store.saveListings([Listing(announceDate: "2026-04-28", category: "cs.AI", paperID: "2604.21937", announceType: .new, position: 1)])
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO venue_paper (source_id, paper_id, venue, edition, grp, position) VALUES ('v1', '2604.21952', 'ICLR', 'ICLR.2025', 'Oral', 0)
                """)
        }
        #expect(try titleHits(store, "cow urine") .count == 2)

        let removal = try BundledSample.remove(from: store)
        #expect(removal.removedPapers == 85)
        #expect(removal.keptMarked == 2)
        #expect(removal.keptElsewhere == 3)
        #expect(removal.removedAnything)

        #expect(try store.paperCount() == 6)
        #expect(try listings(store, of: "2604.21935") == ["\(day) cs.AI"])
        #expect(try listings(store, of: "2504.17837") == ["2025-04-28 quant-ph"])
        #expect(try listings(store, of: "2604.21937") == ["2026-04-28 cs.AI"])
        #expect(try listings(store, of: "2604.21936").isEmpty)
        #expect(try store.paper(id: "2604.21936") != nil)
        #expect(try store.paper(id: "2604.21952") != nil)
        #expect(try store.page(ListQuery(scope: .day(day)), offset: 0, limit: 50).map(\.paper.id) == ["2604.21935"])
        #expect(try store.paper(id: "2604.30000")?.announceDate == "2026-04-28")
        // The removed paper's seen mark and its fetched text went with it.
        #expect(try store.allMarks().map(\.paperID) == ["2504.17837", "2604.21935"])
        #expect(try store.fullText(paperID: "2604.21953", version: 1) == nil)
        #expect(try store.faq(paperID: "2604.21936", lang: .en) != nil)

        #expect(try titleHits(store, "cow urine") == ["2604.30000"])
        #expect(try titleHits(store, "math takes two") == ["2604.21935"])
        #expect(try store.integrityCheck() == "ok")
        try store.write { db in
            try db.execute(sql: "INSERT INTO paper_fts(paper_fts, rank) VALUES ('integrity-check', 1)")
        }
        let indexed = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper_fts") }
        #expect(indexed == 6)
    }

    @Test("a real sync of the sample's day and category since: its list, its papers and their marks stay when the sample goes")
    func keepsWhatASyncListed() throws {
        let store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        let learning = ListQuery(scope: .day(day), categories: CategoryExpression(parsing: "cs.CL"))
        let sampleList = try store.page(learning, offset: 0, limit: 50).map(\.paper.id)
        // The day's real cs.CL list, as `papers-tui sync -c cs.CL` stores it: the same papers.
        let feed = try ArxivRSSParser.parse(try Fixtures.data("arxiv/arxiv_rss_cs.CL_2026-04-27_trimmed.xml"))
        _ = try store.saveDailyFeed(feed, categories: ["cs.CL"])
        let synced = try store.page(learning, offset: 0, limit: 50).map(\.paper.id)
        #expect(synced == sampleList)
        #expect(synced.count == 3)
        let seenOnly = synced[0]
        try store.markSeen([seenOnly], at: Date(timeIntervalSince1970: 1_780_000_000))
        // Loading the sample again leaves the fetched list as it is.
        _ = try BundledSample.load(into: store)

        let removal = try BundledSample.remove(from: store)
        #expect(removal.removedAnything)
        #expect(try store.page(learning, offset: 0, limit: 50).map(\.paper.id) == synced)
        #expect(try store.mark(for: seenOnly).seenAt == Date(timeIntervalSince1970: 1_780_000_000))
        let listed = try store.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT paper_id FROM listing ORDER BY paper_id")
        }
        #expect(listed == synced.sorted())
        #expect(try store.paperCount() == 3)
        for id in synced { #expect(try store.paper(id: id) != nil) }
        #expect(try titleHits(store, "Shared Lexical Task Representations").count == 1)
        #expect(try store.integrityCheck() == "ok")
        // Nothing of the sample is left to remove.
        #expect(!(try BundledSample.remove(from: store)).removedAnything)
    }

    @Test("a cache from before the rows were flagged: the sample's days and categories are taken as the sample's, and a read-only one still reads")
    func fromBeforeTheFlag() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("papers.sqlite").path
        do {
            // The sample as the version before loaded it, and a day of the user's own.
            let pool = try DatabasePool(path: path)
            try Migrations.migrator.migrate(pool, upTo: "v9: papers seen in a list")
            try pool.write { db in
                for file in try BundledSampleFiles.feeds() {
                    let feed = try ArxivRSSParser.parse(try BundledSampleFiles.contents(of: file.url))
                    _ = try PaperStore.upsert(feed.entries.map(\.paper), in: db)
                    try PaperStore.insert(PaperStore.listings(for: feed.entries, date: try #require(feed.announceDate), categories: [file.category]),
                                          replacing: true, in: db)
                }
                let own = StoreTests.paper("2604.30000")
                _ = try PaperStore.upsert([own], in: db)
                try PaperStore.insert([Listing(announceDate: "2026-04-28", category: "cs.AI", paperID: own.id, announceType: .new, position: 0)],
                                      replacing: true, in: db)
            }
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        }
        try withReadOnlyFolder(folder.path) {
            let store = try PaperStore(path: path)
            #expect(store.isReadOnly)
            #expect(try store.counts(ListQuery(scope: .day(day))).total == 9)
            #expect(try store.counts(ListQuery(scope: .day("2026-04-28"))).total == 1)
        }
        let store = try PaperStore(path: path)
        let flagged = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT announce_date, from_sample, COUNT(*) FROM listing GROUP BY 1, 2 ORDER BY 1, 2")
                .map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int)" }
        }
        #expect(flagged.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["2025-04-28 1", "2026-04-27 1", "2026-04-28 0"])
        let removal = try BundledSample.remove(from: store)
        #expect(removal.removedPapers == 90)
        #expect(try store.paperCount() == 1)
        #expect(try store.counts(ListQuery(scope: .day("2026-04-28"))).total == 1)
    }

    @Test("a second removal finds nothing left, and the sample loads again after")
    func twice() throws {
        let store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        try store.apply(.star, to: ["2604.21935"])
        #expect(try BundledSample.remove(from: store).removedPapers == 89)
        let again = try BundledSample.remove(from: store)
        #expect(again == SampleRemoval(removedPapers: 0, removedListings: 0, keptMarked: 1, keptElsewhere: 0))
        #expect(!again.removedAnything)
        #expect(try BundledSample.load(into: store).newPapers == 89)
        #expect(try store.counts(ListQuery(scope: .day(day))).ignoringSections == ListCounts(total: 9, starred: 1, unread: 9))
    }
}
