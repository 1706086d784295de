import Foundation
import GRDB

/// The inbox read from entries kept in memory (`DayListCache`), as `DayIndex` reads a day: the SQL
/// that gathers the papers not seen over the last days runs once per change of the cache, and every
/// page and count after is a pass over the entries and a read of the page's papers by id.
struct InboxIndex {
    let cache: DayListCache

    func counts(_ query: ListQuery, in db: Database) throws -> ListCounts {
        var counts = ListCounts(total: 0, starred: 0, unread: 0)
        for entry in try entries(query, in: db) where entry.isKept(by: query) {
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
        let kept = try entries(query, in: db).lazy.filter { $0.isKept(by: query) }
        return try KeptListPage.read(kept, offset: offset, limit: limit, day: nil, in: db)
    }

    func order(_ query: ListQuery, in db: Database) throws -> [String] {
        try entries(query, in: db).filter { $0.isKept(by: query) }.map(\.paperID)
    }

    private func entries(_ query: ListQuery, in db: Database) throws -> [DayListCache.Entry] {
        guard case .inbox(let since, let days) = query.scope else { return [] }
        let whole = query.withoutMarkFilters
        var timeless = whole
        timeless.scope = .inbox(since: .distantPast, days: days)
        return try cache.inboxEntries(of: timeless, since: since, in: db) { try Self.read(whole, in: db) }
    }

    /// The inbox's papers in order: those not seen, and those changed since they were seen.
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
        let changed = try rows(query, from: oldest, since: since, changed: true, in: db)
        let changedIDs = Set(changed.map(\.entry.paperID))
        let unseen = try rows(query, from: oldest, since: since, changed: false, in: db).filter { !changedIDs.contains($0.entry.paperID) }
        // Both come in order, and the changed are few: each goes in where it belongs.
        var merged = unseen
        for row in changed {
            var low = 0
            var high = merged.count
            while low < high {
                let middle = (low + high) / 2
                if merged[middle].order < row.order { low = middle + 1 } else { high = middle }
            }
            merged.insert(row, at: low)
        }
        return merged.map(\.entry)
    }

    private struct Order: Comparable {
        let day: String
        let typeRank: Int
        let position: Int
        let paperID: String

        static func < (lhs: Order, rhs: Order) -> Bool {
            (lhs.day, lhs.typeRank, lhs.position, lhs.paperID) < (rhs.day, rhs.typeRank, rhs.position, rhs.paperID)
        }
    }

    /// The papers not seen before `since`, each on the first day that listed it; or (`changed`) the
    /// starred and read papers whose cached version is newer than the one seen, each on the last day
    /// that listed it (a replacement's day), whatever the day's announce type.
    private static func rows(_ query: ListQuery, from oldest: String, since: Date, changed: Bool,
                             in db: Database) throws -> [(entry: DayListCache.Entry, order: Order)] {
        let (categoryFilter, categoryArguments) = ListSQL.listingCategoryFilter(query.categories)
        let types = query.includeReplacements || changed ? "" : " AND announce_type IN ('new', 'cross')"
        // A new version is announced as a replacement: only papers replaced within the days are looked
        // at (every marked paper's row would be a read of 100,000 wide rows at 1 M papers: seconds).
        let only = changed ? """
             AND paper_id IN (SELECT r.paper_id FROM listing AS r
                                JOIN mark AS c ON c.paper_id = r.paper_id JOIN paper AS cp ON cp.id = r.paper_id
                               WHERE r.announce_date >= ? AND r.announce_type IN ('replace', 'replace-cross')
                                 AND (c.starred_at IS NOT NULL OR c.read_at IS NOT NULL) AND cp.version > c.seen_version)
            """ : ""
        // In the order of their placeholders: the days, the categories, the time seen, the exclusions.
        var conditions = changed ? ["1"] : ["(m.seen_at IS NULL OR m.seen_at >= ?)"]
        var arguments: [DatabaseValue] = [oldest.databaseValue] + categoryArguments
            + (changed ? [oldest.databaseValue] : [since.databaseValue])
        var join = ""
        if let excluded = query.categories?.excluded, !excluded.isEmpty {
            let (match, matchArguments) = ListSQL.paperCategoryMatch(excluded)
            join = " JOIN paper AS p ON p.id = f.paper_id"
            conditions.append("NOT " + match)
            arguments += matchArguments
        }
        // Estimated days (position < 0, an import's guess) are not a feed's: they are not news.
        let sql = """
            SELECT f.paper_id, f.day, f.type_rank, m.starred_at IS NOT NULL, m.read_at IS NOT NULL, m.seen_at IS NOT NULL,
                   f.position, m.seen_at
            FROM (SELECT paper_id, \(changed ? "MAX" : "MIN")(announce_date) AS day, type_rank, position FROM (
                    SELECT paper_id, announce_date, MIN(\(ListSQL.typeRank)) AS type_rank, MIN(position) AS position
                    FROM listing WHERE announce_date >= ? AND position >= 0 AND \(categoryFilter)\(types)\(only)
                    GROUP BY announce_date, paper_id)
                  GROUP BY paper_id) AS f
            LEFT JOIN mark AS m ON m.paper_id = f.paper_id\(join)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY f.day, f.type_rank, f.position, f.paper_id
            """
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)).map { row in
            let entry = DayListCache.Entry(paperID: row[0], typeRank: row[2], starred: row[3], read: row[4], estimated: false,
                                           seen: row[5], day: row[1], seenAt: StoredDate.date(row[7]), changed: changed)
            return (entry, Order(day: row[1], typeRank: row[2], position: row[6], paperID: row[0]))
        }
    }
}

extension PaperStore {
    var inboxIndex: InboxIndex { InboxIndex(cache: dayLists) }
}
