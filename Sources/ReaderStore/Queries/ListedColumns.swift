import GRDB

/// Where each column of a listed paper sits in a statement's rows, found once per statement. Reading
/// `row["title"]` looks the name up in every row, and GRDB lowercases it each time: that was a
/// quarter of the time of reading a page of papers.
struct ListedColumns {
    let id, version, title, authors, abstract, primaryCategory, categories: Int
    let comments, journalRef, doi, published, updated, linkURL, pdfLink: Int?
    let announceDate, typeRank, starredAt, readAt, venueEdition, venueGroup, score: Int?

    init(_ names: [String]) throws {
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name.lowercased()] == nil {
            positions[name.lowercased()] = index
        }
        func required(_ name: String) throws -> Int {
            guard let index = positions[name] else { throw DatabaseError(message: "no column \(name) for a paper") }
            return index
        }
        id = try required("id")
        version = try required("version")
        title = try required("title")
        authors = try required("authors")
        abstract = try required("abstract")
        primaryCategory = try required("primary_category")
        categories = try required("categories")
        comments = positions["comments"]
        journalRef = positions["journal_ref"]
        doi = positions["doi"]
        published = positions["published"]
        updated = positions["updated"]
        linkURL = positions["link_url"]
        pdfLink = positions["pdf_link"]
        announceDate = positions["announce_date"]
        typeRank = positions["type_rank"]
        starredAt = positions["starred_at"]
        readAt = positions["read_at"]
        venueEdition = positions["venue_edition"]
        venueGroup = positions["venue_group"]
        score = positions["score"]
    }

    /// Every row of `sql` read as listed papers, each with its `score` column (0 without one).
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments) throws -> [(ListedPaper, Double)] {
        let statement = try db.cachedStatement(sql: sql)
        let columns = try ListedColumns(statement.columnNames)
        return try Row.fetchAll(statement, arguments: arguments).map { row in
            (try ListedPaper(row: row, columns: columns), columns.score.flatMap { row[$0] } ?? 0)
        }
    }

    static func fetchListed(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ListedPaper] {
        try fetchAll(db, sql: sql, arguments: arguments).map(\.0)
    }
}
