import ArgumentParser
import Foundation
import ReaderStore

/// The order `papers-tui list --sort` prints a list in.
enum ListSort: String, ExpressibleByArgument, CaseIterable {
    case arxiv
    case relevance
}

/// A list in the order of the personal ranking, each paper with its score and why.
enum RankedList {
    struct Entry {
        var listed: ListedPaper
        var score: Double?
        var why: String?
    }

    /// The list's papers, best first, or nil (with a note on stderr) while the ranking cannot rank yet:
    /// the list then keeps its own order.
    static func rank(_ query: ListQuery, total: Int, in store: PaperStore) throws -> [Entry]? {
        let model: RankingModel
        switch try store.currentRanking() {
        case .ranked(let trained, _): model = trained
        case .needsMorePositives(let have, let need):
            Output.error("note: \(RankStatus.coldStart(have: have, need: need)); listed in arXiv's order")
            return nil
        case .noNegatives:
            Output.error("note: the ranking has nothing to compare your papers with yet; listed in arXiv's order")
            return nil
        }
        var listed: [ListedPaper] = []
        while listed.count < total {
            let page = try store.page(query, offset: listed.count, limit: 500)
            if page.isEmpty { break }
            listed += page
        }
        let entries = listed.map { paper in
            let explanation = model.explanation(of: RankingPaper(paper.paper))
            return Entry(listed: paper, score: explanation.score, why: explanation.summary)
        }
        // Ties (papers the model knows nothing of) keep the list's order.
        return entries.enumerated().sorted { left, right in
            left.element.score == right.element.score ? left.offset < right.offset : (left.element.score ?? 0) > (right.element.score ?? 0)
        }.map(\.element)
    }
}
