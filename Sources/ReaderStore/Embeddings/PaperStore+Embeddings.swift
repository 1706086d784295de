import Foundation
import GRDB

/// A paper's text as it is sent to the embeddings server.
public struct EmbeddingInput: Sendable, Equatable {
    public var paperID: String
    public var text: String
}

extension PaperStore {
    /// Labels of each kind the ranking learns from at most (`rankingEvidence`'s `markedLimit`).
    public static let labelledRecently = 5_000
}

/// How many papers have a vector from a model.
public struct EmbeddingCoverage: Sendable, Equatable {
    public var model: String
    public var papers: Int
    /// Numbers per vector; nil while none is kept.
    public var dimension: Int?
}

extension PaperStore {
    /// Papers with no vector from `model` yet, the ones the ranking needs most first: those starred,
    /// read, dismissed or seeded (the most recent 5,000 of each kind, the labels it learns from), then
    /// the papers of `firstDay` (the day being read), then those of the ten newest announcement days,
    /// newest first. At most `limit`.
    public func papersNeedingEmbeddings(model: String, limit: Int, maximumCharacters: Int = 1_500, firstDay: String? = nil)
        throws(StoreError) -> [EmbeddingInput] {
        guard limit > 0 else { return [] }
        return try read { db in
            guard try db.tableExists("paper_embedding") else { return [] }
            let lacking = "NOT EXISTS (SELECT 1 FROM paper_embedding e WHERE e.model = ? AND e.paper_id = paper.id)"
            var seeded = ""
            if try db.tableExists("ranking_seed") { seeded = " UNION SELECT paper_id FROM ranking_seed" }
            var rows = try Row.fetchAll(db, sql: """
                SELECT paper.id, paper.title, paper.abstract FROM paper
                 WHERE paper.id IN (
                       SELECT * FROM (SELECT paper_id FROM mark WHERE starred_at IS NOT NULL ORDER BY starred_at DESC LIMIT ?)
                       UNION SELECT * FROM (SELECT paper_id FROM mark WHERE dismissed_at IS NOT NULL ORDER BY dismissed_at DESC LIMIT ?)
                       UNION SELECT * FROM (SELECT paper_id FROM mark WHERE read_at IS NOT NULL ORDER BY read_at DESC LIMIT ?)
                       \(seeded))
                   AND \(lacking)
                 LIMIT ?
                """, arguments: [Self.labelledRecently, Self.labelledRecently, Self.labelledRecently, model, limit])
            if rows.count < limit {
                var days = try String.fetchAll(db, sql: "SELECT DISTINCT announce_date FROM listing ORDER BY announce_date DESC LIMIT 10")
                if let firstDay { days = [firstDay] + days.filter { $0 != firstDay } }
                var taken = Set(rows.map { $0["id"] as String })
                let statement = try db.cachedStatement(sql: """
                    SELECT paper.id, paper.title, paper.abstract FROM listing JOIN paper ON paper.id = listing.paper_id
                     WHERE listing.announce_date = ? AND \(lacking)
                     ORDER BY listing.position
                     LIMIT ?
                    """)
                for day in days where rows.count < limit {
                    for row in try Row.fetchAll(statement, arguments: [day, model, limit]) where rows.count < limit {
                        if taken.insert(row["id"]).inserted { rows.append(row) }
                    }
                }
            }
            return rows.map { row in
                EmbeddingInput(paperID: row["id"], text: Self.embeddingText(title: row["title"], abstract: row["abstract"],
                                                                         maximumCharacters: maximumCharacters))
            }
        }
    }

    /// Title and abstract on one line each, whitespace collapsed, cut at a word.
    public static func embeddingText(title: String, abstract: String, maximumCharacters: Int = 1_500) -> String {
        func collapsed(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let whole = collapsed(title) + "\n" + collapsed(abstract)
        guard whole.count > maximumCharacters else { return whole }
        let cut = whole.prefix(maximumCharacters)
        return String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut)
    }

    /// Keeps the vectors (unit length) for `model`, in one transaction. All must have the length the
    /// model's vectors already kept have: a server that changed its model under the same name is
    /// refused (`EmbeddingsError.wrongDimension`) rather than mixed in.
    public func saveEmbeddings(_ vectors: [(paperID: String, vector: [Float])], model: String) throws {
        guard let width = vectors.first?.vector.count else { return }
        if let other = vectors.first(where: { $0.vector.count != width }) {
            throw EmbeddingsError.wrongDimension(expected: width, found: other.vector.count)
        }
        let keptWidth: Int? = try write { db in
            if let kept = try Int.fetchOne(db, sql: "SELECT length(vector) FROM paper_embedding WHERE model = ? LIMIT 1",
                                           arguments: [model]), kept != 2 * width {
                return kept / 2
            }
            let statement = try db.cachedStatement(sql: """
                INSERT INTO paper_embedding (model, paper_id, vector) VALUES (?, ?, ?)
                ON CONFLICT (model, paper_id) DO UPDATE SET vector = excluded.vector
                """)
            for (paperID, vector) in vectors {
                try statement.execute(arguments: [model, paperID, EmbeddingVector.encode(vector)])
            }
            return nil
        }
        if let keptWidth { throw EmbeddingsError.wrongDimension(expected: keptWidth, found: width) }
    }

    /// How many papers have a vector from `model`, and of what length.
    public func embeddingCoverage(model: String) throws(StoreError) -> EmbeddingCoverage {
        try read { db in
            guard try db.tableExists("paper_embedding") else { return EmbeddingCoverage(model: model, papers: 0, dimension: nil) }
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM paper_embedding WHERE model = ?", arguments: [model]) ?? 0
            let bytes = try Int.fetchOne(db, sql: "SELECT length(vector) FROM paper_embedding WHERE model = ? LIMIT 1", arguments: [model])
            return EmbeddingCoverage(model: model, papers: count, dimension: bytes.map { $0 / 2 })
        }
    }

    /// The vectors `model` gave the papers of `ids` (those it gave one).
    static func embeddings(for ids: some Collection<String>, model: String, in db: Database) throws -> [String: [Float]] {
        guard !ids.isEmpty, try db.tableExists("paper_embedding") else { return [:] }
        let statement = try db.cachedStatement(sql: """
            SELECT paper_id, vector FROM paper_embedding WHERE model = ? AND paper_id IN (SELECT value FROM json_each(?))
            """)
        var found: [String: [Float]] = [:]
        let all = Array(ids)
        for start in stride(from: 0, to: all.count, by: 5_000) {
            let chunk = Array(all[start..<min(all.count, start + 5_000)])
            let rows = try Row.fetchCursor(statement, arguments: [model, StringListJSON.encode(chunk)])
            while let row = try rows.next() {
                if let vector = EmbeddingVector.decode(row["vector"]) { found[row["paper_id"]] = vector }
            }
        }
        return found
    }

    /// The embeddings model that gave vectors to most of `ids` (nil when none did).
    static func mostUsedEmbeddingModel(for ids: some Collection<String>, in db: Database) throws -> String? {
        guard !ids.isEmpty, try db.tableExists("paper_embedding") else { return nil }
        return try String.fetchOne(db, sql: """
            SELECT model FROM paper_embedding WHERE paper_id IN (SELECT value FROM json_each(?))
             GROUP BY model ORDER BY count(*) DESC, model LIMIT 1
            """, arguments: [StringListJSON.encode(Array(ids))])
    }

    /// Attaches `model`'s vectors to the papers that have one.
    static func attachEmbeddings(_ papers: inout [RankingPaper], model: String, in db: Database) throws {
        let vectors = try embeddings(for: papers.map(\.id), model: model, in: db)
        guard !vectors.isEmpty else { return }
        for index in papers.indices { papers[index].embedding = vectors[papers[index].id] }
    }
}

extension PaperStore {
    /// The labelled papers and random negatives with the vectors of the embeddings model most of the
    /// labelled papers have (unchanged, and nil, when none has any).
    func attachingEmbeddings(_ labels: [RankingLabel], _ negatives: [RankingPaper])
        throws(StoreError) -> (labels: [RankingLabel], negatives: [RankingPaper], model: String?) {
        try read { db in
            guard let model = try Self.mostUsedEmbeddingModel(for: labels.map(\.paper.id), in: db) else { return (labels, negatives, nil) }
            var papers = labels.map(\.paper) + negatives
            try Self.attachEmbeddings(&papers, model: model, in: db)
            var labelled = labels
            for index in labelled.indices { labelled[index].paper = papers[index] }
            return (labelled, Array(papers[labels.count...]), model)
        }
    }
}

extension PaperStore {
    /// The papers as `model` scores them: with their vectors, when it was trained with vectors.
    public func rankingPapers(_ papers: [Paper], for model: RankingModel) throws(StoreError) -> [RankingPaper] {
        let ranking = papers.map { RankingPaper($0) }
        guard let embeddingModel = model.embeddingModel else { return ranking }
        return try read { db in
            var attached = ranking
            try Self.attachEmbeddings(&attached, model: embeddingModel, in: db)
            return attached
        }
    }
}
