import Foundation
import Testing
@testable import ReaderStore

@Suite("the day's top papers, for FAQs written before they are opened")
struct TopPapersTests {
    private let day = "2026-04-27"
    private func id(_ number: Int) -> String { String(format: "2604.%05d", number) }

    private func filledStore() throws -> PaperStore {
        let store = try makeTemporaryStore()
        let entries = (1...20).map { number in
            (StoreTests.paper(id(number), title: number % 2 == 1 ? "Diffusion models for images \(number)" : "Gradual type systems \(number)"),
             AnnounceType.new)
        }
        _ = try store.saveDailyFeed(StoreTests.feed(day, entries), categories: ["cs.AI"])
        return store
    }

    @Test("cold: without keywords nothing is chosen, and the reason says what is missing; with keywords, only papers that match")
    func cold() throws {
        let store = try filledStore()
        let query = ListQuery(scope: .day(day))
        guard case .unchosen(let reason) = try store.topPapers(of: query, count: 3, keywords: .none) else {
            Issue.record("chose papers with no ranking and no keywords")
            return
        }
        #expect(reason.contains("needs 5 more starred papers"))
        let byKeywords = try store.topPapers(of: query, count: 30, keywords: PreferenceKeywords(entries: ["type systems"]))
        #expect(byKeywords == .byKeywords([2, 4, 6, 8, 10, 12, 14, 16, 18, 20].map(id)))
    }

    @Test("ranked: the count asked for, the papers like the stars first, whatever order the list is asked in")
    func ranked() throws {
        let store = try filledStore()
        try store.apply(.star, to: [1, 3, 5, 7, 9].map(id))
        var query = ListQuery(scope: .day(day))
        query.order = .keywords(PreferenceKeywords(entries: ["type systems"]))
        let top = try store.topPapers(of: query, count: 4, keywords: PreferenceKeywords(entries: ["type systems"]))
        guard case .ranked(let ids) = top else {
            Issue.record("not ranked: \(top)")
            return
        }
        #expect(ids.count == 4)
        #expect(ids.allSatisfy { Int($0.suffix(5))! % 2 == 1 }, "\(ids)")
    }
}
