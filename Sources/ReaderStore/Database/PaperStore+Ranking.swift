import Foundation
import GRDB

/// The marks a personal ranking learns from, read at one moment of the cache.
public struct RankingEvidence: Sendable {
    public var labels: [RankingLabel]
    /// A fingerprint of the marks the ranking learns from strongly (stars, read papers, dismissals,
    /// seeds) when the labels were read: a model trained on them is current while it is the same.
    /// Papers seen and passed over are left out of it, or every `j` would make the model stale.
    public var marksChange: Int64?
}

/// The ranking model kept in the cache, and whether marks changed since it was trained.
public struct StoredRankingModel: Sendable {
    public var model: RankingModel
    public var trainedAt: Date
    public var isCurrent: Bool

    public init(model: RankingModel, trainedAt: Date, isCurrent: Bool) {
        self.model = model
        self.trainedAt = trainedAt
        self.isCurrent = isCurrent
    }
}

extension PaperStore {
    /// The stars, dismissals and read papers (one label per paper, the strongest), the most recent
    /// `markedLimit` of each kind, and the `skippedLimit` papers seen most recently and passed over.
    /// Bounded, so that years of marks (10 % of a million papers read) train in seconds and memory
    /// stays small; old votes weigh little by then anyway (time decay).
    public func rankingEvidence(markedLimit: Int = labelledRecently, skippedLimit: Int = 3_000) throws(StoreError) -> RankingEvidence {
        try read { db in
            let marksChange = try Self.rankingMarksFingerprint(db)
            let columns = "paper.*, mark.starred_at, mark.read_at, mark.seen_at, mark.dismissed_at"
            let starred = try Row.fetchAll(db, sql: """
                SELECT \(columns) FROM mark JOIN paper ON paper.id = mark.paper_id
                 WHERE mark.starred_at IS NOT NULL ORDER BY mark.starred_at DESC LIMIT ?
                """, arguments: [markedLimit])
            let dismissed = try Row.fetchAll(db, sql: """
                SELECT \(columns) FROM mark JOIN paper ON paper.id = mark.paper_id
                 WHERE mark.dismissed_at IS NOT NULL AND mark.starred_at IS NULL ORDER BY mark.dismissed_at DESC LIMIT ?
                """, arguments: [markedLimit])
            let read = try Row.fetchAll(db, sql: """
                SELECT \(columns) FROM mark JOIN paper ON paper.id = mark.paper_id
                 WHERE mark.read_at IS NOT NULL AND mark.starred_at IS NULL AND mark.dismissed_at IS NULL
                 ORDER BY mark.read_at DESC LIMIT ?
                """, arguments: [markedLimit])
            let marked = starred + dismissed + read
            let skipped = try Row.fetchAll(db, sql: """
                SELECT \(columns) FROM mark JOIN paper ON paper.id = mark.paper_id
                 WHERE mark.seen_at IS NOT NULL AND mark.starred_at IS NULL AND mark.read_at IS NULL
                   AND mark.dismissed_at IS NULL
                 ORDER BY mark.seen_at DESC LIMIT ?
                """, arguments: [skippedLimit])
            var labels = try (marked + skipped).compactMap(Self.label)
            // A seed is a positive unless the paper's own marks say more (starred, read, dismissed):
            // passing over a seeded paper in a list does not undo the seed.
            let decided = Set(labels.filter { $0.kind != .skipped }.map(\.paper.id))
            if try db.tableExists("ranking_seed") {
                var seeded = Set<String>()
                for row in try Row.fetchAll(db, sql: """
                    SELECT paper.*, ranking_seed.added_at FROM ranking_seed JOIN paper ON paper.id = ranking_seed.paper_id
                    """) where !decided.contains(row["id"]) {
                    seeded.insert(row["id"])
                    labels.append(RankingLabel(paper: RankingPaper(try Paper(row: row)), kind: .star, date: row["added_at"]))
                }
                labels.removeAll { $0.kind == .skipped && seeded.contains($0.paper.id) }
            }
            return RankingEvidence(labels: labels, marksChange: marksChange)
        }
    }

    private static func label(_ row: Row) throws -> RankingLabel? {
        let paper = RankingPaper(try Paper(row: row))
        let starred: Date? = row["starred_at"]
        let dismissed: Date? = row["dismissed_at"]
        let read: Date? = row["read_at"]
        let seen: Date? = row["seen_at"]
        if let starred { return RankingLabel(paper: paper, kind: .star, date: starred) }
        if let dismissed { return RankingLabel(paper: paper, kind: .dismissed, date: dismissed) }
        if let read { return RankingLabel(paper: paper, kind: .opened, date: read) }
        if let seen { return RankingLabel(paper: paper, kind: .skipped, date: seen) }
        return nil
    }

    /// About `count` papers drawn at random from the whole cache (Scholar Inbox's random negatives):
    /// random row ids looked up by key, never a pass over the table.
    /// `seed` picks the same papers again (a training on the same marks gives the same ranking).
    public func randomRankingPapers(count: Int, seed: UInt64? = nil) throws(StoreError) -> [RankingPaper] {
        guard count > 0 else { return [] }
        return try read { db in
            guard let highest = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM paper"), highest > 0 else { return [] }
            var wanted = Set<Int64>()
            var generator = SeededRandom(seed: seed ?? UInt64.random(in: 0...UInt64.max))
            for _ in 0..<min(Int64(count), highest) { wanted.insert(Int64.random(in: 1...highest, using: &generator)) }
            var papers: [RankingPaper] = []
            let statement = try db.cachedStatement(sql: "SELECT * FROM paper WHERE rowid = ?")
            for rowid in wanted.sorted() {
                if let row = try Row.fetchOne(statement, arguments: [rowid]) { papers.append(RankingPaper(try Paper(row: row))) }
            }
            return papers
        }
    }

    /// The model last trained from this cache's marks, or nil when none was (or the cache predates it).
    public func rankingModel() throws(StoreError) -> StoredRankingModel? {
        let listScores = self.listScores
        let stored: (RankingModel?, Data?, Date, Int64?, Int64?)? = try read { db in
            guard try db.tableExists("ranking_model"),
                  let row = try Row.fetchOne(db, sql: "SELECT trained_at, marks_change, length(model) AS byte_count FROM ranking_model WHERE id = 1")
            else { return nil }
            let trainedAt: Date = row["trained_at"]
            let saved = listScores.savedModel(trainedAt: trainedAt, byteCount: row["byte_count"])
            let bytes = saved == nil ? try Data.fetchOne(db, sql: "SELECT model FROM ranking_model WHERE id = 1") : nil
            return (saved, bytes, trainedAt, row["marks_change"], try Self.rankingMarksFingerprint(db))
        }
        guard let (saved, bytes, trainedAt, trainedChange, currentChange) = stored else { return nil }
        // A model written by another version, or damaged, is trained again rather than trusted.
        guard let model = saved ?? bytes.flatMap({ try? RankingModel(serialized: $0) }) else { return nil }
        return StoredRankingModel(model: model, trainedAt: trainedAt, isCurrent: trainedChange == currentChange)
    }

    /// The marks' fingerprint (`RankingEvidence.marksChange`): how many stars, read papers, dismissals
    /// and seeds there are and the latest of each, and the newest vector kept, folded into one number (FNV-1a, the same in every
    /// process). Read through the partial indexes on stars and dismissals and one pass over the marks.
    static func rankingMarksFingerprint(_ db: Database) throws -> Int64 {
        var parts: [String] = []
        if let row = try Row.fetchOne(db, sql: """
            SELECT count(starred_at), max(starred_at), count(read_at), max(read_at), count(dismissed_at), max(dismissed_at)
              FROM mark
            """) {
            parts += (0..<6).map { (row[$0] as DatabaseValue).description }
        }
        if try db.tableExists("ranking_seed"), let row = try Row.fetchOne(db, sql: "SELECT count(*), max(added_at) FROM ranking_seed") {
            parts += [(row[0] as DatabaseValue).description, (row[1] as DatabaseValue).description]
        }
        // Vectors fetched since a training are features it did not have (the highest rowid: a seek).
        if try db.tableExists("paper_embedding"), let newest = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM paper_embedding") {
            parts.append("embeddings \(newest)")
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "|").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    /// Forgets the kept model: the marks no longer make one (too few stars after unstarring).
    func dropRankingModel() throws(StoreError) {
        try write { db in
            if try db.tableExists("ranking_model") { try db.execute(sql: "DELETE FROM ranking_model") }
        }
    }

    /// Keeps `model`, trained on marks with the fingerprint `marksChange`, in place of the last one.
    public func saveRankingModel(_ model: RankingModel, trainedOn marksChange: Int64?) throws(StoreError) {
        let bytes = model.serialized()
        try write { db in
            try db.execute(sql: """
                INSERT INTO ranking_model (id, model, trained_at, marks_change) VALUES (1, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET model = excluded.model, trained_at = excluded.trained_at,
                    marks_change = excluded.marks_change
                """, arguments: [bytes, model.report.trainedAt, marksChange])
        }
        listScores.noteSaved(model, byteCount: bytes.count)
    }
}
