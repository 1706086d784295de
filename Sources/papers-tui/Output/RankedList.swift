import ArgumentParser
import Foundation
import ReaderStore

/// The order `papers-tui list --sort` prints a list in.
enum ListSort: String, ExpressibleByArgument, CaseIterable {
    case arxiv
    case relevance
    case keywords

    /// `list`, the name an earlier version took for arXiv's order, still works.
    init?(argument: String) {
        self.init(rawValue: argument == "list" ? "arxiv" : argument)
    }
}

/// A list in the order of the personal ranking, each paper with its score and why.
enum RankedList {
    struct Entry {
        var listed: ListedPaper
        var score: Double?
        var why: String?
    }

    /// The list's papers, the best match to the keywords first, each with its keyword score; ties keep the
    /// list's order.
    static func byKeywords(_ query: ListQuery, total: Int, keywords: PreferenceKeywords, in store: PaperStore) throws -> [Entry] {
        let listed = try whole(query, total: total, in: store)
        let scores = keywords.scores(listed.map(\.paper))
        return listed.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
            .map { Entry(listed: listed[$0], score: scores[$0]) }
    }

    private static func whole(_ query: ListQuery, total: Int, in store: PaperStore) throws -> [ListedPaper] {
        var listed: [ListedPaper] = []
        while listed.count < total {
            let page = try store.page(query, offset: listed.count, limit: min(2_000, total - listed.count))
            if page.isEmpty { break }
            listed += page
        }
        return listed
    }

    /// The list's papers, best first, or nil (with a note on stderr) while the ranking cannot rank yet:
    /// the list then keeps its own order.
    static func rank(_ query: ListQuery, total: Int, in store: PaperStore) throws -> [Entry]? {
        let model: RankingModel
        // Training on a big cache takes seconds: said, so that the command does not look stuck.
        switch try store.currentRanking(willTrain: { Output.error("note: learning your ranking from your marks first…") }) {
        case .ranked(let trained, _): model = trained
        case .needsMorePositives(let have, let need):
            Output.error("note: \(RankStatus.coldStart(have: have, need: need)); listed in arXiv's order")
            return nil
        case .noNegatives:
            Output.error("note: the ranking has nothing to compare your papers with yet; listed in arXiv's order")
            return nil
        }
        let listed = try whole(query, total: total, in: store)
        let ranking = try store.rankingPapers(listed.map(\.paper), for: model)
        let entries = zip(listed, ranking).map { paper, ranked in
            let explanation = model.explanation(of: ranked)
            return Entry(listed: paper, score: explanation.score, why: explanation.summary)
        }
        // Ties (papers the model knows nothing of) keep the list's order.
        return entries.enumerated().sorted { left, right in
            left.element.score == right.element.score ? left.offset < right.offset : (left.element.score ?? 0) > (right.element.score ?? 0)
        }.map(\.element)
    }
}
