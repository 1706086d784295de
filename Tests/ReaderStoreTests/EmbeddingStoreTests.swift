import Foundation
import Testing
@testable import ReaderStore

@Suite("paper vectors in the cache file: which papers want one, kept by model, and a ranking trained before them stale")
struct EmbeddingStoreTests {
    private static let day = "2026-04-27"
    private let first = Date(timeIntervalSince1970: 1_780_000_000)

    static func id(_ number: Int) -> String { String(format: "2604.%05d", number) }
    private func id(_ number: Int) -> String { Self.id(number) }

    /// Twelve papers of one day: six on diffusion models, six on type systems.
    static func filledStore() throws -> PaperStore {
        let store = try makeTemporaryStore()
        let entries = (1...12).map { number in
            let topic = number <= 6 ? "Diffusion models for image generation \(number)" : "Gradual type systems for proofs \(number)"
            return (StoreTests.paper(Self.id(number), title: topic), AnnounceType.new)
        }
        _ = try store.saveDailyFeed(StoreTests.feed(Self.day, entries), categories: ["cs.AI"])
        return store
    }

    private func filledStore() throws -> PaperStore { try Self.filledStore() }

    private func unit(_ seed: Int, width: Int = 4) -> [Float] {
        EmbeddingVector.normalized((0..<width).map { Float(($0 + seed) % 5) + 0.5 })!
    }

    @Test("the papers you marked first, then the day's in its order; a paper with a vector is not asked for again")
    func wantedOrder() throws {
        let store = try filledStore()
        try store.apply(.star, to: [id(9)], at: first)
        try store.apply(.dismiss, to: [id(11)], at: first)
        let wanted = try store.papersNeedingEmbeddings(model: "m", limit: 4).map(\.paperID)
        #expect(Set(wanted.prefix(2)) == [id(9), id(11)])
        #expect(wanted.suffix(2) == [id(1), id(2)])
        let text = try #require(try store.papersNeedingEmbeddings(model: "m", limit: 1, maximumCharacters: 20).first?.text)
        #expect(text.count <= 20)
        try store.saveEmbeddings(wanted.map { ($0, unit(1)) }, model: "m")
        let next = try store.papersNeedingEmbeddings(model: "m", limit: 20).map(\.paperID)
        #expect(next.count == 8 && Set(next).isDisjoint(with: wanted))
        #expect(try store.papersNeedingEmbeddings(model: "another", limit: 20).count == 12)
        #expect(try store.embeddingCoverage(model: "m") == EmbeddingCoverage(model: "m", papers: 4, dimension: 4))
    }

    @Test("the day being read comes right after the labelled papers, however old; then the newest days")
    func dayBeingReadFirst() throws {
        let store = try filledStore()
        func old(_ number: Int) -> String { String(format: "2504.%05d", number) }
        let older = (20...22).map { (StoreTests.paper(old($0), title: "An old paper \($0)"), AnnounceType.new) }
        _ = try store.saveDailyFeed(StoreTests.feed("2025-04-28", older), categories: ["cs.AI"])
        #expect(try store.papersNeedingEmbeddings(model: "m", limit: 3).map(\.paperID) == [id(1), id(2), id(3)])
        let first = try store.papersNeedingEmbeddings(model: "m", limit: 4, firstDay: "2025-04-28").map(\.paperID)
        #expect(first == [old(20), old(21), old(22), id(1)], "\(first)")
        let all = try store.papersNeedingEmbeddings(model: "m", limit: 20).map(\.paperID)
        #expect(all.count == 15, "\(all)")
    }

    @Test("a vector of another length than the model's kept ones is refused, and nothing of its batch is written")
    func dimensionKept() throws {
        let store = try filledStore()
        try store.saveEmbeddings([(id(1), unit(1))], model: "m")
        #expect(throws: EmbeddingsError.wrongDimension(expected: 4, found: 3)) {
            try store.saveEmbeddings([(id(2), unit(1, width: 3))], model: "m")
        }
        #expect(throws: EmbeddingsError.wrongDimension(expected: 4, found: 3)) {
            try store.saveEmbeddings([(id(3), unit(1)), (id(4), unit(1, width: 3))], model: "m")
        }
        #expect(try store.embeddingCoverage(model: "m").papers == 1)
    }

    @Test("vectors kept after a training make it stale; the next training uses them and its list scores with them")
    func retrainedWithVectors() throws {
        let store = try filledStore()
        try store.apply(.star, to: (1...5).map(id), at: first)
        try store.apply(.dismiss, to: [id(7), id(8)], at: first)
        guard case .ranked(let plain, _) = try store.currentRanking(now: first) else { Issue.record("not ranked"); return }
        #expect(plain.embeddingModel == nil)
        #expect(try store.rankingModel()?.isCurrent == true)
        try store.saveEmbeddings((1...12).map { (id($0), unit($0 <= 6 ? 0 : 2)) }, model: "m")
        #expect(try store.rankingModel()?.isCurrent == false)
        guard case .ranked(let model, _) = try store.currentRanking(now: first.addingTimeInterval(60)) else { Issue.record("not ranked"); return }
        #expect(model.embeddingModel == "m")
        #expect(model.report.embedded >= 7)
        let papers = try store.rankingPapers([try #require(try store.paper(id: id(6))).paper], for: model)
        #expect(papers.first?.embedding?.count == 4)
    }
}
