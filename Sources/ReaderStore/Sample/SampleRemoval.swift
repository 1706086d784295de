import Foundation
import GRDB

/// What taking the bundled sample out of the cache did.
public struct SampleRemoval: Sendable, Equatable {
    /// The sample's papers deleted, with their full-text index entries and seen marks.
    public var removedPapers = 0
    /// The sample's list rows deleted (not those a sync has listed since).
    public var removedListings = 0
    /// The sample's papers kept, in their day's lists, because they are starred or read.
    public var keptMarked = 0
    /// The sample's papers kept because another list, a venue or an FAQ still holds them.
    public var keptElsewhere = 0

    public var removedAnything: Bool { removedPapers > 0 || removedListings > 0 }
}

extension PaperStore {
    /// Takes out what loading these feeds (each saved for its one category) put in, in one transaction:
    /// their list rows that are still the sample's (a sync that has listed the same day, category and
    /// paper since made the row its own), then those of their papers that nothing else holds. A paper
    /// the user starred or read keeps its rows, so it stays on the day it was marked on; so does a
    /// paper another list, a venue or an FAQ holds (its sample rows go). Deleting a paper deletes its
    /// index entry through the full-text table's delete trigger.
    public func removeSample(_ feeds: [(feed: DailyFeed, category: String)]) throws(StoreError) -> SampleRemoval {
        var listings: [Listing] = []
        var paperIDs: [String] = []
        for (feed, category) in feeds {
            guard let date = feed.announceDate else { continue }
            listings += Self.listings(for: feed.entries, date: date, categories: [category])
            paperIDs += feed.entries.map(\.paper.id)
        }
        let candidates = Array(Set(paperIDs)).sorted()
        let rows = listings
        return try write { db in
            var removal = SampleRemoval()
            let deleteListing = try db.cachedStatement(sql: """
                DELETE FROM listing WHERE announce_date = ? AND category = ? AND paper_id = ? AND from_sample = 1
                AND NOT EXISTS (SELECT 1 FROM mark WHERE paper_id = listing.paper_id
                                AND (starred_at IS NOT NULL OR read_at IS NOT NULL))
                """)
            for row in rows {
                try deleteListing.execute(arguments: [row.announceDate, row.category, row.paperID])
                removal.removedListings += db.changesCount
            }
            let deletePaper = try db.cachedStatement(sql: """
                DELETE FROM paper WHERE id = ?
                AND NOT EXISTS (SELECT 1 FROM listing WHERE paper_id = paper.id)
                AND NOT EXISTS (SELECT 1 FROM mark WHERE paper_id = paper.id AND (starred_at IS NOT NULL OR read_at IS NOT NULL))
                AND NOT EXISTS (SELECT 1 FROM venue_paper WHERE paper_id = paper.id)
                AND NOT EXISTS (SELECT 1 FROM faq WHERE paper_id = paper.id)
                """)
            // What is left of a removed paper: a seen-only mark, a full text fetched for an FAQ never written.
            let deleteMark = try db.cachedStatement(sql: "DELETE FROM mark WHERE paper_id = ?")
            let deleteFullText = try db.cachedStatement(sql: "DELETE FROM fulltext WHERE paper_id = ?")
            let kept = try db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM mark WHERE paper_id = paper.id AND (starred_at IS NOT NULL OR read_at IS NOT NULL))
                FROM paper WHERE id = ?
                """)
            for id in candidates {
                try deletePaper.execute(arguments: [id])
                if db.changesCount > 0 {
                    removal.removedPapers += 1
                    try deleteMark.execute(arguments: [id])
                    try deleteFullText.execute(arguments: [id])
                } else if let marked = try Bool.fetchOne(kept, arguments: [id]) {
                    if marked { removal.keptMarked += 1 } else { removal.keptElsewhere += 1 }
                }
            }
            return removal
        }
    }
}
