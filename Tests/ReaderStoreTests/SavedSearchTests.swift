import Foundation
import Testing
@testable import ReaderStore

@Suite("saved searches: kept by name, their new matches counted from the day last looked at")
struct SavedSearchTests {
    private static func sample() throws -> PaperStore {
        let store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        return store
    }

    private static func day(_ text: String) -> Date { ArxivDates.parseISO8601(text + "T12:00:00Z")! }

    @Test("matches announced after the day looked at are new; looking takes them all as seen")
    func newMatches() throws {
        let store = try Self.sample()
        // "model" matches papers of both sample days: 2025-04-28 (quant-ph) and 2026-04-27 (cs).
        let all = try store.search(SearchQuery(parsing: "model"), limit: 500)
        let later = all.filter { $0.listed.announceDate == "2026-04-27" }.count
        #expect(later > 0 && later < all.count)

        try store.saveSearch(name: "models", query: "model", at: Self.day("2025-01-01"))
        #expect(try store.savedSearch(named: "models")?.newMatches == all.count)
        try store.markSavedSearchLooked(name: "models", at: Self.day("2025-06-01"))
        #expect(try store.savedSearch(named: "models")?.newMatches == later)
        try store.markSavedSearchLooked(name: "models", at: Self.day("2026-05-01"))
        #expect(try store.savedSearch(named: "models")?.newMatches == 0)
        // A query that asks for its best match first is counted newest first all the same.
        try store.saveSearch(name: "ranked", query: "model sort:relevance", at: Self.day("2025-06-01"))
        #expect(try store.savedSearch(named: "ranked")?.newMatches == later)
    }

    @Test("saving a name again replaces it; listed by name; removed; a bad name or query is one sentence")
    func keptByName() throws {
        let store = try Self.sample()
        try store.saveSearch(name: "zeta", query: "quantum")
        try store.saveSearch(name: "alpha", query: "agents")
        try store.saveSearch(name: "zeta", query: "quantum cat:quant-ph")
        #expect(try store.savedSearches().map(\.name) == ["alpha", "zeta"])
        #expect(try store.savedSearch(named: "zeta")?.query == "quantum cat:quant-ph")
        #expect(try store.removeSavedSearch(name: "alpha"))
        #expect(try !store.removeSavedSearch(name: "alpha"))
        #expect(try store.savedSearches().map(\.name) == ["zeta"])
        #expect(throws: StoreError.self) { try store.saveSearch(name: "  ", query: "quantum") }
        #expect(throws: StoreError.self) { try store.saveSearch(name: "two\nlines", query: "quantum") }
        #expect(throws: StoreError.self) { try store.saveSearch(name: "bad", query: "sort:sideways") }
        #expect(try store.savedSearches().count == 1, "nothing kept by a refused save")
    }
}
