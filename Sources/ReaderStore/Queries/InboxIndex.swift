import Foundation
import GRDB

/// The inbox read from entries kept in memory (`DayListCache`), as `DayIndex` reads a day: the SQL
/// that gathers the papers not seen over the last days runs once per change of the cache, and every
/// page and count after is a pass over the entries and a read of the page's papers by id.
struct InboxIndex {
    let cache: DayListCache

    /// The inbox's counts; with `quickly`, when the whole inbox is not in memory, those of its first
    /// day alone (`isPartial`), read in a few milliseconds where the whole takes a few hundred at 1 M
    /// papers: the first frame comes at once and the whole follows.
    func counts(_ query: ListQuery, quickly: Bool = false, in db: Database) throws -> ListCounts {
        if quickly, let start = try firstDay(query, in: db) {
            var counts = Self.counts(start, query)
            counts.isPartial = true
            return counts
        }
        return Self.counts(try entries(query, in: db), query)
    }

    private static func counts(_ entries: [DayListCache.Entry], _ query: ListQuery) -> ListCounts {
        var counts = ListCounts(total: 0, starred: 0, unread: 0)
        let filter = EntryFilter(query)
        let showingDismissed = EntryFilter(query.showingDismissed)
        var sectionDay: String?
        var sectionCount = 0
        var sections: [ListSection] = []
        // Tens of thousands of entries at 1 M papers, on every `i`: read in place by index, not
        // copied one by one (each holds two strings).
        for index in entries.indices where showingDismissed.keeps(entries[index]) {
            if entries[index].dismissed { counts.dismissed += 1 }
            guard filter.keeps(dismissed: entries[index].dismissed) || filter.isMarkedHere(entries[index]) else { continue }
            if sectionDay == nil || (entries[index].day ?? "") != sectionDay {
                if let sectionDay { sections.append(ListSection(heading: .day(sectionDay), count: sectionCount)) }
                sectionDay = entries[index].day ?? ""
                sectionCount = 0
            }
            sectionCount += 1
            counts.total += 1
            if entries[index].starred { counts.starred += 1 }
            if !entries[index].read { counts.unread += 1 }
            if entries[index].seen { counts.seen += 1 }
        }
        if let sectionDay { sections.append(ListSection(heading: .day(sectionDay), count: sectionCount)) }
        counts.sections = sections
        return counts
    }

    /// A page of the first day alone once counts were read `quickly` and while the whole inbox is not
    /// in memory yet (the counts said so).
    func page(_ query: ListQuery, offset: Int, limit: Int, in db: Database) throws -> [ListedPaper] {
        if let start = try firstDay(query, readIfMissing: false, in: db) {
            let kept = start.filter(EntryFilter(query).keeps)
            // Rows past it wait for the whole, which the counts that follow bring.
            return try KeptListPage.read(kept.lazy, offset: offset, limit: limit, day: nil, in: db)
        }
        let filter = EntryFilter(query)
        let kept = try entries(query, in: db).lazy.filter(filter.keeps)
        return try KeptListPage.read(kept, offset: offset, limit: limit, day: nil, in: db)
    }

    func order(_ query: ListQuery, in db: Database) throws -> [String] {
        try kept(query, in: db).map(\.paperID)
    }

    /// The whole inbox's entries once its filters are applied, oldest day first.
    func kept(_ query: ListQuery, in db: Database) throws -> [DayListCache.Entry] {
        try entries(query, in: db).filter(EntryFilter(query).keeps)
    }

    private func entries(_ query: ListQuery, in db: Database) throws -> [DayListCache.Entry] {
        guard case .inbox(let since, _) = query.scope else { return [] }
        let whole = query.timeless
        return try cache.inboxEntries(of: whole, since: since, in: db) { try Self.read(query.withoutMarkFilters, in: db) }
    }

    /// The first day's entries (the first day with any, oldest first), when the whole inbox is not in
    /// memory; nil when it is.
    private func firstDay(_ query: ListQuery, readIfMissing: Bool = true, in db: Database) throws -> [DayListCache.Entry]? {
        guard case .inbox(let since, let dayCount) = query.scope else { return nil }
        return try cache.inboxStart(of: query.timeless, since: since, in: db, read: !readIfMissing ? nil : {
            // The first day with a paper not seen: no paper of it was listed on a day before (it would
            // not have been seen there either), so that day's rows alone are its part of the inbox.
            let days = try Self.lastDays(dayCount, in: db)
            var from = days.last
            while let start = from, let day = try Self.firstUnseenDay(query, from: start, since: since, in: db) {
                let rows = try Self.rows(query.withoutMarkFilters, from: day, through: day, since: since, changed: false, in: db)
                if !rows.isEmpty { return rows.map(\.entry) }
                // Its papers not seen are all of an excluded category: on to the next day.
                from = days.last { $0 > day }
            }
            return []
        })
    }

    /// The first day from `start` listing a paper not seen before `since`: one pass along the index in
    /// day order, which stops at the first such row (at 1 M papers, 20 ms past ten days seen).
    private static func firstUnseenDay(_ query: ListQuery, from start: String, since: Date, in db: Database) throws -> String? {
        let (categoryFilter, categoryArguments) = ListSQL.listingCategoryFilter(query.categories)
        let types = Self.typeFilter(query, changed: false, column: "l.announce_type")
        let sql = """
            SELECT l.announce_date FROM listing AS l LEFT JOIN mark AS m ON m.paper_id = l.paper_id
            WHERE l.announce_date >= ? AND l.position >= 0 AND \(categoryFilter)\(types) AND (m.seen_at IS NULL OR m.seen_at >= ?)
            ORDER BY l.announce_date LIMIT 1
            """
        let arguments = [start.databaseValue] + categoryArguments + [since.databaseValue]
        return try String.fetchOne(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments))
    }

    /// New submissions and cross-lists only, unless replacements are asked for or the changed papers
    /// (announced again as replacements) are looked for.
    private static func typeFilter(_ query: ListQuery, changed: Bool, column: String) -> String {
        query.includeReplacements || changed ? "" : " AND \(column) IN ('new', 'cross')"
    }

    /// The last `dayCount` announcement days, newest first: one index seek per day, never a scan of every day.
    private static func lastDays(_ dayCount: Int, in db: Database) throws -> [String] {
        var days: [String] = []
        for _ in 0..<dayCount {
            let sql = days.isEmpty ? "SELECT MAX(announce_date) FROM listing"
                : "SELECT MAX(announce_date) FROM listing WHERE announce_date < ?"
            guard let day = try String.fetchOne(db.cachedStatement(sql: sql), arguments: days.last.map { [$0] } ?? []) else { break }
            days.append(day)
        }
        return days
    }

    /// The inbox's papers in order: those not seen, and those changed since they were seen.
    private static func read(_ query: ListQuery, in db: Database) throws -> [DayListCache.Entry] {
        guard case .inbox(let since, let dayCount) = query.scope, dayCount > 0,
              let oldest = try lastDays(dayCount, in: db).last else { return [] }
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
    private static func rows(_ query: ListQuery, from oldest: String, through last: String? = nil, since: Date,
                             changed: Bool, in db: Database) throws -> [(entry: DayListCache.Entry, order: Order)] {
        let (categoryFilter, categoryArguments) = ListSQL.listingCategoryFilter(query.categories)
        let types = typeFilter(query, changed: changed, column: "announce_type")
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
        var arguments: [DatabaseValue] = [oldest.databaseValue] + (last.map { [$0.databaseValue] } ?? []) + categoryArguments
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
                   f.position, m.seen_at, m.dismissed_at IS NOT NULL
            FROM (SELECT paper_id, \(changed ? "MAX" : "MIN")(announce_date) AS day, type_rank, position FROM (
                    SELECT paper_id, announce_date, MIN(\(ListSQL.typeRank)) AS type_rank, MIN(position) AS position
                    FROM listing WHERE announce_date >= ?\(last == nil ? "" : " AND announce_date <= ?") AND position >= 0 AND \(categoryFilter)\(types)\(only)
                    GROUP BY announce_date, paper_id)
                  GROUP BY paper_id) AS f
            LEFT JOIN mark AS m ON m.paper_id = f.paper_id\(join)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY f.day, f.type_rank, f.position, f.paper_id
            """
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)).map { row in
            let entry = DayListCache.Entry(paperID: row[0], typeRank: row[2], starred: row[3], read: row[4], estimated: false,
                                           seen: row[5], dismissed: row[8], day: row[1], seenAt: StoredDate.date(row[7]),
                                           changed: changed)
            return (entry, Order(day: row[1], typeRank: row[2], position: row[6], paperID: row[0]))
        }
    }
}

extension ListQuery {
    /// The inbox whatever its time and marks: what its entries are kept as.
    var timeless: ListQuery {
        var whole = withoutMarkFilters
        if case .inbox(_, let days) = scope { whole.scope = .inbox(since: .distantPast, days: days) }
        return whole
    }
}

extension PaperStore {
    var inboxIndex: InboxIndex { InboxIndex(cache: dayLists) }
}
