import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

@Suite("update: S sorts the list by arXiv's order, the ranking or the keywords; the ranking's answers")
struct SortUpdateTests {
    @Test("S steps arXiv → ranking → keywords → arXiv, asks the list in that order from its top, and asks for the ranking")
    func cycles() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (moved, _) = press(state, .character("j"))
        let (ranked, effects) = press(moved, .character("S"))
        #expect(ranked.sort == .relevance)
        #expect(ranked.query?.order == .relevance)
        #expect(ranked.ranking == .training)
        #expect(ranked.cursor == 0)
        #expect(effects.first == .takeLatestRanking)
        #expect(effects.contains(.checkRanking))
        #expect(!effects.contains { if case .locate = $0 { true } else { false } })
        #expect(render(ranked).textLines()[0].contains("[ranking: learning…]"))

        let (byKeywords, _) = press(ranked, .character("S"))
        #expect(byKeywords.sort == .keywords)
        // No keywords set: the list keeps arXiv's order, and the status says how to set some.
        #expect(byKeywords.query?.order == .arxiv)
        #expect(byKeywords.status?.contains("K sets some") == true)
        var withKeywords = byKeywords
        withKeywords.keywords = PreferenceKeywords(entries: ["agents"])
        #expect(withKeywords.query?.order == .keywords(PreferenceKeywords(entries: ["agents"])))
        #expect(render(withKeywords).textLines()[0].contains("[by keywords]"))

        let (back, _) = press(byKeywords, .character("S"))
        #expect(back.sort == .arxiv)
        #expect(back.query?.order == .arxiv)
        #expect(!render(back).textLines()[0].contains("[by"))
    }

    @Test("back in arXiv's order, or sorting by a ranking that cannot sort yet, the paper under the cursor stays")
    func keepsPaperWhenTheOrderDoesNotChange() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.sort = .keywords
        let (moved, _) = press(state, .character("j"))
        let paper = try #require(moved.selected?.paper.id)
        // keywords → arXiv: no keywords were set, so the order is the same; the cursor follows the paper.
        let (arxiv, effects) = press(moved, .character("S"))
        #expect(arxiv.sort == .arxiv)
        #expect(effects.contains { if case .locate(let ids, _) = $0 { ids.first == paper } else { false } })
        // arXiv → the ranking, known to need more stars: arXiv's order stays, and so does the paper.
        var cold = moved
        cold.sort = .arxiv
        cold.ranking = .needsMorePositives(have: 1, need: 5)
        let (ranked, coldEffects) = press(cold, .character("S"))
        #expect(ranked.sort == .relevance)
        #expect(coldEffects.contains { if case .locate(let ids, _) = $0 { ids.first == paper } else { false } })
        // Through the whole cycle the paper comes back: ranked (top), by keywords (top), arXiv's (it).
        var cycling = moved
        cycling.sort = .arxiv
        cycling.keywords = PreferenceKeywords(entries: ["agents"])
        cycling.ranking = .ready(positives: 6, trainedAt: Date(timeIntervalSince1970: 1_780_000_000))
        let (top, _) = press(cycling, .character("S"), .character("S"))
        #expect(top.sort == .keywords && top.cursor == 0)
        let (again, againEffects) = press(top, .character("S"))
        #expect(again.sort == .arxiv)
        #expect(againEffects.contains { if case .locate(let ids, _) = $0 { ids == [paper] } else { false } })
        // With a ranking that sorts, the new order starts at its top.
        cold.ranking = .ready(positives: 6, trainedAt: Date(timeIntervalSince1970: 1_780_000_000))
        let (sorted, sortedEffects) = press(cold, .character("S"))
        #expect(sorted.cursor == 0)
        #expect(!sortedEffects.contains { if case .locate = $0 { true } else { false } })
    }

    @Test("cold start: the title line says how many more stars the ranking needs, and the status says so once")
    func coldStart() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (ranked, _) = press(state, .character("S"))
        let (answered, effects) = apply(ranked, .rankingChecked(.needsMorePositives(have: 2, need: 5)))
        #expect(effects.isEmpty)
        #expect(render(answered).textLines()[0].contains("[ranking: 3 more ★]"))
        #expect(answered.status?.contains("needs 3 more papers starred or opened (it has 2)") == true)
    }

    @Test("a model ready: the list is read again, following the paper; the same model again reads nothing")
    func ready() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (ranked, _) = press(state, .character("S"))
        let trainedAt = Date(timeIntervalSince1970: 1_780_000_000)
        let (answered, effects) = apply(ranked, .rankingChecked(.ready(positives: 7, trainedAt: trainedAt)))
        // At the top, the list is read again from the top: the best first.
        #expect(effects.contains { if case .loadCounts = $0 { true } else { false } })
        #expect(!effects.contains { if case .locate = $0 { true } else { false } })
        #expect(answered.cursor == 0)
        let (lower, _) = press(ranked, .character("j"))
        #expect(apply(lower, .rankingChecked(.ready(positives: 7, trainedAt: trainedAt))).1.contains { if case .locate = $0 { true } else { false } })
        #expect(answered.status?.contains("learned from 7 papers") == true)
        var sorted = answered
        sorted.counts.isSorted = true
        #expect(render(sorted).textLines()[0].contains("[ranked]"))
        let (again, none) = apply(sorted, .rankingChecked(.ready(positives: 7, trainedAt: trainedAt)))
        #expect(none.isEmpty)
        #expect(again.status == sorted.status)
    }

    @Test("sorted by the ranking, a star or a dismissal trains it again; a read mark does not; a new model sorts the list again")
    func retrainsAfterMarks() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.sort = .relevance
        let trainedAt = Date(timeIntervalSince1970: 1_780_000_000)
        state.ranking = .ready(positives: 5, trainedAt: trainedAt)
        state.counts.isSorted = true
        #expect(press(state, .character("s")).1.contains(.checkRankingAfterMarks))
        #expect(press(state, .character("d")).1.contains(.checkRankingAfterMarks))
        #expect(!press(state, .character("r")).1.contains(.checkRankingAfterMarks))
        var arxiv = state
        arxiv.sort = .arxiv
        #expect(!press(arxiv, .character("s")).1.contains(.checkRankingAfterMarks))
        // Down the list, a model trained on the marks just made does not reshuffle it; Ctrl-L does.
        let (lower, _) = press(state, .character("j"))
        let (retrained, effects) = apply(lower, .rankingChecked(.ready(positives: 6, trainedAt: trainedAt.addingTimeInterval(5))))
        #expect(effects.isEmpty)
        #expect(retrained.status?.contains("learned from your marks: Ctrl-L sorts the list anew") == true)
        #expect(press(retrained, .control("l")).1.contains(.takeLatestRanking))
        // At the top it is sorted anew at once, the paper under the cursor followed (a second `s` is on
        // the paper the first one starred, wherever the new model puts it).
        let selected = try #require(state.selected?.paper.id)
        let (_, topEffects) = apply(state, .rankingChecked(.ready(positives: 6, trainedAt: trainedAt.addingTimeInterval(5))))
        #expect(topEffects.first == .takeLatestRanking)
        #expect(topEffects.contains { if case .locate(let ids, _) = $0 { ids.first == selected } else { false } }, "\(topEffects)")
    }

    @Test("a search keeps its best match first: S there says so and changes nothing")
    func search() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.source = .search("agents")
        let (after, effects) = press(state, .character("S"))
        #expect(effects.isEmpty)
        #expect(after.sort == .arxiv)
        #expect(after.status?.contains("best match first") == true)
    }

    @Test("the abstract pane says why a paper ranks where it does")
    func whyLine() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.sort = .relevance
        state.window.rows[0].ranking = RankingNote(score: 2.5, why: "tool use, agents · cs.AI")
        #expect(render(state).textLines().contains { $0.contains("Why this rank: tool use, agents · cs.AI") })
    }

    @Test("[llm] prefetch_top: a sync that worked queues the top papers' FAQs; without it, nothing")
    func prefetchAfterSync() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.sync = .running("cs.AI 1/1")
        #expect(!apply(state, .syncFinished(.success("synced"))).1.contains { if case .prefetchTopFAQs = $0 { true } else { false } })
        state.faqPrefetchTop = 3
        state.keywords = PreferenceKeywords(entries: ["agents"])
        let effects = apply(state, .syncFinished(.success("synced"))).1
        #expect(effects.contains(.prefetchTopFAQs(categories: state.categories, count: 3, keywords: state.keywords, lang: .en)))
        #expect(!apply(state, .syncFinished(.failure(SyncFailure("offline")))).1.contains { if case .prefetchTopFAQs = $0 { true } else { false } })
        state.faqUnavailable = "no LLM is configured: set [llm] in the config"
        let (unavailable, none) = apply(state, .syncFinished(.success("synced")))
        #expect(!none.contains { if case .prefetchTopFAQs = $0 { true } else { false } })
        #expect(unavailable.status == "synced · no FAQ prefetched ([llm] prefetch_top): no LLM is configured: set [llm] in the config",
                "said, not silent")
    }

    @Test("a day shown in arXiv's order has its papers scored in the background, so that S finds them scored")
    func warmsScores() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        var ranked = try #require(state.query)
        ranked.order = .relevance
        #expect(Reader.opening(state).contains(.warm(ranked)))
        var searching = state
        searching.source = .search("agents")
        #expect(!Reader.opening(searching).contains { if case .warm(let query) = $0 { query.order == .relevance } else { false } })
    }

    @Test("resume keeps the sort")
    func resumeKeepsSort() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.sort = .keywords
        let point = try #require(ResumePoint(state))
        #expect(ResumePoint.decoded(point.encoded())?.sort == .keywords)
    }
}
