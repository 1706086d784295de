import Foundation
import Testing
@testable import ReaderStore

@Suite("watch lists: authors and keywords marked in every list and gathered in a list of their own")
struct WatchTests {
    private static func sample() throws -> PaperStore {
        let store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        return store
    }

    private static func paper(authors: [String], title: String = "A title", abstract: String = "An abstract.") -> Paper {
        Paper(id: "2501.00001", version: 1, title: title, authors: authors, abstract: abstract, primaryCategory: "cs.LG", categories: ["cs.LG"])
    }

    @Test("an author is one whatever the case, accents, spacing or an affiliation in brackets")
    func authorNames() throws {
        let list = WatchList([try #require(Watch(.author, "Jürgen  Schmidhuber"))])
        #expect(list.matches(Self.paper(authors: ["A. Other", "jurgen schmidhuber (IDSIA)"])).map(\.value) == ["Jürgen Schmidhuber"])
        #expect(list.matches(Self.paper(authors: ["Jürgen Schmidhuberg"])).isEmpty)
        #expect(Watch(.author, "Jane Doe (MIT)")?.value == "Jane Doe")
        #expect(Watch(.author, "Jane \"JD\" Doe")?.value == "Jane JD Doe", "a quote would end the watched list's phrase")
        #expect(Watch(.author, "two\nlines") == nil)
        #expect(Watch(.author, "Jane\u{1B}[31m Doe\u{200B}")?.value == "Jane [31m Doe", "no escape or format character is kept")
        #expect(Watch(.keyword, "kv\u{07}cache")?.value == "kv cache")
        #expect(Watch(.author, "  ") == nil)
        #expect(Watch(.author, String(repeating: "a", count: 201)) == nil)
        // Two spellings of one watch are one.
        let twice = WatchList([try #require(Watch(.author, "Jane Doe")), try #require(Watch(.author, "JANE doe"))])
        #expect(twice.watches.count == 1)
    }

    @Test("a keyword matches the index's word forms in the title or the abstract, a phrase its words in order")
    func keywords() throws {
        let list = WatchList([try #require(Watch(.keyword, "kv cache")), try #require(Watch(.keyword, "diffusion"))])
        #expect(list.matches(Self.paper(authors: [], title: "Compressing KV caches")).map(\.value) == ["kv cache"])
        #expect(list.matches(Self.paper(authors: [], abstract: "We study diffusions on graphs.")).map(\.value) == ["diffusion"])
        #expect(list.matches(Self.paper(authors: [], title: "A cache of KV pairs")).isEmpty, "the words out of order")
        #expect(Watch(.keyword, "-survey")?.value == "survey", "a watched keyword never pushes down")
        #expect(Watch(.keyword, "!!") == nil)
    }

    @Test("watched and unwatched in the cache file, each once; the watched list finds their papers newest first")
    func storedAndListed() throws {
        let store = try Self.sample()
        #expect(try store.watchedList() == nil)
        let author = try #require(Watch(.author, "michael cooper"))
        let keyword = try #require(Watch(.keyword, "entanglement"))
        #expect(try store.watch(author))
        #expect(try !store.watch(try #require(Watch(.author, "Michael  COOPER"))), "the same author written otherwise")
        #expect(try store.watch(keyword))
        let list = try store.watchList()
        #expect(list.watches == [author, keyword])

        let watched = try #require(try store.watchedList())
        let hits = try store.search(SearchQuery(parsing: watched.query), order: .date, limit: 500)
        #expect(!hits.isEmpty)
        // Every paper of the watched list is one the list marks, and every paper the sample has by the
        // author or with the word is in it.
        for hit in hits { #expect(!list.matches(hit.listed.paper).isEmpty, "\(hit.listed.paper.id) is in the list unmarked") }
        let byAuthor = try store.search(SearchQuery(parsing: "au:\"Michael Cooper\""), limit: 500).map(\.listed.paper.id)
        let withWord = try store.search(SearchQuery(parsing: "entanglement"), limit: 500).map(\.listed.paper.id)
        #expect(!byAuthor.isEmpty && !withWord.isEmpty)
        #expect(Set(hits.map(\.listed.paper.id)) == Set(byAuthor + withWord))
        let days = hits.compactMap(\.listed.announceDate)
        #expect(days == days.sorted(by: >), "newest first")

        #expect(try store.unwatch(try #require(Watch(.author, "MICHAEL COOPER"))))
        #expect(try !store.unwatch(author))
        #expect(try store.watchList().watches == [keyword])
    }

    @Test("papers announced after the watched list was last looked at are new; looking takes them as seen")
    func newSinceLooked() throws {
        let store = try Self.sample()
        let longAgo = ArxivDates.parseISO8601("2025-01-01T12:00:00Z")!
        try store.watch(try #require(Watch(.keyword, "model")), at: longAgo)
        let all = try store.search(SearchQuery(parsing: "model"), limit: 500).count
        #expect(try store.watchedList()?.newMatches == min(all, PaperStore.savedSearchNewLimit + 1))
        try store.markWatchedLooked(at: ArxivDates.parseISO8601("2026-05-01T12:00:00Z")!)
        #expect(try store.watchedList()?.newMatches == 0)
    }
}
