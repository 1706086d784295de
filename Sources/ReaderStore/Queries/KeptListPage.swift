import GRDB

/// A page of a list kept in memory (`DayListCache`): the entries from `offset`, then only those
/// papers read by id, each with the day and the announce type its entry gives it.
enum KeptListPage {
    static func read(_ entries: some Sequence<DayListCache.Entry>, offset: Int, limit: Int, day: String?,
                     in db: Database) throws -> [ListedPaper] {
        // As SQL's LIMIT: a negative limit is no limit.
        let page = Array(entries.dropFirst(max(0, offset)).prefix(limit < 0 ? Int.max : limit))
        guard !page.isEmpty else { return [] }
        // The ids as one JSON array, so that every page is the same statement, prepared once.
        let papers = try ListedColumns.fetchListed(db, sql: """
            SELECT p.*, m.starred_at, m.read_at, m.seen_at, m.seen_version, m.dismissed_at, \(ListSQL.venueColumns)
            FROM paper AS p LEFT JOIN mark AS m ON m.paper_id = p.id
            WHERE p.id IN (SELECT value FROM json_each(?))
            """, arguments: [StringListJSON.encode(page.map(\.paperID))])
        let byID = Dictionary(papers.map { ($0.paper.id, $0) }, uniquingKeysWith: { first, _ in first })
        return page.compactMap { entry in
            guard var listed = byID[entry.paperID] else { return nil }
            listed.announceDate = entry.day ?? day
            listed.announceType = ListSQL.announceType(rank: entry.typeRank)
            return listed
        }
    }
}
