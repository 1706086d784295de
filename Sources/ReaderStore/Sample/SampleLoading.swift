import Foundation
import GRDB

extension PaperStore {
    /// Stores one feed of the bundled sample as a daily feed of its one category, in one transaction,
    /// its list rows marked as the sample's (`from_sample`), so that removing the sample later takes
    /// only those. A day and category that already holds rows of another origin (a sync, an import)
    /// keeps its list: the sample never replaces what was fetched.
    func saveSampleFeed(_ feed: DailyFeed, category: String) throws(StoreError) -> WriteSummary {
        guard let date = feed.announceDate, !feed.entries.isEmpty else { return WriteSummary() }
        let listings = Self.listings(for: feed.entries, date: date, categories: [category])
        return try write { db in
            var summary = try Self.upsert(feed.entries.map(\.paper), in: db)
            let fetched = try Bool.fetchOne(db, sql: """
                SELECT EXISTS(SELECT 1 FROM listing WHERE announce_date = ? AND category = ? AND from_sample = 0)
                """, arguments: [date, category]) ?? false
            guard !fetched else { return summary }
            try db.execute(sql: "DELETE FROM listing WHERE announce_date = ? AND category = ?", arguments: [date, category])
            try Self.insert(listings, replacing: true, in: db)
            try db.execute(sql: "UPDATE listing SET from_sample = 1 WHERE announce_date = ? AND category = ?",
                           arguments: [date, category])
            summary.days.insert(date)
            return summary
        }
    }
}
