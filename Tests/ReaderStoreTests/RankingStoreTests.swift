import Foundation
import Testing
import GRDB
@testable import ReaderStore

@Suite("the personal ranking from a cache file: its labels, its model kept, trained again when marks change")
struct RankingStoreTests {
    private let day = "2026-04-27"
    private let first = Date(timeIntervalSince1970: 1_780_000_000)

    /// Twelve papers: the first six on diffusion models, the others on type systems.
    private func filledStore() throws -> PaperStore {
        let store = try makeTemporaryStore()
        let entries = (1...12).map { number in
            let id = String(format: "2604.%05d", number)
            let topic = number <= 6 ? "Diffusion models for image generation \(number)" : "Gradual type systems for proofs \(number)"
            return (StoreTests.paper(id, title: topic), AnnounceType.new)
        }
        _ = try store.saveDailyFeed(StoreTests.feed(day, entries), categories: ["cs.AI"])
        return store
    }

    private func id(_ number: Int) -> String { String(format: "2604.%05d", number) }

    @Test("labels: a star, a read paper, a dismissal and a paper seen and passed over, one label per paper, the strongest")
    func evidence() throws {
        let store = try filledStore()
        try store.apply(.star, to: [id(1)], at: first)
        try store.apply(.read, to: [id(1), id(2)], at: first)
        try store.apply(.dismiss, to: [id(7)], at: first)
        try store.markSeen([id(8)], at: first)
        let kinds = Dictionary(uniqueKeysWithValues: try store.rankingEvidence().labels.map { ($0.paper.id, $0.kind) })
        #expect(kinds == [id(1): .star, id(2): .opened, id(7): .dismissed, id(8): .skipped])
    }

    @Test("under five positives nothing is trained; with them the model is kept, current until a mark changes")
    func trainedAndKept() throws {
        let store = try filledStore()
        try store.apply(.star, to: [id(1), id(2)], at: first)
        guard case .needsMorePositives(let have, let need) = try store.currentRanking(now: first) else {
            Issue.record("trained on two stars")
            return
        }
        #expect((have, need) == (2, 5))
        #expect(try store.rankingModel() == nil)

        try store.apply(.star, to: [id(3), id(4), id(5)], at: first)
        try store.apply(.dismiss, to: [id(9), id(10)], at: first)
        guard case .ranked(let model, _) = try store.currentRanking(now: first) else {
            Issue.record("no model from five stars")
            return
        }
        #expect(model.report.stars == 5)
        #expect(model.report.dismissed == 2)
        let unlabelled = try store.page(ListQuery(scope: .day(day)), offset: 0, limit: 20).map { RankingPaper($0.paper) }
        let diffusion = try #require(unlabelled.first { $0.id == id(6) })
        let types = try #require(unlabelled.first { $0.id == id(12) })
        #expect(model.score(diffusion) > model.score(types))
        #expect(try store.rankingModel()?.isCurrent == true)

        try store.apply(.star, to: [id(6)], at: first)
        #expect(try store.rankingModel()?.isCurrent == false)
        guard case .ranked(let again, _) = try store.currentRanking(now: first) else {
            Issue.record("no model after a sixth star")
            return
        }
        #expect(again.report.stars == 6)
        #expect(try store.rankingModel()?.isCurrent == true)
    }

    @Test("damaged model bytes are trained again, not trusted")
    func damagedModel() throws {
        let store = try filledStore()
        try store.apply(.star, to: (1...5).map(id), at: first)
        _ = try store.trainRanking(now: first)
        try store.write { db in try db.execute(sql: "UPDATE ranking_model SET model = x'00010203'") }
        #expect(try store.rankingModel() == nil)
        guard case .ranked = try store.currentRanking(now: first) else {
            Issue.record("not trained again")
            return
        }
        #expect(try store.rankingModel() != nil)
    }

    @Test("seeds are positives without a star, one per paper, found by author whatever the accents; clearing them retrains")
    func seeds() throws {
        let store = try makeTemporaryStore()
        let authored = [StoreTests.paper("2604.00001"), StoreTests.paper("2604.00002")].map { paper in
            var paper = paper
            paper.authors = ["Jakob Günther", "B. Author"]
            return (paper, AnnounceType.new)
        }
        _ = try store.saveDailyFeed(StoreTests.feed(day, authored + [(StoreTests.paper("2604.00003"), .new)]), categories: ["cs.AI"])
        #expect(try store.paperIDs(byAuthor: "jakob GUNTHER").sorted() == ["2604.00001", "2604.00002"])
        #expect(try store.paperIDs(byAuthor: "Jakob").isEmpty)
        #expect(try store.addRankingSeeds(["2604.00001", "2604.00002", "2604.09999"], at: first) == 2)
        #expect(try store.addRankingSeeds(["2604.00001"], at: first) == 0)
        try store.apply(.dismiss, to: ["2604.00002"], at: first)
        let kinds = Dictionary(uniqueKeysWithValues: try store.rankingEvidence().labels.map { ($0.paper.id, $0.kind) })
        #expect(kinds == ["2604.00001": .star, "2604.00002": .dismissed])
        #expect(try store.allMarks().allSatisfy { $0.starredAt == nil })
        #expect(try store.clearRankingSeeds() == 2)
        #expect(try store.rankingEvidence().labels.map(\.paper.id) == ["2604.00002"])
    }
}
