import Foundation
import Testing
@testable import ReaderStore

@Suite("preference keywords: the line, the matches, the score")
struct PreferenceKeywordsTests {
    func matched(_ line: String, in text: String) throws -> [String] {
        try KeywordLine.parse(line).matches(in: text).map { String(text[$0.range]) }
    }

    @Test("a line: commas or spaces between, a phrase in quotes, a leading - pushes down")
    func parsing() throws {
        let keywords = try KeywordLine.parse(#"diffusion, "kv cache" -survey,-"large language model""#)
        #expect(keywords.entries == ["diffusion", "kv cache", "-survey", "-large language model"])
        #expect(keywords.keywords.map(\.isNegative) == [false, false, true, true])
        #expect(try KeywordLine.parse("  diffusion ,, flow  ").entries == ["diffusion", "flow"])
        #expect(try KeywordLine.parse("diffusion diffusion").entries == ["diffusion"])
        // Typed with commas, the words between them are one keyword, as the config's list holds them.
        #expect(try KeywordLine.parse("quantum circuit, -squeezing, kv cache").entries == ["quantum circuit", "-squeezing", "kv cache"])
        #expect(try KeywordLine.format(KeywordLine.parse("quantum circuit, -squeezing")) == #""quantum circuit", -squeezing"#)
    }

    @Test("an empty line has no keywords")
    func empty() throws {
        #expect(try KeywordLine.parse("").isEmpty)
        #expect(try KeywordLine.parse("  ,  ").isEmpty)
        #expect(PreferenceKeywords(entries: []).isEmpty)
        #expect(try KeywordLine.parse("").score(title: "Diffusion", abstract: "") == 0)
    }

    @Test("a line that cannot be read says why")
    func malformed() {
        #expect(throws: KeywordLineError.unclosedQuote) { try KeywordLine.parse(#"diffusion, "kv cache"#) }
        #expect(throws: KeywordLineError.lonePushDown) { try KeywordLine.parse("diffusion - survey") }
        #expect(throws: KeywordLineError.noWord("!!")) { try KeywordLine.parse("diffusion !!") }
        #expect(throws: KeywordLineError.noWord(#""""#)) { try KeywordLine.parse(#"diffusion """#) }
        #expect(KeywordLineError.unclosedQuote.description.contains("quote"))
    }

    @Test("config entries with no word are left out; the rest keep their order")
    func entries() {
        let keywords = PreferenceKeywords(entries: ["diffusion", "", "-", "  ", "\"kv cache\"", "-survey"])
        #expect(keywords.entries == ["diffusion", "kv cache", "-survey"])
        #expect(PreferenceKeyword("-") == nil)
        #expect(PreferenceKeyword(#""-survey""#)?.isNegative == false)
    }

    @Test("the line written back reads as the same keywords")
    func roundTrip() throws {
        let keywords = PreferenceKeywords(entries: ["diffusion", "kv cache", "-survey", "-large, language", "a\"b"])
        let line = KeywordLine.format(keywords)
        #expect(line == #"diffusion, "kv cache", -survey, -"large, language", ab"#)
        #expect(try KeywordLine.parse(line).entries == ["diffusion", "kv cache", "-survey", "-large, language", "ab"])
    }

    @Test("word forms as the index stems them: plurals, -ing, -ed, any case")
    func stemming() throws {
        #expect(try matched("model", in: "Models, modeling and MODELED") == ["Models", "modeling", "MODELED"])
        #expect(try matched("caching", in: "A cache; two caches.") == ["cache", "caches"])
        #expect(try matched("model", in: "remodel a modal") == [])
        #expect(try matched("graph", in: "paragraph graphs") == ["graphs"])
    }

    @Test("accents folded both ways, and a decomposed accent kept whole in the match")
    func accents() throws {
        #expect(try matched("schrodinger", in: "Optical Schrödinger cats") == ["Schrödinger"])
        #expect(try matched("Schrödinger", in: "the schrodinger equation") == ["schrodinger"])
        let decomposed = "Schro\u{308}dinger"
        #expect(try matched("schrodinger", in: "cats of \(decomposed) fame") == [decomposed])
        #expect(try matched("naive", in: "naïve baselines") == ["naïve"])
    }

    @Test("a phrase matches its words next to each other, in order, across punctuation")
    func phrases() throws {
        #expect(try matched(#""kv cache""#, in: "KV-caches and KV caching, a kv; cache") == ["KV-caches", "KV caching", "kv; cache"])
        #expect(try matched(#""kv cache""#, in: "cache kv, kv and cache") == [])
        #expect(try matched(#""kv cache""#, in: "kv") == [])
    }

    @Test("matches do not overlap: the keyword listed first takes the words")
    func overlaps() throws {
        let keywords = try KeywordLine.parse(#""diffusion model", model, -diffusion"#)
        let text = "Diffusion models beat a model of diffusion"
        let matches = keywords.matches(in: text)
        #expect(matches.map { String(text[$0.range]) } == ["Diffusion models", "model", "diffusion"])
        #expect(matches.map(\.isNegative) == [false, false, true])
    }

    @Test("score: a title match counts 3, an abstract match 1, once per part; - takes as much away")
    func score() throws {
        let keywords = try KeywordLine.parse(#"diffusion, "kv cache", -survey"#)
        #expect(keywords.score(title: "Diffusion models", abstract: "Nothing") == 3)
        #expect(keywords.score(title: "Nothing", abstract: "diffusion, diffusion, diffusion") == 1)
        #expect(keywords.score(title: "Diffusion with KV caches", abstract: "More diffusion.") == 7)
        #expect(keywords.score(title: "A survey of diffusion", abstract: "We survey it.") == -1)
        #expect(keywords.score(title: "Unrelated", abstract: "Unrelated") == 0)
        #expect(PreferenceKeywords.none.score(title: "Diffusion", abstract: "diffusion") == 0)
    }

    @Test("scores of many papers are each paper's score, in order")
    func scores() throws {
        let keywords = try KeywordLine.parse("diffusion -survey")
        let papers = ["Diffusion", "A survey", "Neither", "Diffusion survey"].enumerated().map { index, title in
            Paper(id: "2604.0000\(index)", version: 1, title: title, authors: [], abstract: "diffusion", primaryCategory: "cs.LG",
                  categories: ["cs.LG"])
        }
        #expect(keywords.scores(papers) == papers.map(keywords.score))
        #expect(keywords.scores(papers) == [4, -2, 1, 1])
        #expect(PreferenceKeywords.none.scores(papers) == [0, 0, 0, 0])
    }

    @Test("a keyword matches the papers a search for it finds, in a real cache")
    func sameAsSearch() throws {
        let store = try makeTemporaryStore()
        let papers = [
            ("Schrödinger bridges for KV-cache compression", "We compress caches."),
            ("Caching keys and values", "A kv cache, cached."),
            ("Naïve baselines for modeling", "Models that were modeled."),
            ("Paragraphs of graph theory", "Nothing else."),
        ].enumerated().map { index, texts in
            Paper(id: "2604.1000\(index)", version: 1, title: texts.0, authors: ["A. Author"], abstract: texts.1,
                  primaryCategory: "cs.LG", categories: ["cs.LG"])
        }
        _ = try store.savePapers(papers)
        for keyword in ["schrodinger", "cache", "\"kv cache\"", "naive", "models", "modeled", "graph", "paragraph", "value"] {
            let found = try Set(store.search(SearchQuery(parsing: keyword), limit: 10).map(\.listed.paper.id))
            let keywords = try KeywordLine.parse(keyword)
            let matched = Set(papers.filter { keywords.score($0) > 0 }.map(\.id))
            #expect(matched == found, "\(keyword)")
        }
    }
}
