import Foundation
import GRDB

/// A search hit: the paper as lists show it, and its relevance (higher is better; 0 without words).
public struct SearchHit: Sendable, Equatable {
    public var listed: ListedPaper
    public var score: Double
}

public enum SearchOrder: String, Sendable, CaseIterable {
    case relevance, date
}

extension PaperStore {
    /// BM25 weights of the indexed columns: a title hit counts most, then authors, then the abstract.
    static let bm25Weights = (title: 10.0, authors: 4.0, abstract: 1.0)
    /// FAQ text counts below the abstract.
    static let faqWeight = 0.5

    /// Searches the whole cache, a page at a time. Every value the user typed is bound, never spliced.
    public func search(_ query: SearchQuery, order: SearchOrder = .relevance, offset: Int = 0, limit: Int = 50)
        throws(StoreError) -> [SearchHit]
    {
        let includeFAQ = try faqTextMatches(query)
        let (source, arguments, score) = SearchSQL.source(query, includeFAQ: includeFAQ)
        let byRelevance = (query.order ?? order) == .relevance && query.hasText
        // Ranking first, on ids and scores only; the details (day, venue, the whole row) are read for
        // the page's papers alone, not for every match (at 1 M papers a common word matches 100,000).
        // Without filters the ranking never touches the paper table at all.
        let ranked: String
        if byRelevance, !query.needsPaperRows, let hits = SearchSQL.hits(query, includeFAQ: includeFAQ) {
            ranked = "SELECT hit, score FROM (\(hits)) ORDER BY score DESC, hit DESC LIMIT ? OFFSET ?"
        } else if byRelevance {
            ranked = "SELECT p.rowid AS hit, \(score) AS score FROM \(source) ORDER BY score DESC, p.rowid DESC LIMIT ? OFFSET ?"
        } else {
            ranked = "SELECT p.rowid AS hit, \(score) AS score, \(SearchSQL.dayExpression) AS day FROM \(source) "
                + "ORDER BY day DESC, p.id DESC LIMIT ? OFFSET ?"
        }
        let sql = """
            SELECT p.*, \(SearchSQL.dayExpression) AS announce_date, NULL AS type_rank, m.starred_at, m.read_at, m.seen_at, m.seen_version, m.dismissed_at,
                   top.score AS score, \(ListSQL.venueColumns)
            FROM (\(ranked)) AS top JOIN paper AS p ON p.rowid = top.hit LEFT JOIN mark AS m ON m.paper_id = p.id
            ORDER BY \(byRelevance ? "top.score DESC, p.rowid DESC" : "announce_date DESC, p.id DESC")
            """
        let allArguments = arguments + [limit.databaseValue, max(0, offset).databaseValue]
        return try read { db in
            try ListedColumns.fetchAll(db, sql: sql, arguments: StatementArguments(allArguments)).map { listed, score in
                SearchHit(listed: listed, score: score)
            }
        }
    }

    /// Counting stops here: a word in half the cache is not worth counting exactly on every keystroke.
    public static let searchCountLimit = 10_000

    /// How many papers a search finds (up to `searchCountLimit` and one more), how many of them are
    /// starred and how many unread.
    public func searchCounts(_ query: SearchQuery) throws(StoreError) -> ListCounts {
        let (source, arguments, _) = SearchSQL.source(query, includeFAQ: try faqTextMatches(query))
        let sql = """
            SELECT COUNT(*), COALESCE(SUM(starred), 0), COALESCE(SUM(unread), 0), COALESCE(SUM(seen), 0) FROM (
                SELECT m.starred_at IS NOT NULL AS starred, m.read_at IS NULL AS unread, m.seen_at IS NOT NULL AS seen
                FROM \(source)
                LIMIT \(Self.searchCountLimit + 1))
            """
        return try read { db in
            let row = try Row.fetchOne(db, sql: sql, arguments: StatementArguments(arguments))
            return ListCounts(total: row?[0] ?? 0, starred: row?[1] ?? 0, unread: row?[2] ?? 0, seen: row?[3] ?? 0)
        }
    }
}

extension PaperStore {
    /// True when some FAQ text matches the words: only then are answers searched along with papers.
    func faqTextMatches(_ query: SearchQuery) throws(StoreError) -> Bool {
        guard !query.usesFields, let match = query.matchExpression else { return false }
        return try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM faq_fts WHERE faq_fts MATCH ?)", arguments: [match]) ?? false
        }
    }
}

extension SearchQuery {
    /// Filters that look at the paper's row or marks rather than at the index alone (a quoted phrase
    /// is checked against the paper's own words).
    var needsPaperRows: Bool {
        !categories.isEmpty || onlyStarred || onlyUnread || onlyUnseen || onlyWithFAQ || onlyNoted || !tags.isEmpty || venue != nil || group != nil
            || after != nil || before != nil || on != nil || hasExactPhrases
    }

    /// A group of the query made of quoted phrases alone, which the index's stemmed matches are checked against.
    var hasExactPhrases: Bool { required.contains { $0.allSatisfy(\.isPhrase) } }
}

/// The FROM/WHERE of a search, shared by its pages and its counts, and its score expression.
enum SearchSQL {
    static let dayExpression = "COALESCE((SELECT MAX(announce_date) FROM listing WHERE paper_id = p.id), substr(p.published, 1, 10))"

    /// The matching rowids and scores, from the index alone (nil without words): the papers' own
    /// words, plus their answers' words when some answer matches.
    static func hits(_ query: SearchQuery, includeFAQ: Bool) -> String? {
        guard query.matchExpression != nil else { return nil }
        let weights = PaperStore.bm25Weights
        let paperHits = "SELECT rowid AS hit, -bm25(paper_fts, \(weights.title), \(weights.authors), \(weights.abstract)) AS score "
            + "FROM paper_fts WHERE paper_fts MATCH ?"
        guard includeFAQ else { return paperHits }
        // bm25 is computed in a subquery of its own (its LIMIT keeps SQLite from folding it into the
        // grouping, where bm25 cannot run); the best answer of a paper counts, below its own words.
        let faqHits = "SELECT p2.rowid AS hit, MAX(fh.score) * \(PaperStore.faqWeight) AS score "
            + "FROM (SELECT rowid AS answer, -bm25(faq_fts) AS score FROM faq_fts WHERE faq_fts MATCH ? LIMIT 100000) AS fh "
            + "JOIN faq AS f ON f.rowid = fh.answer JOIN paper AS p2 ON p2.id = f.paper_id GROUP BY p2.rowid"
        return "SELECT hit, SUM(score) AS score FROM (\(paperHits) UNION ALL \(faqHits)) GROUP BY hit"
    }

    static func source(_ query: SearchQuery, includeFAQ: Bool) -> (String, [DatabaseValue], String) {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        let from: String
        let score: String
        if let match = query.matchExpression, let hits = hits(query, includeFAQ: includeFAQ) {
            from = "(\(hits)) AS h JOIN paper AS p ON p.rowid = h.hit"
            arguments += includeFAQ ? [match.databaseValue, match.databaseValue] : [match.databaseValue]
            score = "h.score"
        } else {
            from = "paper AS p"
            score = "0.0"
        }
        // The index stems the words of a quoted phrase too: its matches are checked for the words themselves.
        for group in query.required where group.allSatisfy(\.isPhrase) {
            let alternatives = group.map { term in
                let columns: [String] = switch term.field {
                case .title: ["p.title"]
                case .abstract: ["p.abstract"]
                case .authors: ["p.authors"]
                case nil: ["p.title", "p.abstract", "p.authors"]
                }
                var checks = columns.map { "papers_exact_phrase(\($0), ?)" }
                if includeFAQ, term.field == nil {
                    checks.append("EXISTS (SELECT 1 FROM faq WHERE faq.paper_id = p.id AND papers_exact_phrase(faq.text, ?))")
                }
                for _ in checks { arguments.append(term.text.databaseValue) }
                return checks.joined(separator: " OR ")
            }
            conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        for category in query.categories {
            let (match, matchArguments) = ListSQL.paperCategoryMatch([category])
            conditions.append(match)
            arguments += matchArguments
        }
        let markConditions = [(query.onlyStarred, "m.starred_at IS NOT NULL"), (query.onlyUnread, "m.read_at IS NULL"),
                              (query.onlyUnseen, "m.seen_at IS NULL")].filter(\.0).map(\.1)
        if let (marks, markArguments) = ListSQL.markFilter(markConditions, lettingThrough: query.markedHere, paperID: "p.id") {
            conditions.append(marks)
            arguments += markArguments
        }
        if query.onlyWithFAQ {
            conditions.append("EXISTS (SELECT 1 FROM faq WHERE faq.paper_id = p.id AND faq.status = 'complete')")
        }
        if query.onlyNoted {
            conditions.append("EXISTS (SELECT 1 FROM note WHERE note.paper_id = p.id)")
        }
        for tag in query.tags {
            conditions.append("EXISTS (SELECT 1 FROM tag WHERE tag.paper_id = p.id AND tag.name = ?)")
            arguments.append(tag.databaseValue)
        }
        if query.venue != nil || query.group != nil {
            var venueConditions = ["v.paper_id = p.id"]
            if let venue = query.venue {
                venueConditions.append(venue.contains(".") ? "v.edition = ? COLLATE NOCASE" : "v.venue = ? COLLATE NOCASE")
                arguments.append(venue.databaseValue)
            }
            if let group = query.group {
                venueConditions.append("v.grp = ? COLLATE NOCASE")
                arguments.append(group.databaseValue)
            }
            conditions.append("EXISTS (SELECT 1 FROM venue_paper AS v WHERE \(venueConditions.joined(separator: " AND ")))")
        }
        for (bound, comparison) in [(query.after, ">"), (query.before, "<"), (query.on, "=")] {
            guard let bound else { continue }
            conditions.append("\(dayExpression) \(comparison) ?")
            arguments.append(bound.databaseValue)
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return ("\(from) LEFT JOIN mark AS m ON m.paper_id = p.id" + whereClause, arguments, score)
    }
}
