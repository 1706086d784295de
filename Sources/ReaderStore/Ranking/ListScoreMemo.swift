import Foundation
import GRDB

/// Scores of papers by the ranking kept in the cache and by the preference keywords, kept in memory
/// by paper id so that sorting a list again (a filter, a page, the next visit) scores only the papers
/// not scored yet. The ranking's scores are dropped when another model is trained; the keywords'
/// when the keywords change.
final class ListScoreMemo: @unchecked Sendable {
    private struct Ranking {
        let trainedAt: Date
        let model: RankingModel
        var scores: [String: Double] = [:]
        /// Why each paper scored as it did, for the pages read so far.
        var reasons: [String: RankingExplanation] = [:]
    }

    private let lock = NSLock()
    private var ranking: Ranking?
    /// The ranking was handed over by a training that could not keep it in the file (read-only).
    private var adopted = false
    /// Whether the next read takes the cache's model when it is not the one in memory.
    private var followLatest = true
    private var keywords: (PreferenceKeywords, scores: [String: Double])?
    /// The model this process trained and kept last: the file's copy of it is not read back (at 1 M
    /// papers its bytes take a few hundred ms to read and decode).
    private var saved: (trainedAt: Date, byteCount: Int, model: RankingModel)?
    /// Past this many scores a memo starts afresh: memory stays bounded however many lists are sorted.
    private static let capacity = 200_000

    /// The model kept in the cache, read again only once another was trained. Nil while none is kept
    /// (or the one kept cannot be read: the next training replaces it).
    private func keptModel(in db: Database) throws -> (trainedAt: Date, model: RankingModel)? {
        guard try db.tableExists("ranking_model"),
              let row = try Row.fetchOne(db, sql: "SELECT trained_at, length(model) FROM ranking_model WHERE id = 1"),
              let trainedAt: Date = row[0]
        else {
            // A read-only cache keeps no model: the one trained in this process stands in.
            return lock.withLock { adopted ? ranking.map { ($0.trainedAt, $0.model) } : nil }
        }
        let (kept, follow) = lock.withLock { (ranking, followLatest) }
        if let kept, kept.trainedAt == trainedAt || !follow {
            // A model trained since is taken only when asked (`takeLatest`), when the list is read
            // anew: pages of one list never mix two orders. The ask is used up by this read either way.
            if follow { lock.withLock { followLatest = false } }
            return (kept.trainedAt, kept.model)
        }
        let model: RankingModel
        if let known = savedModel(trainedAt: trainedAt, byteCount: row[1]) {
            model = known
        } else {
            guard let bytes = try Data.fetchOne(db, sql: "SELECT model FROM ranking_model WHERE id = 1"),
                  let read = try? RankingModel(serialized: bytes)
            else { return nil }
            model = read
        }
        lock.withLock {
            ranking = Ranking(trainedAt: trainedAt, model: model)
            adopted = false
            followLatest = false
        }
        return (trainedAt, model)
    }

    /// `model` was just written to the file by this process, in `byteCount` bytes.
    func noteSaved(_ model: RankingModel, byteCount: Int) {
        lock.withLock { saved = (model.report.trainedAt, byteCount, model) }
    }

    /// The model this process saved, if the file's is the one trained at `trainedAt` (to the
    /// millisecond, as the file keeps the time) in as many bytes.
    func savedModel(trainedAt: Date, byteCount: Int?) -> RankingModel? {
        lock.withLock {
            guard let saved, saved.byteCount == byteCount, abs(saved.trainedAt.timeIntervalSince(trainedAt)) < 0.0005 else { return nil }
            return saved.model
        }
    }

    /// The next read takes the model the cache holds now (a list is about to be read anew).
    func takeLatest() {
        lock.withLock { followLatest = true }
    }

    /// A model trained where the cache could not keep it (read-only), used until another is; nil
    /// forgets it.
    func adopt(_ model: RankingModel?) {
        lock.withLock {
            ranking = model.map { Ranking(trainedAt: $0.report.trainedAt, model: $0) }
            adopted = model != nil
        }
    }

    /// The scores of `ids` in this order: by the kept ranking (nil when none is kept) or the keywords.
    func scores(of ids: [String], by order: ListOrder, in db: Database) throws -> [Double]? {
        switch order {
        case .arxiv:
            return nil
        case .relevance:
            guard let (trainedAt, model) = try keptModel(in: db) else { return nil }
            let known = lock.withLock { ranking?.trainedAt == trainedAt ? ranking?.scores ?? [:] : [:] }
            let missing = ids.filter { known[$0] == nil }
            // All scored already (every read after the first): no copy of the memo, no write to it.
            if missing.isEmpty { return ids.map { known[$0] ?? 0 } }
            let papers = try Self.papers(missing, in: db)
            var ranked = papers.map { RankingPaper($0) }
            if let embeddingModel = model.embeddingModel { try PaperStore.attachEmbeddings(&ranked, model: embeddingModel, in: db) }
            let found = Dictionary(zip(papers.map(\.id), model.scores(ranked)),
                                   uniquingKeysWith: { first, _ in first })
            let all = known.merging(found) { first, _ in first }
            lock.withLock {
                guard ranking?.trainedAt == trainedAt else { return }
                ranking?.scores = all.count > Self.capacity ? found : all
            }
            return ids.map { all[$0] ?? 0 }
        case .keywords(let chosen):
            let known = lock.withLock { keywords?.0 == chosen ? keywords?.scores ?? [:] : [:] }
            let missing = ids.filter { known[$0] == nil }
            if missing.isEmpty { return ids.map { known[$0] ?? 0 } }
            let papers = try Self.papers(missing, in: db)
            let found = Dictionary(zip(papers.map(\.id), chosen.scores(papers)), uniquingKeysWith: { first, _ in first })
            let all = known.merging(found) { first, _ in first }
            lock.withLock { keywords = (chosen, all.count > Self.capacity ? found : all) }
            return ids.map { all[$0] ?? 0 }
        }
    }

    /// Why the kept ranking scores each of `papers` as it does (the strongest terms, authors and
    /// categories); nil when no ranking is kept. Worked out once per paper and model: a page read again
    /// (a scroll, a filter) finds them in memory.
    func reasons(for papers: [Paper], in db: Database) throws -> [String: RankingExplanation]? {
        guard let (trainedAt, model) = try keptModel(in: db) else { return nil }
        let known = lock.withLock { ranking?.trainedAt == trainedAt ? ranking?.reasons ?? [:] : [:] }
        if papers.allSatisfy({ known[$0.id] != nil }) { return known }
        var found: [String: RankingExplanation] = [:]
        var unexplained = papers.filter { known[$0.id] == nil }.map { RankingPaper($0) }
        if let embeddingModel = model.embeddingModel { try PaperStore.attachEmbeddings(&unexplained, model: embeddingModel, in: db) }
        for paper in unexplained { found[paper.id] = model.explanation(of: paper) }
        guard !found.isEmpty else { return known }
        let all = known.merging(found) { first, _ in first }
        lock.withLock {
            guard ranking?.trainedAt == trainedAt else { return }
            ranking?.reasons = all.count > Self.capacity ? found : all
        }
        return all
    }

    /// The papers of `ids` the cache holds, in the order of `ids`.
    private static func papers(_ ids: [String], in db: Database) throws -> [Paper] {
        guard !ids.isEmpty else { return [] }
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM paper WHERE id IN (SELECT value FROM json_each(?))"),
                                    arguments: [StringListJSON.encode(ids)])
        let byID = Dictionary(try rows.map { row in (row["id"] as String, try Paper(row: row)) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }
}
