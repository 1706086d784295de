import Foundation
import GRDB

/// Papers that come without a day's list (a Kaggle snapshot) are listed under the day arXiv most
/// likely announced them, estimated from their first version's submission time as an API backfill
/// does, with a negative position: that marks the row estimated, and a daily feed of that day and
/// category replaces it (`saveDailyFeed` deletes the day's rows for the categories it lists).
extension PaperStore {
    /// The day and category pairs (`2024-11-28 cs.CL`) whose list came from a daily feed, which
    /// estimated rows must not be added to.
    public func feedListedDays() throws(StoreError) -> Set<String> {
        try read { db in
            Set(try Row.fetchAll(db, sql: "SELECT DISTINCT announce_date, category FROM listing WHERE position >= 0")
                .map { "\($0[0] as String) \($0[1] as String)" })
        }
    }

    /// Saves papers and lists each one under its estimated day (`days`, one per paper; nil: not
    /// listed) in every category it carries, `new` in its primary one and `cross` in the others, in
    /// one transaction. A paper a daily feed has listed keeps only that list.
    public func saveEstimatingDays(_ papers: [Paper], days: [String?], skipping feedListed: Set<String>) throws(StoreError) -> WriteSummary {
        guard !papers.isEmpty else { return WriteSummary() }
        var rows: [String] = []
        rows.reserveCapacity(papers.count * 2)
        var listedDays: Set<String> = []
        for (paper, day) in zip(papers, days) {
            guard let day else { continue }
            for (index, category) in paper.categories.enumerated() where !feedListed.contains("\(day) \(category)") {
                rows.append(StringListJSON.encode([day, category, paper.id, index == 0 ? "new" : "cross"]))
                listedDays.insert(day)
            }
        }
        let listing = "[" + rows.joined(separator: ",") + "]"
        let days = listedDays
        return try write { db in
            var summary = try Self.upsert(papers, in: db)
            // One statement for the batch: the rows are bound as one JSON array, never spliced.
            try db.execute(sql: """
                INSERT OR IGNORE INTO listing (announce_date, category, paper_id, announce_type, position)
                SELECT json_extract(row.value, '$[0]'), json_extract(row.value, '$[1]'), json_extract(row.value, '$[2]'),
                       json_extract(row.value, '$[3]'), -1
                  FROM json_each(?) AS row
                 WHERE NOT EXISTS (SELECT 1 FROM listing AS fed
                                    WHERE fed.paper_id = json_extract(row.value, '$[2]') AND fed.position >= 0)
                """, arguments: [listing])
            summary.days.formUnion(days)
            return summary
        }
    }
}
