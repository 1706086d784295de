import GRDB

/// Where each column of a listed paper sits in a statement's rows, found once per statement (as
/// `PaperColumns` does for the paper's own columns).
struct ListedColumns {
    let paper: PaperColumns
    let announceDate, typeRank, starredAt, readAt, seenAt, seenVersion, dismissedAt, venueEdition, venueGroup, score: Int?

    init(_ names: [String]) throws {
        let positions = PaperColumns.positions(names)
        paper = try PaperColumns(positions)
        announceDate = positions["announce_date"]
        typeRank = positions["type_rank"]
        starredAt = positions["starred_at"]
        readAt = positions["read_at"]
        seenAt = positions["seen_at"]
        seenVersion = positions["seen_version"]
        dismissedAt = positions["dismissed_at"]
        venueEdition = positions["venue_edition"]
        venueGroup = positions["venue_group"]
        score = positions["score"]
    }

    /// Every row of `sql` read as listed papers, each with its `score` column (0 without one).
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments) throws -> [(ListedPaper, Double)] {
        let statement = try db.cachedStatement(sql: sql)
        let columns = try ListedColumns(statement.columnNames)
        let values = StatementColumns(statement)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var papers: [(ListedPaper, Double)] = []
        while try rows.next() != nil {
            papers.append((ListedPaper(row: values, columns: columns), columns.score.flatMap(values.optionalReal) ?? 0))
        }
        return papers
    }

    static func fetchListed(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ListedPaper] {
        try fetchAll(db, sql: sql, arguments: arguments).map(\.0)
    }
}
