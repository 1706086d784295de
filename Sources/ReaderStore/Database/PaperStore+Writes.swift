import Foundation
import GRDB

/// What a write of remote papers changed.
public struct WriteSummary: Sendable, Equatable {
    public var newPapers = 0
    public var updatedPapers = 0
    public var unchangedPapers = 0
    public var days: Set<String> = []

    public init() {}

    public mutating func add(_ other: WriteSummary) {
        newPapers += other.newPapers
        updatedPapers += other.updatedPapers
        unchangedPapers += other.unchangedPapers
        days.formUnion(other.days)
    }
}

extension PaperStore {
    /// Stores one day's feed for the categories it was asked for, in one transaction: papers are
    /// upserted (never downgraded to an older version) and each category's list for that day is
    /// replaced by the feed's. An empty feed changes nothing. Marks are never touched.
    public func saveDailyFeed(_ feed: DailyFeed, categories: [String]) throws(StoreError) -> WriteSummary {
        guard let date = feed.announceDate, !feed.entries.isEmpty else { return WriteSummary() }
        let listings = Self.listings(for: feed.entries, date: date, categories: categories)
        return try write { db in
            var summary = try Self.upsert(feed.entries.map(\.paper), in: db)
            for category in categories {
                try db.execute(
                    sql: "DELETE FROM listing WHERE announce_date = ? AND category = ?", arguments: [date, category])
            }
            try Self.insert(listings, replacing: true, in: db)
            summary.days.insert(date)
            return summary
        }
    }

    /// Stores papers from an API backfill and lists each under its estimated announcement day,
    /// without overriding a list that a daily feed already gave for that day.
    public func saveBackfill(_ papers: [Paper], category: String) throws(StoreError) -> WriteSummary {
        guard !papers.isEmpty else { return WriteSummary() }
        return try write { db in
            var summary = try Self.upsert(papers, in: db)
            var byDay: [String: [Paper]] = [:]
            for paper in papers {
                guard let published = paper.published, CategoryExpression.matches(category, paper.categories) else {
                    continue
                }
                byDay[ArxivDates.estimatedAnnounceDate(submitted: published), default: []].append(paper)
            }
            for (day, dayPapers) in byDay {
                let fromFeed = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS(SELECT 1 FROM listing WHERE announce_date = ? AND category = ? AND position >= 0)",
                    arguments: [day, category]) ?? false
                guard !fromFeed else { continue }
                // Backfilled rows carry negative positions in id order; a daily feed later replaces them.
                let earlier = try Row.fetchAll(
                    db, sql: "SELECT paper_id, announce_type FROM listing WHERE announce_date = ? AND category = ?",
                    arguments: [day, category]
                ).map { (id: $0["paper_id"] as String, type: AnnounceType(rawValue: $0["announce_type"]) ?? .new) }
                var types = Dictionary(earlier.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
                for paper in dayPapers {
                    let isPrimary = CategoryExpression.matches(category, [paper.primaryCategory])
                    types[paper.id] = AnnounceType.new.relative(toPrimary: isPrimary)
                }
                let ids = types.keys.sorted()
                let rows = ids.enumerated().map { index, id in
                    Listing(announceDate: day, category: category, paperID: id, announceType: types[id] ?? .new,
                            position: index - ids.count)
                }
                try Self.insert(rows, replacing: true, in: db)
                summary.days.insert(day)
            }
            return summary
        }
    }

    /// Stores papers without listing them (OAI-PMH harvests, snapshot imports), in one transaction.
    public func savePapers(_ papers: [Paper]) throws(StoreError) -> WriteSummary {
        guard !papers.isEmpty else { return WriteSummary() }
        return try write { db in try Self.upsert(papers, in: db) }
    }

    /// Adds listings (a day's places of papers already saved), keeping any already there.
    public func saveListings(_ listings: [Listing]) throws(StoreError) {
        guard !listings.isEmpty else { return }
        try write { db in try Self.insert(listings, replacing: false, in: db) }
    }

    static func listings(for entries: [DailyEntry], date: String, categories: [String]) -> [Listing] {
        var rows: [Listing] = []
        for category in categories {
            let matching = entries.enumerated().compactMap { index, entry -> (Int, DailyEntry, AnnounceType)? in
                guard CategoryExpression.matches(category, entry.paper.categories) else { return nil }
                let isPrimary = CategoryExpression.matches(category, [entry.paper.primaryCategory])
                return (index, entry, entry.announceType.relative(toPrimary: isPrimary))
            }
            let ordered = matching.sorted { ($0.2.rank, $0.0) < ($1.2.rank, $1.0) }
            for (position, item) in ordered.enumerated() {
                rows.append(Listing(announceDate: date, category: category, paperID: item.1.paper.id,
                                    announceType: item.2, position: position))
            }
        }
        return rows
    }

    static func insert(_ listings: [Listing], replacing: Bool, in db: Database) throws {
        let verb = replacing ? "INSERT OR REPLACE" : "INSERT OR IGNORE"
        let statement = try db.cachedStatement(sql: """
            \(verb) INTO listing (announce_date, category, paper_id, announce_type, position) VALUES (?, ?, ?, ?, ?)
            """)
        for row in listings {
            try statement.execute(arguments: [
                row.announceDate, row.category, row.paperID, row.announceType.rawValue, row.position,
            ])
        }
    }

    /// Inserts new papers and updates known ones when the incoming version is at least as new and
    /// something differs; fields the source does not carry (nil) keep their stored value.
    static func upsert(_ papers: [Paper], in db: Database) throws -> WriteSummary {
        var summary = WriteSummary()
        let indexedUpTo = try FullTextIndex.largestPaperRowID(db)
        let lookup = try db.cachedStatement(sql: "SELECT version FROM paper WHERE id = ?")
        let statement = try db.cachedStatement(sql: """
            INSERT INTO paper (id, version, title, authors, abstract, primary_category, categories,
                               comments, journal_ref, doi, published, updated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                version = excluded.version,
                title = CASE WHEN excluded.title = '' THEN paper.title ELSE excluded.title END,
                authors = CASE WHEN excluded.authors = '[]' THEN paper.authors ELSE excluded.authors END,
                abstract = CASE WHEN excluded.abstract = '' THEN paper.abstract ELSE excluded.abstract END,
                primary_category = CASE WHEN excluded.primary_category = '' THEN paper.primary_category
                                        ELSE excluded.primary_category END,
                categories = CASE WHEN excluded.categories = '' THEN paper.categories ELSE excluded.categories END,
                comments = COALESCE(excluded.comments, paper.comments),
                journal_ref = COALESCE(excluded.journal_ref, paper.journal_ref),
                doi = COALESCE(excluded.doi, paper.doi),
                published = COALESCE(paper.published, excluded.published),
                updated = COALESCE(excluded.updated, paper.updated)
            WHERE excluded.version > paper.version
               OR (excluded.version = paper.version AND (
                      (excluded.title <> '' AND excluded.title IS NOT paper.title)
                   OR (excluded.authors <> '[]' AND excluded.authors IS NOT paper.authors)
                   OR (excluded.abstract <> '' AND excluded.abstract IS NOT paper.abstract)
                   OR (excluded.categories <> '' AND excluded.categories IS NOT paper.categories)
                   OR (excluded.comments IS NOT NULL AND excluded.comments IS NOT paper.comments)
                   OR (excluded.journal_ref IS NOT NULL AND excluded.journal_ref IS NOT paper.journal_ref)
                   OR (excluded.doi IS NOT NULL AND excluded.doi IS NOT paper.doi)
                   OR (paper.published IS NULL AND excluded.published IS NOT NULL)
                   OR (excluded.updated IS NOT NULL AND excluded.updated IS NOT paper.updated)))
            """)
        for paper in papers {
            let known = try Int.fetchOne(lookup, arguments: [paper.id])
            try statement.execute(arguments: [
                paper.id, paper.version, paper.title, Paper.encodeAuthors(paper.authors), paper.abstract,
                paper.primaryCategory, paper.categories.joined(separator: " "), paper.comments, paper.journalRef,
                paper.doi, StoredDate.value(paper.published), StoredDate.value(paper.updated),
            ])
            let changed = db.changesCount > 0
            switch known {
            case nil: summary.newPapers += 1
            case let old? where paper.version > old: summary.updatedPapers += 1
            case _ where changed: summary.updatedPapers += 1
            default: summary.unchangedPapers += 1
            }
        }
        try FullTextIndex.indexPapers(after: indexedUpTo, in: db)
        return summary
    }
}
