import GRDB

/// Adds papers written in the current transaction to the full-text index in one statement: papers
/// get rowids above every earlier one, so the new ones are those past the largest rowid seen before.
enum FullTextIndex {
    static func largestPaperRowID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(rowid), 0) FROM paper") ?? 0
    }

    static func indexPapers(after rowid: Int64, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO paper_fts (rowid, title, authors, abstract)
            SELECT rowid, title, authors, abstract FROM paper WHERE rowid > ?
            """, arguments: [rowid])
    }
}
