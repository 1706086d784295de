import GRDB

/// A day's list without touching the paper table until the page is known: the day's listing rows
/// are grouped, filtered by marks, ordered and cut to the page first, and only the page's papers are
/// read. (Joining every paper of the day before sorting read 1,500 rows of 2.4 KB for a page of 180:
/// 14 ms instead of 3 ms at 1 M papers.) Used when no filter needs the paper row itself (an excluded
/// category does); `ListSQL.source` handles that case.
enum DayPage {
    static func applies(to query: ListQuery) -> Bool {
        guard case .day = query.scope else { return false }
        return query.categories?.excluded.isEmpty ?? true
    }

    /// The day's rows, with the marks, as `l` (paper_id, announce_date, type_rank, position) joined to `m2`.
    private static func listed(_ query: ListQuery) -> (String, [DatabaseValue]) {
        guard case .day(let date) = query.scope else { return ("", []) }
        let (categoryFilter, categoryArguments) = ListSQL.listingCategoryFilter(query.categories)
        let types = query.includeReplacements ? "" : " AND announce_type IN ('new', 'cross')"
        var conditions: [String] = []
        var markArguments: [DatabaseValue] = []
        if let (marks, arguments) = ListSQL.markFilter(query, mark: "m2", paperID: "g.paper_id") {
            conditions.append(marks)
            markArguments = arguments
        }
        if query.onlyVenue { conditions.append("EXISTS (SELECT 1 FROM venue_paper WHERE paper_id = g.paper_id)") }
        let sql = """
            (SELECT paper_id, announce_date, MIN(\(ListSQL.typeRank)) AS type_rank, MIN(position) AS position
               FROM listing WHERE announce_date = ? AND \(categoryFilter)\(types) GROUP BY paper_id) AS g
            LEFT JOIN mark AS m2 ON m2.paper_id = g.paper_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            """
        return (sql, [date.databaseValue] + categoryArguments + markArguments)
    }

    static func page(_ query: ListQuery, offset: Int, limit: Int, in db: Database) throws -> [ListedPaper] {
        let (listed, arguments) = listed(query)
        let sql = """
            SELECT p.*, l.announce_date, l.type_rank, m.starred_at, m.read_at, m.seen_at, m.seen_version, m.dismissed_at, \(ListSQL.venueColumns)
            FROM (SELECT g.paper_id, g.announce_date, g.type_rank, g.position FROM \(listed)
                  ORDER BY g.type_rank, g.position, g.paper_id LIMIT ? OFFSET ?) AS l
            JOIN paper AS p ON p.id = l.paper_id LEFT JOIN mark AS m ON m.paper_id = l.paper_id
            ORDER BY l.type_rank, l.position, l.paper_id
            """
        let allArguments = arguments + [limit.databaseValue, max(0, offset).databaseValue]
        return try ListedColumns.fetchListed(db, sql: sql, arguments: StatementArguments(allArguments))
    }

    /// Every paper of the day in list order: id, type rank, starred, read, estimated, seen, dismissed
    /// (for `DayIndex`).
    static func entries(_ query: ListQuery, in db: Database) throws -> [Row] {
        let (listed, arguments) = listed(query)
        let sql = """
            SELECT g.paper_id, g.type_rank, m2.starred_at IS NOT NULL, m2.read_at IS NOT NULL, g.position < 0,
                   m2.seen_at IS NOT NULL, m2.dismissed_at IS NOT NULL FROM \(listed)
            ORDER BY g.type_rank, g.position, g.paper_id
            """
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments))
    }

    static func counts(_ query: ListQuery, in db: Database) throws -> ListCounts {
        let (listed, arguments) = listed(query)
        let sql = """
            SELECT COUNT(*), COALESCE(SUM(m2.starred_at IS NOT NULL), 0), COALESCE(SUM(m2.read_at IS NULL), 0),
                   COALESCE(MIN(g.position) < 0, 0), COALESCE(SUM(m2.seen_at IS NOT NULL), 0)
            FROM \(listed)
            """
        let row = try Row.fetchOne(db, sql: sql, arguments: StatementArguments(arguments))
        var counts = ListCounts(total: row?[0] ?? 0, starred: row?[1] ?? 0, unread: row?[2] ?? 0, seen: row?[4] ?? 0,
                                estimated: row?[3] ?? false)
        counts.sections = try ListSection.fetchAll(
            db, sql: "SELECT g.type_rank, COUNT(*) FROM \(listed) GROUP BY g.type_rank ORDER BY g.type_rank",
            arguments: StatementArguments(arguments))
        return counts
    }
}
