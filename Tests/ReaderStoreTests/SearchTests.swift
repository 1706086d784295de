import Foundation
import Testing
@testable import ReaderStore

@Suite("search over the cache")
struct SearchTests {
    static func paper(_ id: String, title: String, abstract: String = "Nothing in particular.",
                      authors: [String] = ["A. Author"], categories: [String] = ["cs.LG"]) -> Paper {
        Paper(id: id, version: 1, title: title, authors: authors, abstract: abstract,
              primaryCategory: categories[0], categories: categories,
              published: ArxivDates.parseISO8601("2026-04-2\(id.last!)T10:00:00Z"))
    }

    static func store() throws -> PaperStore {
        let store = try makeTemporaryStore()
        _ = try store.savePapers([
            paper("2604.00001", title: "Zebrafish vision with transformers", abstract: "We study sight."),
            paper("2604.00002", title: "Transformers for tabular data", abstract: "Zebrafish appear once here."),
            paper("2604.00003", title: "Optical Schrödinger cats", abstract: "Cat states.", categories: ["quant-ph"]),
            paper("2604.00004", title: "Image segmentation at scale", abstract: "Pixels.", authors: ["Zoë Zebra"]),
            paper("2604.00005", title: "Diffusion models in physics", abstract: "Score matching.",
                  categories: ["physics.comp-ph", "cs.LG"]),
        ])
        try store.apply(.star, to: ["2604.00005"])
        try store.apply(.read, to: ["2604.00001"])
        return store
    }

    func ids(_ store: PaperStore, _ text: String, order: SearchOrder = .relevance) throws -> [String] {
        try store.search(SearchQuery(parsing: text), order: order).map(\.listed.paper.id)
    }

    @Test("a title hit ranks above an abstract hit, and a unique title phrase comes first")
    func ranking() throws {
        let store = try Self.store()
        #expect(try ids(store, "zebrafish") == ["2604.00001", "2604.00002"])
        #expect(try ids(store, "\"tabular data\"").first == "2604.00002")
        #expect(try ids(store, "ti:zebrafish") == ["2604.00001"])
        #expect(try ids(store, "au:zebra") == ["2604.00004"])
    }

    @Test("FAQ text is searched too, below a paper's own words; field searches look at papers only")
    func faqText() throws {
        let store = try Self.store()
        try store.save(FAQAnswer(paperID: "2604.00003", version: 1, lang: .en, model: "m", promptVersion: 1,
                                 status: .complete, source: .pdf, text: "## Q1\nThe experiments use zebrafish larvae and pixels."))
        #expect(try ids(store, "larvae") == ["2604.00003"])
        #expect(try ids(store, "zebrafish") == ["2604.00001", "2604.00002", "2604.00003"])
        #expect(try ids(store, "pixels").first == "2604.00004")
        #expect(try ids(store, "ti:larvae").isEmpty)
        // A regenerated answer replaces the old text in the index.
        try store.save(FAQAnswer(paperID: "2604.00003", version: 1, lang: .en, model: "m", promptVersion: 1,
                                 status: .complete, source: .pdf, text: "Nothing about fish."))
        #expect(try ids(store, "larvae").isEmpty)
    }

    @Test("accents are folded and word forms matched")
    func foldingAndStemming() throws {
        let store = try Self.store()
        #expect(try ids(store, "Schrodinger") == ["2604.00003"])
        #expect(try ids(store, "images") == ["2604.00004"])
        #expect(try ids(store, "zoe") == ["2604.00004"])
        #expect(try ids(store, "diffu*") == ["2604.00005"])
    }

    @Test("AND by default, OR between words, -word excludes")
    func operators() throws {
        let store = try Self.store()
        #expect(try ids(store, "transformers zebrafish").sorted() == ["2604.00001", "2604.00002"])
        #expect(try ids(store, "transformers tabular") == ["2604.00002"])
        #expect(try Set(ids(store, "tabular OR schrodinger")) == ["2604.00002", "2604.00003"])
        #expect(try ids(store, "transformers -tabular") == ["2604.00001"])
    }

    @Test("filters: category, starred, unread, dates, and filters alone")
    func filters() throws {
        let store = try Self.store()
        #expect(try ids(store, "cat:quant-ph") == ["2604.00003"])
        #expect(try ids(store, "cat:cs.LG diffusion") == ["2604.00005"])
        #expect(try ids(store, "is:starred") == ["2604.00005"])
        #expect(try ids(store, "zebrafish is:unread") == ["2604.00002"])
        #expect(try ids(store, "date:2026-04-23") == ["2604.00003"])
        #expect(try ids(store, "after:2026-04-23 before:2026-04-25") == ["2604.00004"])
        #expect(try ids(store, "transformers", order: .date) == ["2604.00002", "2604.00001"])
        #expect(try ids(store, "is:faq").isEmpty)
        try store.save(FAQAnswer(paperID: "2604.00002", version: 1, lang: .zh, model: "m", promptVersion: 1,
                                 status: .complete, source: .pdf, text: "答"))
        try store.save(FAQAnswer(paperID: "2604.00001", version: 1, lang: .en, model: "m", promptVersion: 1,
                                 status: .incomplete, source: .pdf, text: "half"))
        #expect(try ids(store, "is:faq") == ["2604.00002"])
    }

    @Test("typos and hostile input give a plain message or a harmless search, never an SQL error", arguments: [
        "\"unbalanced", "-", "OR OR", "*", "NEAR(", "'; DROP TABLE paper; --", "a OR", "OR a", "ti:", "cat:",
        "after:2024-13-01", "\"", "\"\"", "\\", "a AND b", "(a", "a)", "^a", "a:b:c", "{a}", "col:foo",
        "title:x", "NOT", "a NOT b", "-\"a b\"", "is:faq", "venue:ICLR.2025", "ti:\"graph\" -au:smith", "🧮",
        "\u{1B}[31m", "x*y", "**", "a\"b\"c",
        // Found by scripts/fuzz: a NUL inside a word ended the FTS5 string early.
        "ti:transformer au\u{0}\u{0}\u{0}:hinton", "a\u{0}b", "\"x\u{7}y\"",
    ])
    func hostile(_ text: String) throws {
        let store = try Self.store()
        do {
            let query = try SearchQuery(parsing: text)
            _ = try store.search(query)
            _ = try store.searchCounts(query)
        } catch let error as SearchQueryError {
            #expect(!error.description.isEmpty)
            #expect(!error.description.contains("fts5"))
        }
        #expect(try store.paperCount() == 5)
    }

    @Test("the match expression quotes every word, so FTS5 syntax is never read from the user")
    func matchExpression() throws {
        let query = try SearchQuery(parsing: "NEAR(a b) OR \"x y\" -z ti:w*")
        #expect(query.matchExpression == #""NEAR(a" AND ("b)" OR "x y") AND title : "w"* NOT "z""#)
    }
}

@Suite("search and opened lists as pages, and related papers")
struct ListScopeTests {
    static func sample() throws -> PaperStore {
        let store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        return store
    }

    @Test("a search as a list scope pages and counts like the search itself, with list filters on top")
    func searchScope() throws {
        let store = try Self.sample()
        let query = try SearchQuery(parsing: "quantum")
        let hits = try store.search(query, limit: 1000).map(\.listed.paper.id)
        #expect(hits.count > 5)
        let scope = ListQuery(scope: .search(query))
        #expect(try store.counts(scope).total == hits.count)
        #expect(try store.page(scope, offset: 2, limit: 3).map(\.paper.id) == Array(hits[2..<5]))
        try store.apply(.star, to: [hits[3]])
        let starred = ListQuery(scope: .search(query), onlyStarred: true)
        #expect(try store.page(starred, offset: 0, limit: 10).map(\.paper.id) == [hits[3]])
        #expect(try store.counts(starred) == ListCounts(total: 1, starred: 1, unread: 1))
    }

    @Test("opened papers keep the order they were asked in; ids not cached are left out")
    func papersScope() throws {
        let store = try Self.sample()
        let scope = ListQuery(scope: .papers(["2604.21953", "2101.00001", "2604.21935"]))
        #expect(try store.page(scope, offset: 0, limit: 10).map(\.paper.id) == ["2604.21953", "2604.21935"])
        #expect(try store.counts(scope).total == 2)
        #expect(try store.page(scope, offset: 0, limit: 10).first?.announceDate == "2026-04-27")
    }

    @Test("related papers: distinctive terms from the paper, the paper itself left out, best match first")
    func related() throws {
        let store = try Self.sample()
        let related = try #require(try store.related(to: "2604.21953"))
        #expect(related.terms.contains("anomaly"))
        #expect(!related.terms.contains("the"))
        #expect(!related.hits.map(\.listed.paper.id).contains("2604.21953"))
        let first = try #require(related.hits.first)
        #expect(first.listed.paper.title.lowercased().contains("anomaly"))
        #expect(try store.related(to: "2101.00001") == nil)
    }
}

@Suite("a quoted phrase matches those words, not their word forms")
struct ExactPhraseSearchTests {
    static func store() throws -> PaperStore {
        let store = try makeTemporaryStore()
        _ = try store.savePapers([
            SearchTests.paper("2604.00001", title: "Skein valued cluster transformation", abstract: "Quivers and mutations."),
            SearchTests.paper("2604.00002", title: "A transformer for tabular data", abstract: "Attention over rows."),
            SearchTests.paper("2604.00003", title: "Transformers at scale", abstract: "Graph neural networks, briefly."),
            SearchTests.paper("2604.00004", title: "Optical Schrödinger cats", abstract: "Cat states of light."),
            SearchTests.paper("2604.00005", title: "Networks of graphs", abstract: "A neural graph network; graph-neural methods."),
        ])
        return store
    }

    private func ids(_ store: PaperStore, _ text: String, order: SearchOrder = .relevance) throws -> Set<String> {
        Set(try store.search(SearchQuery(parsing: text), order: order).map(\.listed.paper.id))
    }

    @Test("\"transformer\" finds the transformer, not the transformation nor the transformers; unquoted, all three")
    func noStemmingInQuotes() throws {
        let store = try Self.store()
        #expect(try ids(store, "transformer") == ["2604.00001", "2604.00002", "2604.00003"])
        #expect(try ids(store, "\"transformer\"") == ["2604.00002"])
        #expect(try ids(store, "\"transformer\"", order: .date) == ["2604.00002"])
        #expect(try store.searchCounts(SearchQuery(parsing: "\"transformer\"")).total == 1)
    }

    @Test("case and accents are ignored, punctuation is a word break, and fields and OR keep working")
    func foldedWords() throws {
        let store = try Self.store()
        #expect(try ids(store, "\"schrodinger CATS\"") == ["2604.00004"])
        #expect(try ids(store, "\"graph neural\"") == ["2604.00003", "2604.00005"])
        #expect(try ids(store, "ti:\"graph neural\"").isEmpty)
        #expect(try ids(store, "\"transformer\" OR \"cat states\"") == ["2604.00002", "2604.00004"])
        #expect(try ids(store, "\"transformer\" tabular") == ["2604.00002"])
    }

    @Test("the check itself: words in a row at word breaks, folded")
    func check() {
        #expect(ExactPhrase.contains("Quantum error-correcting codes", phrase: "error correcting"))
        #expect(!ExactPhrase.contains("Quantum error-correcting codes", phrase: "error correct"))
        #expect(ExactPhrase.contains("Équations de Schrödinger", phrase: "equations de schrodinger"))
        #expect(!ExactPhrase.contains("transformers", phrase: "transformer"))
        #expect(!ExactPhrase.contains("anything", phrase: "  "))
    }
}
