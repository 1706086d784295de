import Foundation
import GRDB
import Testing
import TestSupport
@testable import ReaderStore

@Suite("the cache: marks, lists, schema")
struct StoreTests {
    static func paper(_ id: String, version: Int = 1, categories: [String] = ["cs.AI"], title: String? = nil) -> Paper {
        Paper(id: id, version: version, title: title ?? "Paper \(id) v\(version)", authors: ["A. Author", "B. Author"],
              abstract: "About \(id).", primaryCategory: categories[0], categories: categories)
    }

    static func feed(_ date: String, _ entries: [(Paper, AnnounceType)]) -> DailyFeed {
        DailyFeed(announceDate: date, entries: entries.map { DailyEntry(paper: $0.0, announceType: $0.1) })
    }

    @Test("a new version of a paper updates it and keeps its star and read mark")
    func newVersionKeepsMarks() throws {
        let store = try makeTemporaryStore()
        _ = try store.saveDailyFeed(Self.feed("2026-04-27", [(Self.paper("2604.00001"), .new)]), categories: ["cs.AI"])
        try store.apply(.star, to: ["2604.00001"])
        try store.apply(.read, to: ["2604.00001"])
        let marked = try store.mark(for: "2604.00001")
        let summary = try store.saveDailyFeed(
            Self.feed("2026-04-28", [(Self.paper("2604.00001", version: 2), .replace)]), categories: ["cs.AI"])
        #expect(summary.updatedPapers == 1)
        #expect(try store.paper(id: "2604.00001")?.paper.version == 2)
        #expect(try store.mark(for: "2604.00001") == marked)
    }

    @Test("an older version arriving later never replaces a newer one")
    func noDowngrade() throws {
        let store = try makeTemporaryStore()
        _ = try store.savePapers([Self.paper("2604.00001", version: 3)])
        let summary = try store.savePapers([Self.paper("2604.00001", version: 1)])
        #expect(summary.unchangedPapers == 1)
        #expect(try store.paper(id: "2604.00001")?.paper.version == 3)
    }

    @Test("a star given before the paper is cached is kept, and starring twice keeps the first time")
    func starBeforeSync() throws {
        let store = try makeTemporaryStore()
        let early = Date(timeIntervalSince1970: 1_700_000_000)
        let unknown = try store.apply(.star, to: ["2604.00009"], at: early)
        #expect(unknown == ["2604.00009"])
        try store.apply(.star, to: ["2604.00009"])
        _ = try store.savePapers([Self.paper("2604.00009")])
        let listed = try #require(try store.paper(id: "2604.00009"))
        #expect(listed.starredAt == early)
        try store.apply(.unstar, to: ["2604.00009"])
        #expect(try store.allMarks().isEmpty)
    }

    @Test("replacements are kept but listed only on request")
    func replacementsOnRequest() throws {
        let store = try makeTemporaryStore()
        _ = try store.saveDailyFeed(Self.feed("2026-04-27", [
            (Self.paper("2604.00001"), .new), (Self.paper("2604.00002", categories: ["cs.LG", "cs.AI"]), .new),
            (Self.paper("2501.00003", version: 2), .replace),
        ]), categories: ["cs.AI"])
        let day = ListQuery(scope: .day("2026-04-27"))
        #expect(try store.page(day, offset: 0, limit: 10).map(\.paper.id) == ["2604.00001", "2604.00002"])
        #expect(try store.page(day, offset: 0, limit: 10).map(\.announceType) == [.new, .cross])
        var withReplacements = day
        withReplacements.includeReplacements = true
        #expect(try store.counts(withReplacements).total == 3)
    }

    @Test("category expressions: a union lists each paper once, an exclusion removes papers carrying it")
    func expressions() throws {
        let store = try makeTemporaryStore()
        let papers = [
            Self.paper("2604.00001", categories: ["cs.AI"]),
            Self.paper("2604.00002", categories: ["cs.CL", "cs.AI"]),
            Self.paper("2604.00003", categories: ["cs.CL", "cs.CY"]),
            Self.paper("2604.00004", categories: ["hep-th"]),
        ]
        let feed = Self.feed("2026-04-27", papers.map { ($0, .new) })
        _ = try store.saveDailyFeed(feed, categories: ["cs.AI", "cs.CL", "hep-th"])
        func ids(_ expression: String) throws -> [String] {
            let query = ListQuery(scope: .day("2026-04-27"), categories: CategoryExpression(parsing: expression))
            return try store.page(query, offset: 0, limit: 50).map(\.paper.id).sorted()
        }
        #expect(try ids("cs.AI,cs.CL") == ["2604.00001", "2604.00002", "2604.00003"])
        #expect(try ids("cs.AI+cs.CL-cs.CY") == ["2604.00001", "2604.00002"])
        #expect(try ids("cs") == ["2604.00001", "2604.00002", "2604.00003"])
        #expect(try ids("-cs.CY") == ["2604.00001", "2604.00002", "2604.00004"])
        #expect(try ids("hep-th") == ["2604.00004"])
    }

    @Test("pages come from SQL with limit and offset, starred and unread filters and counts agree")
    func paging() throws {
        let store = try makeTemporaryStore()
        let papers = (1...120).map { Self.paper(String(format: "2604.%05d", $0)) }
        _ = try store.saveDailyFeed(Self.feed("2026-04-27", papers.map { ($0, .new) }), categories: ["cs.AI"])
        try store.apply(.star, to: ["2604.00005", "2604.00100"])
        try store.apply(.read, to: ["2604.00001", "2604.00005"])
        let day = ListQuery(scope: .day("2026-04-27"))
        let pages = try stride(from: 0, to: 120, by: 25).flatMap { try store.page(day, offset: $0, limit: 25) }
        #expect(pages.map(\.paper.id) == papers.map(\.id))
        // Marking read marks seen too.
        #expect(try store.counts(day).ignoringSections == ListCounts(total: 120, starred: 2, unread: 118, seen: 2))
        let starred = ListQuery(scope: .day("2026-04-27"), onlyStarred: true)
        #expect(try store.page(starred, offset: 0, limit: 10).map(\.paper.id) == ["2604.00005", "2604.00100"])
        let unread = ListQuery(scope: .day("2026-04-27"), onlyUnread: true)
        #expect(try store.counts(unread).total == 118)
        #expect(try store.page(ListQuery(scope: .starred), offset: 0, limit: 10).count == 2)
    }

    @Test("days: the latest, and the ones before and after")
    func days() throws {
        let store = try makeTemporaryStore()
        for (day, id) in [("2026-04-24", "2604.00001"), ("2026-04-27", "2604.00002"), ("2026-04-28", "2604.00003")] {
            _ = try store.saveDailyFeed(Self.feed(day, [(Self.paper(id), .new)]), categories: ["cs.AI"])
        }
        #expect(try store.latestDay(for: nil) == "2026-04-28")
        #expect(try store.adjacentDay(to: "2026-04-27", before: true, for: nil) == "2026-04-24")
        #expect(try store.adjacentDay(to: "2026-04-27", before: false, for: nil) == "2026-04-28")
        #expect(try store.adjacentDay(to: "2026-04-28", before: false, for: nil) == nil)
        #expect(try store.latestDay(for: CategoryExpression(parsing: "cs.CL")) == nil)
    }

    @Test("the full-text index follows the papers table")
    func fullTextIndex() throws {
        let store = try makeTemporaryStore()
        _ = try store.savePapers([Self.paper("2604.00001", title: "Schrödinger bridges for images")])
        let hits = try store.read { db in
            try String.fetchAll(db, sql: """
                SELECT paper.id FROM paper JOIN paper_fts ON paper_fts.rowid = paper.rowid
                WHERE paper_fts MATCH ? ORDER BY bm25(paper_fts)
                """, arguments: ["schrodinger image"])
        }
        #expect(hits == ["2604.00001"])
        _ = try store.savePapers([Self.paper("2604.00001", version: 2, title: "Something else")])
        let stale = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper_fts WHERE paper_fts MATCH 'schrodinger'")
        }
        #expect(stale == 0)
    }

    @Test("a cache written by a newer papers-tui is refused, not changed")
    func newerSchema() throws {
        let store = try makeTemporaryStore()
        try store.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        #expect(throws: StoreError.newerSchema(path: store.path)) { _ = try PaperStore(path: store.path) }
    }

    @Test("a file that is not SQLite is refused with a plain message and left as it was")
    func notADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-sqlite-\(UUID()).sqlite").path
        let content = Data(String(repeating: "this is not a database\n", count: 200).utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: content))
        #expect(throws: StoreError.notADatabase(path: path)) { _ = try PaperStore(path: path) }
        #expect(FileManager.default.contents(atPath: path) == content)
    }

    @Test("a second instance reads and stars while another writes")
    func twoInstances() async throws {
        let writer = try makeTemporaryStore()
        let reader = try PaperStore(path: writer.path)
        let batches = (0..<20).map { batch in
            (0..<200).map { Self.paper(String(format: "2605.%05d", batch * 200 + $0)) }
        }
        async let writes: Void = {
            for batch in batches { _ = try writer.savePapers(batch) }
        }()
        for index in 0..<50 {
            _ = try reader.paperCount()
            try reader.apply(.star, to: [String(format: "2605.%05d", index)])
        }
        try await writes
        #expect(try writer.paperCount() == 4000)
        #expect(try writer.allMarks().filter(\.isStarred).count == 50)
    }

    @Test("the snapshot import is idempotent and keeps marks")
    func snapshotImport() throws {
        let store = try makeTemporaryStore()
        let path = Fixtures.url("arxiv/kaggle_arxiv-metadata-oai-snapshot_head200.jsonl").path
        var importer = SnapshotImporter(store: store)
        importer.batchSize = 64
        let first = try importer.importFile(path)
        #expect(first.written.newPapers == 200)
        #expect(first.skippedLines == 0)
        try store.apply(.star, to: ["0704.0001"])
        let second = try importer.importFile(path)
        #expect(second.written.newPapers == 0)
        #expect(second.written.updatedPapers == 0)
        #expect(try store.mark(for: "0704.0001").isStarred)
    }

    @Test("the bundled sample loads real days")
    func bundledSample() throws {
        let store = try makeTemporaryStore()
        let summary = try BundledSample.load(into: store)
        #expect(summary.days == ["2025-04-28", "2026-04-27"])
        #expect(try store.counts(ListQuery(scope: .day("2026-04-27"))).total == 9)
    }
}
