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
        let (source, arguments, score) = SearchSQL.source(query)
        let orderBy = order == .relevance && query.hasText ? "score DESC, p.id DESC" : "day DESC, p.id DESC"
        let sql = """
            SELECT p.*, \(SearchSQL.dayExpression) AS announce_date, NULL AS type_rank, m.starred_at, m.read_at,
                   \(score) AS score, \(SearchSQL.dayExpression) AS day, \(ListSQL.venueColumns)
            FROM \(source)
            ORDER BY \(orderBy) LIMIT ? OFFSET ?
            """
        let allArguments = arguments + [limit.databaseValue, max(0, offset).databaseValue]
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(allArguments)).map { row in
                SearchHit(listed: try ListedPaper(row: row), score: row["score"] ?? 0)
            }
        }
    }

    /// How many papers a search finds, how many of them are starred and how many unread.
    public func searchCounts(_ query: SearchQuery) throws(StoreError) -> ListCounts {
        let (source, arguments, _) = SearchSQL.source(query)
        let sql = """
            SELECT COUNT(*), COALESCE(SUM(m.starred_at IS NOT NULL), 0), COALESCE(SUM(m.read_at IS NULL), 0) FROM \(source)
            """
        return try read { db in
            let row = try Row.fetchOne(db, sql: sql, arguments: StatementArguments(arguments))
            return ListCounts(total: row?[0] ?? 0, starred: row?[1] ?? 0, unread: row?[2] ?? 0)
        }
    }
}

/// The FROM/WHERE of a search, shared by its pages and its counts, and its score expression.
enum SearchSQL {
    static let dayExpression = "COALESCE((SELECT MAX(announce_date) FROM listing WHERE paper_id = p.id), substr(p.published, 1, 10))"

    static func source(_ query: SearchQuery) -> (String, [DatabaseValue], String) {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        let from: String
        let score: String
        if let match = query.matchExpression {
            let weights = PaperStore.bm25Weights
            let paperHits = "SELECT rowid AS hit, -bm25(paper_fts, \(weights.title), \(weights.authors), \(weights.abstract)) AS score "
                + "FROM paper_fts WHERE paper_fts MATCH ?"
            arguments.append(match.databaseValue)
            if query.usesFields {
                from = "(\(paperHits)) AS h JOIN paper AS p ON p.rowid = h.hit"
            } else {
                // A paper found through its FAQ text ranks below one found through its own words.
                // bm25 is computed in a subquery of its own (its LIMIT keeps SQLite from folding it into
                // the grouping, where bm25 cannot run); the best answer of a paper counts.
                let faqHits = "SELECT p2.rowid AS hit, MAX(fh.score) * \(PaperStore.faqWeight) AS score "
                    + "FROM (SELECT rowid AS answer, -bm25(faq_fts) AS score FROM faq_fts WHERE faq_fts MATCH ? LIMIT 100000) AS fh "
                    + "JOIN faq AS f ON f.rowid = fh.answer JOIN paper AS p2 ON p2.id = f.paper_id GROUP BY p2.rowid"
                arguments.append(match.databaseValue)
                from = "(SELECT hit, SUM(score) AS score FROM (\(paperHits) UNION ALL \(faqHits)) GROUP BY hit) AS h "
                    + "JOIN paper AS p ON p.rowid = h.hit"
            }
            score = "h.score"
        } else {
            from = "paper AS p"
            score = "0.0"
        }
        for category in query.categories {
            let (match, matchArguments) = ListSQL.paperCategoryMatch([category])
            conditions.append(match)
            arguments += matchArguments
        }
        if query.onlyStarred { conditions.append("m.starred_at IS NOT NULL") }
        if query.onlyUnread { conditions.append("m.read_at IS NULL") }
        if query.onlyWithFAQ {
            conditions.append("EXISTS (SELECT 1 FROM faq WHERE faq.paper_id = p.id AND faq.status = 'complete')")
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
