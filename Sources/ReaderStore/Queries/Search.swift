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

    /// Searches the whole cache, a page at a time. Every value the user typed is bound, never spliced.
    public func search(_ query: SearchQuery, order: SearchOrder = .relevance, offset: Int = 0, limit: Int = 50)
        throws(StoreError) -> [SearchHit]
    {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        let dayExpression = "COALESCE((SELECT MAX(announce_date) FROM listing WHERE paper_id = p.id), substr(p.published, 1, 10))"
        let from: String
        let score: String
        if let match = query.matchExpression {
            let weights = Self.bm25Weights
            from = "paper_fts JOIN paper AS p ON p.rowid = paper_fts.rowid"
            score = "-bm25(paper_fts, \(weights.title), \(weights.authors), \(weights.abstract))"
            conditions.append("paper_fts MATCH ?")
            arguments.append(match.databaseValue)
        } else {
            from = "paper AS p"
            score = "0.0"
        }
        if !query.categories.isEmpty {
            for category in query.categories {
                let (match, matchArguments) = ListSQL.paperCategoryMatch([category])
                conditions.append(match)
                arguments += matchArguments
            }
        }
        if query.onlyStarred { conditions.append("m.starred_at IS NOT NULL") }
        if query.onlyUnread { conditions.append("m.read_at IS NULL") }
        if query.onlyWithFAQ {
            conditions.append("EXISTS (SELECT 1 FROM faq WHERE faq.paper_id = p.id AND faq.status = 'complete')")
        }
        if let after = query.after {
            conditions.append("\(dayExpression) > ?")
            arguments.append(after.databaseValue)
        }
        if let before = query.before {
            conditions.append("\(dayExpression) < ?")
            arguments.append(before.databaseValue)
        }
        if let on = query.on {
            conditions.append("\(dayExpression) = ?")
            arguments.append(on.databaseValue)
        }
        let orderBy = order == .relevance && query.hasText ? "score DESC, p.id DESC" : "day DESC, p.id DESC"
        let sql = """
            SELECT p.*, \(dayExpression) AS announce_date, NULL AS type_rank, m.starred_at, m.read_at,
                   \(score) AS score, \(dayExpression) AS day
            FROM \(from) LEFT JOIN mark AS m ON m.paper_id = p.id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(orderBy) LIMIT ? OFFSET ?
            """
        let allArguments = arguments + [limit.databaseValue, max(0, offset).databaseValue]
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(allArguments)).map { row in
                SearchHit(listed: try ListedPaper(row: row), score: row["score"] ?? 0)
            }
        }
    }
}
