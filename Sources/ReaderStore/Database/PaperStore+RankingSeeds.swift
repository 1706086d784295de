import Foundation
import GRDB

extension PaperStore {
    /// Takes these cached papers as liked by the ranking without starring them; returns how many were
    /// added (a seed already there, or a paper not in the cache, adds nothing). The model is trained
    /// again on the next ranked list.
    @discardableResult
    public func addRankingSeeds(_ ids: [String], at date: Date = Date()) throws(StoreError) -> Int {
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO ranking_seed (paper_id, added_at) SELECT id, ? FROM paper WHERE id = ?
                """)
            var added = 0
            for id in ids {
                try statement.execute(arguments: [date, id])
                added += db.changesCount
            }
            if added > 0 { try db.execute(sql: "DELETE FROM ranking_model") }
            return added
        }
    }

    /// Takes every seed back; returns how many there were.
    @discardableResult
    public func clearRankingSeeds() throws(StoreError) -> Int {
        try write { db in
            try db.execute(sql: "DELETE FROM ranking_seed")
            let removed = db.changesCount
            if removed > 0 { try db.execute(sql: "DELETE FROM ranking_model") }
            return removed
        }
    }

    public func rankingSeedCount() throws(StoreError) -> Int {
        try read { db in
            guard try db.tableExists("ranking_seed") else { return 0 }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM ranking_seed") ?? 0
        }
    }

    /// The ids of the cached papers that list this author, matched by name whatever the case and accents.
    public func paperIDs(byAuthor name: String, limit: Int = 1_000) throws(StoreError) -> [String] {
        let wanted = Self.foldedName(name)
        guard !wanted.isEmpty else { return [] }
        return try read { db in
            // The full-text index finds the candidates; the exact name is checked on each.
            let words = wanted.split(separator: " ").map { "\"\($0)\"" }.joined(separator: " ")
            let rows = try Row.fetchAll(db, sql: """
                SELECT paper.id, paper.authors FROM paper_fts JOIN paper ON paper.rowid = paper_fts.rowid
                 WHERE paper_fts MATCH ? LIMIT 20000
                """, arguments: ["authors : (\(words))"])
            return rows.compactMap { row -> String? in
                let authors = Paper.decodeAuthors(row["authors"])
                return authors.contains { Self.foldedName($0) == wanted } ? row["id"] : nil
            }.prefix(limit).map { $0 }
        }
    }

    private static func foldedName(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { $0.isWhitespace || $0 == "." || $0 == "," || $0 == "\"" }).joined(separator: " ")
    }
}
