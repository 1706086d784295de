import Foundation
import GRDB

/// What writing venue papers did.
public struct VenueWriteSummary: Sendable, Equatable {
    public var new = 0
    public var updated = 0
    public var unchanged = 0
    /// Papers that are the same as a cached arXiv paper (by id or by title).
    public var linked = 0
    public var removed = 0
    public var leftOut = 0
    /// Papers whose source id has characters no paper id can have: never stored.
    public var invalidIDs = 0

    public init() {}

    mutating func add(_ other: VenueWriteSummary) {
        new += other.new
        updated += other.updated
        unchanged += other.unchanged
        linked += other.linked
        removed += other.removed
        leftOut += other.leftOut
        invalidIDs += other.invalidIDs
    }
}

/// An edition with its groups and their sizes, for `venues list` and the picker.
public struct EditionSummary: Sendable, Equatable {
    public var edition: String
    public var venue: String
    public var groups: [(name: String, count: Int)]
    public var total: Int { groups.reduce(0) { $0 + $1.count } }

    public static func == (lhs: EditionSummary, rhs: EditionSummary) -> Bool {
        lhs.edition == rhs.edition && lhs.venue == rhs.venue
            && lhs.groups.map(\.name) == rhs.groups.map(\.name) && lhs.groups.map(\.count) == rhs.groups.map(\.count)
    }
}

extension PaperStore {
    /// Writes venue papers in one transaction: each becomes its cached arXiv paper when it has one
    /// (by arXiv id, else by title), else a paper of its own; marks on either are the same marks.
    public func saveVenuePapers(_ papers: [VenuePaper], startingAt position: Int = 0) throws(StoreError) -> VenueWriteSummary {
        guard !papers.isEmpty else { return VenueWriteSummary() }
        return try write { db in
            var summary = VenueWriteSummary()
            var replaced: [String] = []
            let indexedUpTo = try FullTextIndex.largestPaperRowID(db)
            for (offset, paper) in papers.enumerated() {
                guard PaperIDValidation.isStorable(paper.sourceID) else {
                    summary.invalidIDs += 1
                    continue
                }
                try Self.save(paper, position: position + offset, in: db, summary: &summary, replaced: &replaced)
            }
            try FullTextIndex.indexPapers(after: indexedUpTo, in: db)
            // Deleted last: a rowid freed earlier could be reused by a new paper the index step would miss.
            for id in replaced { try db.execute(sql: "DELETE FROM paper WHERE id = ?", arguments: [id]) }
            return summary
        }
    }

    private static func save(_ paper: VenuePaper, position: Int, in db: Database, summary: inout VenueWriteSummary,
                             replaced: inout [String]) throws {
        let arxivID = try linkedArxivID(paper, in: db)
        let paperID = arxivID ?? paper.sourceID
        if arxivID != nil { summary.linked += 1 }
        let keywords = Paper.encodeAuthors(paper.keywords)
        let existing = try Row.fetchOne(db, sql: "SELECT paper_id, grp, keywords, position FROM venue_paper WHERE source_id = ?",
                                        arguments: [paper.sourceID])
        var paperChanged = false
        if arxivID == nil { paperChanged = try upsertOwnPaper(paper, in: db) }
        if let existing {
            let oldPaperID: String = existing["paper_id"]
            if oldPaperID != paperID {
                try relink(from: oldPaperID, to: paperID, in: db)
                if oldPaperID.contains("@") { replaced.append(oldPaperID) }
            }
            let same = oldPaperID == paperID && existing["grp"] == paper.group && existing["keywords"] == keywords
                && existing["position"] == position
            if !same {
                try db.execute(sql: """
                    UPDATE venue_paper SET paper_id = ?, venue = ?, edition = ?, grp = ?, keywords = ?, position = ?
                    WHERE source_id = ?
                    """, arguments: [paperID, paper.edition.venue, paper.edition.description, paper.group, keywords,
                                     position, paper.sourceID])
            }
            if same && !paperChanged { summary.unchanged += 1 } else { summary.updated += 1 }
        } else {
            try db.execute(sql: """
                INSERT INTO venue_paper (source_id, paper_id, venue, edition, grp, keywords, position) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [paper.sourceID, paperID, paper.edition.venue, paper.edition.description, paper.group,
                                 keywords, position])
            summary.new += 1
        }
    }

    /// The cached arXiv paper this venue paper is: by the arXiv id the source gives, else by a title
    /// that is the same once case, accents and punctuation are set aside.
    private static func linkedArxivID(_ paper: VenuePaper, in db: Database) throws -> String? {
        if let id = paper.arxivID?.value,
           try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM paper WHERE id = ?)", arguments: [id]) == true {
            return id
        }
        let key = TitleKey.normalize(paper.title)
        let words = key.split(separator: " ")
        guard words.count >= 2 else { return nil }
        let phrase = "title : \"" + words.joined(separator: " ") + "\""
        let candidates = try Row.fetchAll(db, sql: """
            SELECT p.id, p.title FROM paper_fts JOIN paper AS p ON p.rowid = paper_fts.rowid
            WHERE paper_fts MATCH ? AND instr(p.id, '@') = 0 LIMIT 20
            """, arguments: [phrase])
        return candidates.first { TitleKey.normalize($0["title"]) == key }.map { $0["id"] }
    }

    /// A venue paper not on arXiv is a paper of its own, under its source id. True when it changed.
    private static func upsertOwnPaper(_ paper: VenuePaper, in db: Database) throws -> Bool {
        let keywords = paper.keywords.isEmpty ? nil : "Keywords: " + paper.keywords.joined(separator: ", ")
        try db.execute(sql: """
            INSERT INTO paper (id, version, title, authors, abstract, primary_category, categories, comments, link_url, pdf_link)
            VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                title = excluded.title, authors = excluded.authors, abstract = excluded.abstract,
                primary_category = excluded.primary_category, categories = excluded.categories,
                comments = excluded.comments, link_url = excluded.link_url, pdf_link = excluded.pdf_link
            WHERE paper.title IS NOT excluded.title OR paper.authors IS NOT excluded.authors
               OR paper.abstract IS NOT excluded.abstract OR paper.comments IS NOT excluded.comments
               OR paper.link_url IS NOT excluded.link_url OR paper.pdf_link IS NOT excluded.pdf_link
               OR paper.primary_category IS NOT excluded.primary_category
            """, arguments: [paper.sourceID, paper.title, Paper.encodeAuthors(paper.authors), paper.abstract,
                             paper.edition.description, paper.edition.description, keywords, paper.pageURL, paper.pdfURL])
        return db.changesCount > 0
    }

    /// A venue paper found on arXiv after it was kept on its own: its marks and answers move to the
    /// arXiv paper (the earliest star and read time win); the caller deletes its own copy. A starred or
    /// read paper counts as seen at the arXiv version it is linked to (the venue copy's own version
    /// numbers are not arXiv's), so only a later arXiv version is news.
    private static func relink(from old: String, to new: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO mark (paper_id, starred_at, read_at, seen_at, seen_version, dismissed_at)
            SELECT ?, starred_at, read_at, seen_at,
                   CASE WHEN starred_at IS NOT NULL OR read_at IS NOT NULL THEN (SELECT version FROM paper WHERE id = ?) END,
                   dismissed_at
            FROM mark WHERE paper_id = ?
            ON CONFLICT(paper_id) DO UPDATE SET
                starred_at = COALESCE(MIN(mark.starred_at, excluded.starred_at), mark.starred_at, excluded.starred_at),
                read_at = COALESCE(MIN(mark.read_at, excluded.read_at), mark.read_at, excluded.read_at),
                seen_at = COALESCE(MIN(mark.seen_at, excluded.seen_at), mark.seen_at, excluded.seen_at),
                seen_version = COALESCE(mark.seen_version, excluded.seen_version),
                dismissed_at = COALESCE(MIN(mark.dismissed_at, excluded.dismissed_at), mark.dismissed_at, excluded.dismissed_at)
            """, arguments: [new, new, old])
        try db.execute(sql: "DELETE FROM mark WHERE paper_id = ?", arguments: [old])
        try db.execute(sql: "UPDATE OR IGNORE faq SET paper_id = ? WHERE paper_id = ?", arguments: [new, old])
    }

    /// Drops the edition's papers that a complete sync did not see; returns how many.
    public func pruneEdition(_ edition: VenueEdition, keeping seen: Set<String>) throws(StoreError) -> Int {
        try write { db in
            let all = try String.fetchAll(db, sql: "SELECT source_id FROM venue_paper WHERE edition = ?",
                                          arguments: [edition.description])
            var removed = 0
            for sourceID in all where !seen.contains(sourceID) {
                try db.execute(sql: "DELETE FROM venue_paper WHERE source_id = ?", arguments: [sourceID])
                removed += 1
            }
            return removed
        }
    }

    /// Every cached edition with its groups and counts, newest year first.
    public func editions() throws(StoreError) -> [EditionSummary] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT venue, edition, grp, COUNT(*) AS n FROM venue_paper GROUP BY edition, grp
                ORDER BY venue COLLATE NOCASE, edition DESC, \(VenueGroupOrder.rankSQL("grp")), MIN(position)
                """)
            var summaries: [EditionSummary] = []
            for row in rows {
                let edition: String = row["edition"]
                if summaries.last?.edition != edition {
                    summaries.append(EditionSummary(edition: edition, venue: row["venue"], groups: []))
                }
                summaries[summaries.count - 1].groups.append((name: row["grp"], count: row["n"]))
            }
            return summaries
        }
    }
}
