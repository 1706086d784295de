import GRDB

/// A list in another order than its own (`ListQuery.order`): the list's entries as its own order
/// gives them, filters applied, sorted by the scores kept in memory (`ListScoreMemo`), then the page's
/// papers read by id. Ties keep the list's own order. Without a kept ranking a list sorted by it keeps
/// its own order, and its counts say so (`isSorted` false).
struct SortedListIndex {
    let store: PaperStore

    static func applies(to query: ListQuery) -> Bool {
        query.order != .arxiv && query.isSortable
    }

    /// Whether the list is sorted as asked (false: no ranking is kept yet), scoring its papers not
    /// scored yet, so that the pages that follow find them in memory.
    func isSorted(_ query: ListQuery, in db: Database) throws -> Bool {
        let ids = try entries(query.inOwnOrder, in: db).map(\.paperID)
        return try store.listScores.scores(of: ids, by: query.order, in: db) != nil
    }

    func page(_ query: ListQuery, offset: Int, limit: Int, in db: Database) throws -> [ListedPaper] {
        let day: String? = if case .day(let day) = query.scope { day } else { nil }
        guard let sorted = try sorted(query, in: db) else {
            return try KeptListPage.read(try entries(query.inOwnOrder, in: db), offset: offset, limit: limit, day: day, in: db)
        }
        var rows = try KeptListPage.read(sorted.lazy.map(\.entry), offset: offset, limit: limit, day: day, in: db)
        let scoreByID = Dictionary(sorted.dropFirst(max(0, offset)).prefix(limit < 0 ? Int.max : limit).map { ($0.entry.paperID, $0.score) },
                                   uniquingKeysWith: { first, _ in first })
        var reasons: [String: String]?
        switch query.order {
        case .relevance:
            // A list of one category has it on every paper: it says nothing about this one.
            let listCategory = query.categories.flatMap { $0.included.count == 1 ? $0.included.first : nil }
            reasons = try store.listScores.reasons(for: rows.map(\.paper), in: db)?
                .mapValues { $0.summary(leavingOut: listCategory) }
        case .keywords(let keywords):
            // A page's rows only: which keywords each matches.
            let matched = keywords.matched(rows.map(\.paper))
            reasons = Dictionary(zip(rows.map(\.paper.id), matched.map { $0.joined(separator: ", ") }),
                                 uniquingKeysWith: { first, _ in first })
        case .arxiv:
            reasons = nil
        }
        for index in rows.indices {
            let why = reasons?[rows[index].paper.id]
            rows[index].ranking = RankingNote(score: scoreByID[rows[index].paper.id] ?? 0, why: why?.isEmpty == false ? why : nil)
        }
        return rows
    }

    /// The ids in the sorted order; the list's own order without a kept ranking.
    func order(_ query: ListQuery, in db: Database) throws -> [String] {
        try sorted(query, in: db)?.map(\.entry.paperID) ?? entries(query.inOwnOrder, in: db).map(\.paperID)
    }

    /// The entries best first with their scores; nil without a kept ranking.
    private func sorted(_ query: ListQuery, in db: Database) throws -> [(entry: DayListCache.Entry, score: Double)]? {
        let entries = try entries(query.inOwnOrder, in: db)
        guard let scores = try store.listScores.scores(of: entries.map(\.paperID), by: query.order, in: db) else { return nil }
        return entries.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
            .map { (entries[$0], scores[$0]) }
    }

    /// The list's entries in its own order, its filters applied: from memory for a day and the inbox,
    /// else the ids (with the day and type of their listing) from SQL.
    private func entries(_ query: ListQuery, in db: Database) throws -> [DayListCache.Entry] {
        if DayIndex.applies(to: query) { return try store.dayIndex.kept(query, in: db) }
        if case .inbox = query.scope { return try store.inboxIndex.kept(query, in: db) }
        var (source, arguments) = ListSQL.source(query)
        if case .papers(let ids) = query.scope {
            arguments.append(("," + ids.joined(separator: ",") + ",").databaseValue)
        }
        let sql = "SELECT p.id, l.announce_date, l.type_rank FROM \(source) ORDER BY \(ListSQL.order(query))"
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            DayListCache.Entry(paperID: row[0], typeRank: row[2] ?? -1, starred: false, read: false, estimated: false,
                               seen: false, day: row[1])
        }
    }
}

extension PaperStore {
    var sortedIndex: SortedListIndex { SortedListIndex(store: self) }
}
