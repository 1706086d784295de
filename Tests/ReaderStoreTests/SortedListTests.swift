import Foundation
import Testing
@testable import ReaderStore

@Suite("a list sorted by the ranking kept in the cache or by the keywords, paged from memory")
struct SortedListTests {
    private let day = "2026-04-27"
    private let first = Date(timeIntervalSince1970: 1_780_000_000)

    private func id(_ number: Int) -> String { String(format: "2604.%05d", number) }
    private func isDiffusion(_ paperID: String) -> Bool { Int(paperID.suffix(5))! % 2 == 1 }

    /// Twenty papers in arXiv's order, odd ones on diffusion models, even ones on type systems; the
    /// last four are cross-lists, so the day has two sections.
    private func filledStore() throws -> PaperStore {
        let store = try makeTemporaryStore()
        let entries = (1...20).map { number in
            let topic = number % 2 == 1 ? "Diffusion models for image generation, part \(number)"
                : "Gradual type systems for proofs, part \(number)"
            let cross = number > 16
            return (StoreTests.paper(id(number), categories: cross ? ["cs.LG", "cs.AI"] : ["cs.AI"], title: topic),
                    cross ? AnnounceType.cross : .new)
        }
        _ = try store.saveDailyFeed(StoreTests.feed(day, entries), categories: ["cs.AI"])
        return store
    }

    private func sorted(_ order: ListOrder, unreadOnly: Bool = false) -> ListQuery {
        var query = ListQuery(scope: .day(day), onlyUnread: unreadOnly)
        query.order = order
        return query
    }

    @Test("without a kept ranking the list keeps arXiv's order and its sections, and says it is not sorted")
    func noModelKeepsOwnOrder() throws {
        let store = try filledStore()
        let counts = try store.counts(sorted(.relevance))
        #expect(!counts.isSorted)
        #expect(counts.sections.count == 2)
        let ids = try store.page(sorted(.relevance), offset: 0, limit: 50).map(\.paper.id)
        #expect(ids == (1...20).map(id))
    }

    @Test("trained on five stars: the papers like them come first, each with its score and why; pages agree with the whole")
    func rankedFirst() throws {
        let store = try filledStore()
        try store.apply(.star, to: [1, 3, 5, 7, 9].map(id), at: first)
        try store.apply(.dismiss, to: [2, 4].map(id), at: first)
        guard case .ranked = try store.trainRanking(now: first) else {
            Issue.record("not trained")
            return
        }
        var query = sorted(.relevance)
        query.dismissed = .shown
        let counts = try store.counts(query)
        #expect(counts.isSorted)
        #expect(counts.sections.isEmpty)
        #expect(counts.total == 20)
        let whole = try store.page(query, offset: 0, limit: 50)
        #expect(whole.prefix(10).allSatisfy { isDiffusion($0.paper.id) }, "\(whole.map(\.paper.id))")
        #expect(whole.suffix(10).allSatisfy { !isDiffusion($0.paper.id) })
        #expect(zip(whole, whole.dropFirst()).allSatisfy { ($0.ranking?.score ?? 0) >= ($1.ranking?.score ?? 0) })
        #expect(whole.first?.ranking?.why?.isEmpty == false)
        // The announce type a day gives each paper is kept, though its section divider is gone.
        #expect(whole.first { $0.paper.id == id(17) }?.announceType == .cross)
        let paged = try (0..<4).flatMap { try store.page(query, offset: $0 * 5, limit: 5) }.map(\.paper.id)
        #expect(paged == whole.map(\.paper.id))
        let where20 = try #require(whole.firstIndex { $0.paper.id == id(20) })
        #expect(try store.locate([id(20)], in: query) == where20)
    }

    @Test("a filter keeps the order: unread only leaves out the read papers and sorts the rest the same way")
    func filterKeepsOrder() throws {
        let store = try filledStore()
        try store.apply(.star, to: [1, 3, 5, 7, 9].map(id), at: first)
        _ = try store.trainRanking(now: first)
        let whole = try store.page(sorted(.relevance), offset: 0, limit: 50).map(\.paper.id)
        try store.apply(.read, to: [id(11), id(12)], at: first)
        let unread = try store.page(sorted(.relevance, unreadOnly: true), offset: 0, limit: 50).map(\.paper.id)
        #expect(unread == whole.filter { $0 != id(11) && $0 != id(12) })
    }

    @Test("trained again after more marks, the list is sorted by the new model once read anew")
    func retrainedModelApplies() throws {
        let store = try filledStore()
        try store.apply(.star, to: [1, 3, 5, 7, 9].map(id), at: first)
        _ = try store.trainRanking(now: first)
        #expect(isDiffusion(try store.page(sorted(.relevance), offset: 0, limit: 1)[0].paper.id))
        try store.apply(.unstar, to: [1, 3, 5, 7, 9].map(id), at: first)
        try store.apply(.dismiss, to: [1, 3, 5, 7, 9].map(id), at: first)
        try store.apply(.star, to: [2, 4, 6, 8, 10].map(id), at: first)
        _ = try store.trainRanking(now: first.addingTimeInterval(60))
        // Pages read meanwhile keep the model the list was sorted by, until the list is read anew.
        #expect(isDiffusion(try store.page(sorted(.relevance), offset: 0, limit: 1)[0].paper.id))
        store.takeLatestRanking()
        let top = try store.page(sorted(.relevance), offset: 0, limit: 5).map(\.paper.id)
        #expect(top.allSatisfy { !isDiffusion($0) }, "\(top)")
        // Asked for when the kept model was already the latest, the ask is used up all the same: a
        // model trained after does not reach the pages of the list being read.
        store.takeLatestRanking()
        _ = try store.page(sorted(.relevance), offset: 0, limit: 1)
        try store.apply(.unstar, to: [2, 4, 6, 8, 10].map(id), at: first)
        try store.apply(.undismiss, to: [1, 3, 5, 7, 9].map(id), at: first)
        try store.apply(.star, to: [1, 3, 5, 7, 9].map(id), at: first)
        _ = try store.trainRanking(now: first.addingTimeInterval(120))
        #expect(!isDiffusion(try store.page(sorted(.relevance), offset: 0, limit: 1)[0].paper.id))
    }

    @Test("seen marks leave the model current (or every j would retrain it); a star does not; too few stars drop it and the list goes back to arXiv's order")
    func modelCurrency() throws {
        let store = try filledStore()
        try store.apply(.star, to: [1, 3, 5, 7, 9].map(id), at: first)
        _ = try store.trainRanking(now: first)
        try store.markSeen([12, 14, 16].map(id), at: first.addingTimeInterval(30))
        #expect(try store.rankingModel()?.isCurrent == true)
        try store.apply(.read, to: [id(11)], at: first.addingTimeInterval(40))
        #expect(try store.rankingModel()?.isCurrent == false)
        try store.apply(.unstar, to: [1, 3, 5].map(id), at: first.addingTimeInterval(50))
        guard case .needsMorePositives = try store.trainRanking(now: first.addingTimeInterval(60)) else {
            Issue.record("trained on three positives")
            return
        }
        #expect(try store.rankingModel() == nil)
        #expect(!(try store.counts(sorted(.relevance)).isSorted))
        #expect(try store.page(sorted(.relevance), offset: 0, limit: 50).map(\.paper.id) == (1...20).map(id))
    }

    @Test("a seeded paper passed over in a list stays a positive; the same marks train the same ranking")
    func seedsAndDeterminism() throws {
        let store = try filledStore()
        try store.addRankingSeeds([1, 3, 5, 7, 9].map(id))
        try store.markSeen([1, 3].map(id), at: first)
        let kinds = Dictionary(uniqueKeysWithValues: try store.rankingEvidence().labels.map { ($0.paper.id, $0.kind) })
        #expect(kinds[id(1)] == .star && kinds[id(3)] == .star)
        guard case .ranked(let one, _) = try store.trainRanking(now: first),
              case .ranked(let two, _) = try store.trainRanking(now: first) else {
            Issue.record("five seeds did not train")
            return
        }
        let papers = try store.page(ListQuery(scope: .day(day)), offset: 0, limit: 50).map { RankingPaper($0.paper) }
        #expect(one.scores(papers) == two.scores(papers))
    }

    @Test("by keywords: the matching papers first, ties in arXiv's order, and a minus keyword last")
    func byKeywords() throws {
        let store = try filledStore()
        let keywords = PreferenceKeywords(entries: ["type systems", "-part 3"])
        let query = sorted(.keywords(keywords))
        #expect(try store.counts(query).isSorted)
        let ids = try store.page(query, offset: 0, limit: 50).map(\.paper.id)
        #expect(ids.prefix(10) == ArraySlice([2, 4, 6, 8, 10, 12, 14, 16, 18, 20].map(id)))
        #expect(ids.last == id(3))
        // Each row says which keywords it matches.
        let rows = try store.page(query, offset: 0, limit: 50)
        #expect(rows.first?.ranking?.why == "type systems")
        #expect(rows.last?.ranking?.why == "-part 3")
        #expect(rows.first { $0.paper.id == id(1) }?.ranking?.why == nil)
    }

    @Test("a venue list and the starred papers sort too; a search keeps its best match first")
    func otherLists() throws {
        let store = try filledStore()
        try store.apply(.star, to: [1, 2, 3, 5, 7, 9].map(id), at: first)
        _ = try store.trainRanking(now: first)
        var starred = ListQuery(scope: .starred)
        starred.order = .keywords(PreferenceKeywords(entries: ["type systems"]))
        #expect(try store.page(starred, offset: 0, limit: 10).first?.paper.id == id(2))
        var search = ListQuery(scope: .search(try SearchQuery(parsing: "diffusion")))
        search.order = .relevance
        #expect(!(try store.counts(search).isSorted))
    }
}
