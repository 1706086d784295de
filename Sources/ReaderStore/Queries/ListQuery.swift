import Foundation
import GRDB

/// What a list view asks for: one announcement day (or every starred paper), filtered.
public struct ListQuery: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        /// One announcement day's list, in arXiv's order.
        case day(String)
        /// Every starred paper whatever its day, most recently starred first.
        case starred
        /// What a search finds, best first.
        case search(SearchQuery)
        /// These papers, in this order (opened by id, or related to a paper).
        case papers([String])
        /// A conference edition's papers (`ICLR.2025`), one group of them or all, in the source's order.
        case venue(edition: String, group: String?)
        /// Every paper not seen before `since`, from the daily lists of the last `days` announcement
        /// days, each once (on the first of those days that listed it), oldest day first. Papers seen
        /// after `since` stay, so the list holds still while it is read.
        case inbox(since: Date, days: Int)
        /// Starred or read papers cached at a newer version than the one seen, latest announced first.
        case changed
        /// Every paper marked "not interested", most recently dismissed first.
        case dismissed
    }

    /// What a list does with the papers marked "not interested".
    public enum DismissedPapers: Sendable, Equatable {
        /// Left out of the lists one browses (a day, the inbox, a venue); the others (a search, papers
        /// asked for by id, the starred) show them all the same.
        case hidden
        case shown
        /// Only those.
        case only
    }

    public var scope: Scope
    public var categories: CategoryExpression?
    public var includeReplacements = false
    public var onlyStarred = false
    public var onlyUnread = false
    /// Only papers not seen yet.
    public var onlyUnseen = false
    /// Only papers that a cached venue lists (an arXiv paper accepted at ICLR, say).
    public var onlyVenue = false
    public var dismissed = DismissedPapers.hidden
    /// Sorted by the ranking or the keywords instead of the list's own order (not for a search).
    public var order = ListOrder.arxiv
    /// Papers marked while the list is shown: they stay in it whatever the filters on marks say (a
    /// paper unstarred in the starred-only list), so that the rows do not move under the cursor and a
    /// second press acts on the same paper. The reader empties it when the list is left.
    public var markedHere: Set<String> = []

    public init(scope: Scope, categories: CategoryExpression? = nil, includeReplacements: Bool = false,
                onlyStarred: Bool = false, onlyUnread: Bool = false, onlyVenue: Bool = false, onlyUnseen: Bool = false,
                dismissed: DismissedPapers = .hidden) {
        self.dismissed = dismissed
        self.onlyUnseen = onlyUnseen
        self.onlyVenue = onlyVenue
        self.scope = scope
        self.categories = categories
        self.includeReplacements = includeReplacements
        self.onlyStarred = onlyStarred
        self.onlyUnread = onlyUnread
    }
}

extension ListQuery {
    /// A search with this list's filters (starred only, unread only) added.
    func narrowing(_ search: SearchQuery) -> SearchQuery {
        var narrowed = search
        narrowed.onlyStarred = narrowed.onlyStarred || onlyStarred
        narrowed.onlyUnread = narrowed.onlyUnread || onlyUnread
        narrowed.onlyUnseen = narrowed.onlyUnseen || onlyUnseen
        narrowed.markedHere = markedHere
        return narrowed
    }
}

/// A paper as a list shows it: with its place in the day and the user's marks.
public struct ListedPaper: Sendable, Equatable {
    public var paper: Paper
    public var announceDate: String?
    public var announceType: AnnounceType?
    public var starredAt: Date?
    public var readAt: Date?
    public var seenAt: Date?
    /// When it was marked "not interested".
    public var dismissedAt: Date?
    /// The version of the paper when it was seen.
    public var seenVersion: Int?
    /// The version seen, when the paper had changed since as it was read from the cache: kept for the
    /// screen (`v1→v2`) after the reader has seen the new version.
    public var changedFrom: Int?
    /// The venue listing it, `ICLR.2025` and its group, when one does.
    public var venue: VenueMembership?
    /// Its score, and why, in a list sorted by the ranking or the keywords.
    public var ranking: RankingNote?

    public var isStarred: Bool { starredAt != nil }
    /// `ICLR.2025 Oral`.
    public var venueLabel: String? { venue.map { "\($0.edition) \($0.group)" } }
    /// A venue paper not on arXiv, listed by its own venue: its edition stands where an arXiv paper's
    /// category does, so a list says it once.
    public var isOwnVenuePaper: Bool { venue?.edition == paper.primaryCategory }
    public var isRead: Bool { readAt != nil }
    public var isSeen: Bool { seenAt != nil }
    public var isDismissed: Bool { dismissedAt != nil }
    /// Starred or read, and announced again since with a newer version than the one seen.
    public var isChanged: Bool {
        guard isStarred || isRead, let seenVersion else { return false }
        return paper.version > seenVersion
    }

    public init(paper: Paper, announceDate: String? = nil, announceType: AnnounceType? = nil,
                starredAt: Date? = nil, readAt: Date? = nil, seenAt: Date? = nil) {
        self.seenAt = seenAt
        self.paper = paper
        self.announceDate = announceDate
        self.announceType = announceType
        self.starredAt = starredAt
        self.readAt = readAt
    }
}

/// Where a venue lists a paper.
public struct VenueMembership: Sendable, Equatable {
    public var edition: String
    public var group: String

    public init(edition: String, group: String) {
        self.edition = edition
        self.group = group
    }
}

/// Totals for the title line.
extension ListQuery {
    /// A list of the papers not seen over the last days.
    public var isInbox: Bool {
        if case .inbox = scope { return true }
        return false
    }
}

public struct ListCounts: Sendable, Equatable {
    public var total: Int
    public var starred: Int
    public var unread: Int
    /// Papers the cursor has reached (in any list), or that were opened or marked read.
    public var seen: Int
    /// Papers of the list marked "not interested", whether the list hides them or shows them (counted
    /// only for lists that can hide them).
    public var dismissed = 0
    /// Some of a day's rows are estimated from submission times (an import or a backfill), not from
    /// a daily feed of that day.
    public var estimated: Bool
    /// A day's list in arXiv's sections (new submissions, cross-lists, replacements), in list order,
    /// each with how many of the list's papers it holds; empty for lists without sections.
    public var sections: [ListSection] = []
    /// Counted over the list's first part only (the inbox's first day, while the rest is read).
    public var isPartial = false
    /// Sorted as asked (`ListQuery.order`): false for a list asked in another order than its own that
    /// keeps its own, since no ranking is kept yet.
    public var isSorted = false

    public init(total: Int, starred: Int, unread: Int, seen: Int = 0, estimated: Bool = false) {
        self.seen = seen
        self.total = total
        self.starred = starred
        self.unread = unread
        self.estimated = estimated
    }
}

/// A run of a list's papers under one heading.
public struct ListSection: Sendable, Equatable {
    public enum Heading: Sendable, Equatable {
        /// A day's new submissions, cross-lists or replacements.
        case type(AnnounceType)
        /// The papers of one announcement day (in the inbox).
        case day(String)
    }

    public var heading: Heading
    public var count: Int

    public init(heading: Heading, count: Int) {
        self.heading = heading
        self.count = count
    }

    public init(type: AnnounceType, count: Int) {
        self.init(heading: .type(type), count: count)
    }
}

/// SQL for list queries, built from fixed fragments and `?` placeholders only: user text is always bound.
enum ListSQL {
    static let typeRank = """
        CASE announce_type WHEN 'new' THEN 0 WHEN 'cross' THEN 1 WHEN 'replace' THEN 2 ELSE 3 END
        """
    static let typeNames = ["new", "cross", "replace", "replace-cross"]

    /// The announce type a `typeRank` stands for.
    static func announceType(rank: Int) -> AnnounceType? {
        typeNames.indices.contains(rank) ? AnnounceType(rawValue: typeNames[rank]) : nil
    }

    /// The venue listing a paper (`p`), as `venue_edition` and `venue_group`.
    static let venueColumns = """
        (SELECT edition FROM venue_paper WHERE paper_id = p.id ORDER BY edition DESC LIMIT 1) AS venue_edition,
        (SELECT grp FROM venue_paper WHERE paper_id = p.id ORDER BY edition DESC LIMIT 1) AS venue_group
        """

    /// A `(sql, arguments)` fragment that is true when the listing row's category is in the expression.
    static func listingCategoryFilter(_ expression: CategoryExpression?) -> (String, [DatabaseValue]) {
        guard let included = expression?.included, !included.isEmpty else { return ("1", []) }
        var clauses: [String] = []
        var arguments: [DatabaseValue] = []
        for term in included {
            if term.contains(".") {
                clauses.append("category = ?")
                arguments.append(term.databaseValue)
            } else {
                clauses.append("(category = ? OR category LIKE ? ESCAPE '\\')")
                arguments += [term.databaseValue, (likeEscaped(term) + ".%").databaseValue]
            }
        }
        return ("(" + clauses.joined(separator: " OR ") + ")", arguments)
    }

    /// True when the paper (`p`) carries any of `terms` among its categories.
    static func paperCategoryMatch(_ terms: [String]) -> (String, [DatabaseValue]) {
        var clauses: [String] = []
        var arguments: [DatabaseValue] = []
        for term in terms {
            clauses.append("(' ' || p.categories || ' ') LIKE ? ESCAPE '\\'")
            arguments.append(("% " + likeEscaped(term) + " %").databaseValue)
            if !term.contains(".") {
                clauses.append("(' ' || p.categories || ' ') LIKE ? ESCAPE '\\'")
                arguments.append(("% " + likeEscaped(term) + ".%").databaseValue)
            }
        }
        return ("(" + clauses.joined(separator: " OR ") + ")", arguments)
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    /// The FROM/WHERE part shared by a page and its counts, selecting `p`, `m` and `l`.
    static func source(_ query: ListQuery) -> (String, [DatabaseValue]) {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        let from: String
        switch query.scope {
        case .day(let date):
            let (categoryFilter, categoryArguments) = listingCategoryFilter(query.categories)
            let types = query.includeReplacements ? "" : " AND announce_type IN ('new', 'cross')"
            from = """
                (SELECT paper_id, announce_date, MIN(\(typeRank)) AS type_rank, MIN(position) AS position
                   FROM listing WHERE announce_date = ? AND \(categoryFilter)\(types)
                  GROUP BY paper_id) AS l
                JOIN paper AS p ON p.id = l.paper_id
                LEFT JOIN mark AS m ON m.paper_id = l.paper_id
                """
            arguments += [date.databaseValue] + categoryArguments
        case .search:
            preconditionFailure("searches are paged by PaperStore.search")
        case .inbox:
            preconditionFailure("the inbox is paged by InboxIndex")
        case .papers(let ids):
            // One placeholder per id: the ids themselves are bound, never spliced.
            let placeholders = Array(repeating: "?", count: max(1, ids.count)).joined(separator: ", ")
            from = """
                paper AS p LEFT JOIN mark AS m ON m.paper_id = p.id
                LEFT JOIN (SELECT paper_id, MAX(announce_date) AS announce_date, NULL AS type_rank, 0 AS position
                             FROM listing WHERE paper_id IN (\(placeholders)) GROUP BY paper_id) AS l ON l.paper_id = p.id
                """
            let bound = ids.isEmpty ? [DatabaseValue.null] : ids.map(\.databaseValue)
            arguments += bound
            conditions.append("p.id IN (\(placeholders))")
            arguments += bound
        case .venue(let edition, let group):
            from = """
                venue_paper AS v JOIN paper AS p ON p.id = v.paper_id LEFT JOIN mark AS m ON m.paper_id = p.id
                LEFT JOIN (SELECT paper_id, MAX(announce_date) AS announce_date, NULL AS type_rank, 0 AS position
                             FROM listing WHERE paper_id IN (SELECT paper_id FROM venue_paper WHERE edition = ?)
                            GROUP BY paper_id) AS l ON l.paper_id = p.id
                """
            arguments.append(edition.databaseValue)
            conditions.append("v.edition = ?")
            arguments.append(edition.databaseValue)
            if let group {
                conditions.append("v.grp = ?")
                arguments.append(group.databaseValue)
            }
        case .changed:
            let changed = """
                SELECT c.paper_id FROM mark AS c JOIN paper AS cp ON cp.id = c.paper_id
                WHERE (c.starred_at IS NOT NULL OR c.read_at IS NOT NULL) AND cp.version > c.seen_version
                """
            from = """
                mark AS m JOIN paper AS p ON p.id = m.paper_id
                LEFT JOIN (SELECT paper_id, MAX(announce_date) AS announce_date, NULL AS type_rank, 0 AS position
                             FROM listing WHERE paper_id IN (\(changed)) GROUP BY paper_id) AS l ON l.paper_id = p.id
                """
            conditions.append("m.paper_id IN (\(changed))")
        case .starred, .dismissed:
            // Every paper with this mark, whatever its day: a fixed column name, never user text.
            let column = query.scope == .starred ? "starred_at" : "dismissed_at"
            from = """
                mark AS m JOIN paper AS p ON p.id = m.paper_id
                LEFT JOIN (SELECT paper_id, MAX(announce_date) AS announce_date, NULL AS type_rank, 0 AS position
                             FROM listing WHERE paper_id IN (SELECT paper_id FROM mark WHERE \(column) IS NOT NULL)
                            GROUP BY paper_id) AS l ON l.paper_id = p.id
                """
            conditions.append("m.\(column) IS NOT NULL")
            if let included = query.categories?.included, !included.isEmpty {
                let (match, matchArguments) = paperCategoryMatch(included)
                conditions.append(match)
                arguments += matchArguments
            }
        }
        if let excluded = query.categories?.excluded, !excluded.isEmpty {
            let (match, matchArguments) = paperCategoryMatch(excluded)
            conditions.append("NOT " + match)
            arguments += matchArguments
        }
        if let (marks, markArguments) = markFilter(query, mark: "m", paperID: "p.id") {
            conditions.append(marks)
            arguments += markArguments
        }
        if query.onlyVenue { conditions.append("EXISTS (SELECT 1 FROM venue_paper WHERE paper_id = p.id)") }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return (from + whereClause, arguments)
    }

    /// The list's filters on marks (starred, unread, unseen only, dismissed hidden or alone) as one
    /// condition on the mark row `mark`; nil when it has none.
    static func markFilter(_ query: ListQuery, mark: String, paperID: String) -> (String, [DatabaseValue])? {
        var conditions: [String] = []
        if query.onlyStarred { conditions.append("\(mark).starred_at IS NOT NULL") }
        if query.onlyUnread { conditions.append("\(mark).read_at IS NULL") }
        if query.onlyUnseen { conditions.append("\(mark).seen_at IS NULL") }
        if let dismissed = query.dismissedCondition(mark: mark) { conditions.append(dismissed) }
        return markFilter(conditions, lettingThrough: query.markedHere, paperID: paperID)
    }

    /// `conditions` all true, or the paper (`paperID`, a column) one of `markedHere` (bound, one
    /// placeholder each); nil without conditions.
    static func markFilter(_ conditions: [String], lettingThrough markedHere: Set<String>,
                           paperID: String) -> (String, [DatabaseValue])? {
        guard !conditions.isEmpty else { return nil }
        let all = conditions.joined(separator: " AND ")
        guard !markedHere.isEmpty else { return (all, []) }
        let placeholders = Array(repeating: "?", count: markedHere.count).joined(separator: ", ")
        return ("((\(all)) OR \(paperID) IN (\(placeholders)))", markedHere.sorted().map(\.databaseValue))
    }

    static func order(_ query: ListQuery) -> String {
        switch query.scope {
        case .day: "l.type_rank, l.position, p.id"
        case .starred: "m.starred_at DESC, p.id"
        case .search: "p.id"
        case .papers: "instr(?, ',' || p.id || ',')"
        case .venue: "\(VenueGroupOrder.rankSQL("v.grp")), v.position, p.id"
        case .inbox: "p.id"
        case .changed: "l.announce_date DESC, p.id"
        case .dismissed: "m.dismissed_at DESC, p.id"
        }
    }
}

extension ListSection {
    /// Rows of (type rank, count), in rank order.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ListSection] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).compactMap { row in
            ListSQL.announceType(rank: row[0]).map { ListSection(type: $0, count: row[1]) }
        }
    }
}

extension ListedPaper {
    init(row: some ColumnValues, columns: ListedColumns) {
        paper = Paper(row: row, columns: columns.paper)
        announceDate = columns.announceDate.flatMap(row.optionalText)
        announceType = columns.typeRank.flatMap(row.optionalInteger).flatMap(ListSQL.announceType(rank:))
        starredAt = columns.starredAt.flatMap(row.date)
        readAt = columns.readAt.flatMap(row.date)
        seenAt = columns.seenAt.flatMap(row.date)
        seenVersion = columns.seenVersion.flatMap(row.optionalInteger)
        dismissedAt = columns.dismissedAt.flatMap(row.date)
        changedFrom = isChanged ? seenVersion : nil
        if let edition = columns.venueEdition.flatMap(row.optionalText) {
            venue = VenueMembership(edition: edition, group: columns.venueGroup.flatMap(row.optionalText) ?? "")
        }
    }
}

extension PaperStore {
    /// One page of a list, `limit` rows from `offset`, in the list's order.
    public func page(_ query: ListQuery, offset: Int, limit: Int) throws(StoreError) -> [ListedPaper] {
        if SortedListIndex.applies(to: query) {
            return try read { db in try sortedIndex.page(query, offset: offset, limit: limit, in: db) }
        }
        if case .search(let search) = query.scope {
            return try self.search(query.narrowing(search), offset: offset, limit: limit).map(\.listed)
        }
        if DayIndex.applies(to: query) {
            return try read { db in try dayIndex.page(query, offset: offset, limit: limit, in: db) }
        }
        if case .inbox = query.scope {
            return try read { db in try inboxIndex.page(query, offset: offset, limit: limit, in: db) }
        }
        if DayPage.applies(to: query) {
            return try read { db in try DayPage.page(query, offset: offset, limit: limit, in: db) }
        }
        var (source, arguments) = ListSQL.source(query)
        if case .papers(let ids) = query.scope {
            arguments.append(("," + ids.joined(separator: ",") + ",").databaseValue)
        }
        let sql = """
            SELECT p.*, l.announce_date, l.type_rank, m.starred_at, m.read_at, m.seen_at, m.seen_version, m.dismissed_at, \(ListSQL.venueColumns) FROM \(source)
            ORDER BY \(ListSQL.order(query)) LIMIT ? OFFSET ?
            """
        let allArguments = arguments + [limit.databaseValue, max(0, offset).databaseValue]
        return try read { db in
            try ListedColumns.fetchListed(db, sql: sql, arguments: StatementArguments(allArguments))
        }
    }

    /// How many papers the list holds, how many are starred and how many unread. `quickly`: a list
    /// that takes long to count the first time (the inbox at 1 M papers) may be counted over its first
    /// part only, said by `isPartial`; the whole is counted by a call without it.
    public func counts(_ query: ListQuery, quickly: Bool = false) throws(StoreError) -> ListCounts {
        if SortedListIndex.applies(to: query) {
            var counts = try self.counts(query.inOwnOrder)
            counts.isSorted = try read { db in try sortedIndex.isSorted(query, in: db) }
            // Sorted, the papers of a section (or of a day of the inbox) no longer sit together.
            if counts.isSorted { counts.sections = [] }
            return counts
        }
        if case .search(let search) = query.scope { return try searchCounts(query.narrowing(search)) }
        if DayIndex.applies(to: query) { return try read { db in try dayIndex.counts(query, in: db) } }
        if case .inbox = query.scope { return try read { db in try inboxIndex.counts(query, quickly: quickly, in: db) } }
        if DayPage.applies(to: query) { return try read { db in try DayPage.counts(query, in: db) }.countingDismissed(of: query, in: self) }
        let (source, arguments) = ListSQL.source(query)
        let sql = """
            SELECT COUNT(*), COALESCE(SUM(m.starred_at IS NOT NULL), 0), COALESCE(SUM(m.read_at IS NULL), 0),
                   COALESCE(MIN(l.position) < 0, 0), COALESCE(SUM(m.seen_at IS NOT NULL), 0)
            FROM \(source)
            """
        let isDay = if case .day = query.scope { true } else { false }
        let sectionsSQL = "SELECT l.type_rank, COUNT(*) FROM \(source) GROUP BY l.type_rank ORDER BY l.type_rank"
        return try read { db in
            let row = try Row.fetchOne(db, sql: sql, arguments: StatementArguments(arguments))
            var counts = ListCounts(total: row?[0] ?? 0, starred: row?[1] ?? 0, unread: row?[2] ?? 0, seen: row?[4] ?? 0,
                                    estimated: row?[3] ?? false)
            if isDay { counts.sections = try ListSection.fetchAll(db, sql: sectionsSQL, arguments: StatementArguments(arguments)) }
            return counts
        }.countingDismissed(of: query, in: self)
    }

    /// The most recent announcement day with papers in these categories, or nil when none is cached.
    public func latestDay(for categories: CategoryExpression?) throws(StoreError) -> String? {
        try adjacentDay(to: nil, before: true, for: categories)
    }

    /// The nearest cached announcement day before (or after) `day` with papers in these categories.
    public func adjacentDay(to day: String?, before: Bool, for categories: CategoryExpression?) throws(StoreError) -> String? {
        let (filter, arguments) = ListSQL.listingCategoryFilter(categories)
        var query = "SELECT \(before ? "MAX" : "MIN")(announce_date) FROM listing WHERE \(filter)"
        var queryArguments = arguments
        if let day {
            query += " AND announce_date \(before ? "<" : ">") ?"
            queryArguments.append(day.databaseValue)
        }
        let sql = query
        let allArguments = queryArguments
        return try read { db in try String.fetchOne(db, sql: sql, arguments: StatementArguments(allArguments)) }
    }

    /// Every announcement day in the cache, newest first, with its paper count (all categories).
    public func days(limit: Int) throws(StoreError) -> [(day: String, papers: Int)] {
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT announce_date, COUNT(DISTINCT paper_id) FROM listing
                GROUP BY announce_date ORDER BY announce_date DESC LIMIT ?
                """, arguments: [limit]).map { ($0[0] as String, $0[1] as Int) }
        }
        return rows.map { (day: $0.0, papers: $0.1) }
    }

    /// One paper with its marks and latest listing, or nil when it is not cached. A paper listed under
    /// several categories that day has the type a day's list gives it: the first in arXiv's order
    /// (`new` under its primary category rather than `cross` under another).
    public func paper(id: String) throws(StoreError) -> ListedPaper? {
        try read { db in
            try ListedColumns.fetchListed(db, sql: """
                SELECT p.*, l.announce_date, l.type_rank, m.starred_at, m.read_at, m.seen_at, m.seen_version, m.dismissed_at, \(ListSQL.venueColumns)
                FROM paper AS p
                LEFT JOIN mark AS m ON m.paper_id = p.id
                LEFT JOIN (SELECT paper_id, announce_date, MIN(\(ListSQL.typeRank)) AS type_rank FROM listing
                            WHERE paper_id = ?
                              AND announce_date = (SELECT MAX(announce_date) FROM listing WHERE paper_id = ?)
                            GROUP BY paper_id) AS l ON l.paper_id = p.id
                WHERE p.id = ?
                """, arguments: [id, id, id]).first
        }
    }

    /// How many papers the cache holds.
    public func paperCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper") ?? 0 }
    }
}
