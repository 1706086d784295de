import Foundation
import GRDB

/// The inbox read from entries kept in memory (`DayListCache`), as `DayIndex` reads a day: the SQL
/// that gathers the papers not seen over the last days runs once per change of the cache, and every
/// page and count after is a pass over the entries and a read of the page's papers by id.
struct InboxIndex {
    let cache: DayListCache

    func counts(_ query: ListQuery, in db: Database) throws -> ListCounts {
        var counts = ListCounts(total: 0, starred: 0, unread: 0)
        for entry in try entries(query, in: db) where Self.keeps(entry, query) {
            let day = entry.day ?? ""
            if counts.sections.last?.heading != .day(day) { counts.sections.append(ListSection(heading: .day(day), count: 0)) }
            counts.sections[counts.sections.count - 1].count += 1
            counts.total += 1
            if entry.starred { counts.starred += 1 }
            if !entry.read { counts.unread += 1 }
            if entry.seen { counts.seen += 1 }
        }
        return counts
    }

    func page(_ query: ListQuery, offset: Int, limit: Int, in db: Database) throws -> [ListedPaper] {
        let kept = try entries(query, in: db).lazy.filter { Self.keeps($0, query) }
        let page = Array(kept.dropFirst(max(0, offset)).prefix(limit < 0 ? Int.max : limit))
        guard !page.isEmpty else { return [] }
        let papers = try ListedColumns.fetchListed(db, sql: """
            SELECT p.*, m.starred_at, m.read_at, m.seen_at, \(ListSQL.venueColumns)
            FROM paper AS p LEFT JOIN mark AS m ON m.paper_id = p.id
            WHERE p.id IN (SELECT value FROM json_each(?))
            """, arguments: [StringListJSON.encode(page.map(\.paperID))])
        let byID = Dictionary(papers.map { ($0.paper.id, $0) }, uniquingKeysWith: { first, _ in first })
        return page.compactMap { entry in
            guard var listed = byID[entry.paperID] else { return nil }
            listed.announceDate = entry.day
            listed.announceType = ListSQL.announceType(rank: entry.typeRank)
            return listed
        }
    }

    private static func keeps(_ entry: DayListCache.Entry, _ query: ListQuery) -> Bool {
        (!query.onlyStarred || entry.starred) && (!query.onlyUnread || !entry.read) && (!query.onlyUnseen || !entry.seen)
    }

    private func entries(_ query: ListQuery, in db: Database) throws -> [DayListCache.Entry] {
        var whole = query
        whole.onlyStarred = false
        whole.onlyUnread = false
        whole.onlyUnseen = false
        return try cache.entries(of: whole, in: db) { try Self.read(whole, in: db) }
    }

    /// The inbox's papers in order: (paper, first day, type rank that day, starred, read, seen).
    private static func read(_ query: ListQuery, in db: Database) throws -> [DayListCache.Entry] {
        guard case .inbox(let since, let dayCount) = query.scope, dayCount > 0 else { return [] }
        // The oldest day of the last `dayCount`: one index seek per day, never a scan of every day.
        var oldest: String?
        for _ in 0..<dayCount {
            let before = oldest
            let sql = before == nil ? "SELECT MAX(announce_date) FROM listing"
                : "SELECT MAX(announce_date) FROM listing WHERE announce_date < ?"
            guard let day = try String.fetchOne(db.cachedStatement(sql: sql), arguments: before.map { [$0] } ?? []) else { break }
            oldest = day
        }
        guard let oldest else { return [] }
        let (categoryFilter, categoryArguments) = ListSQL.listingCategoryFilter(query.categories)
        let types = query.includeReplacements ? "" : " AND announce_type IN ('new', 'cross')"
        // In the order of their placeholders: the days, the categories, the time seen, the exclusions.
        var conditions = ["(m.seen_at IS NULL OR m.seen_at >= ?)"]
        var arguments: [DatabaseValue] = [oldest.databaseValue] + categoryArguments + [since.databaseValue]
        var join = ""
        if let excluded = query.categories?.excluded, !excluded.isEmpty {
            let (match, matchArguments) = ListSQL.paperCategoryMatch(excluded)
            join = " JOIN paper AS p ON p.id = f.paper_id"
            conditions.append("NOT " + match)
            arguments += matchArguments
        }
        // Estimated days (position < 0, an import's guess) are not a feed's: they are not news.
        let sql = """
            SELECT f.paper_id, f.day, f.type_rank, m.starred_at IS NOT NULL, m.read_at IS NOT NULL, m.seen_at IS NOT NULL
            FROM (SELECT paper_id, MIN(announce_date) AS day, type_rank, position FROM (
                    SELECT paper_id, announce_date, MIN(\(ListSQL.typeRank)) AS type_rank, MIN(position) AS position
                    FROM listing WHERE announce_date >= ? AND position >= 0 AND \(categoryFilter)\(types)
                    GROUP BY announce_date, paper_id)
                  GROUP BY paper_id) AS f
            LEFT JOIN mark AS m ON m.paper_id = f.paper_id\(join)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY f.day, f.type_rank, f.position, f.paper_id
            """
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)).map { row in
            DayListCache.Entry(paperID: row[0], typeRank: row[2], starred: row[3], read: row[4], estimated: false,
                               seen: row[5], day: row[1])
        }
    }
}

extension PaperStore {
    var inboxIndex: InboxIndex { InboxIndex(cache: dayLists) }
}
