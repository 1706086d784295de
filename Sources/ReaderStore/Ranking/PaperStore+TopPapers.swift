import Foundation

/// The papers of a list worth reading first (for FAQs generated before they are opened), and how
/// they were chosen.
public enum TopPapers: Sendable, Equatable {
    /// The personal ranking's best first.
    case ranked([String])
    /// The ranking cannot rank yet: the best matches to the preference keywords (only papers that match).
    case byKeywords([String])
    /// Neither can choose: the ranking has too few positives and no keyword is set.
    case unchosen(reason: String)

    public var ids: [String] {
        switch self {
        case .ranked(let ids), .byKeywords(let ids): ids
        case .unchosen: []
        }
    }
}

extension PaperStore {
    /// The `count` papers of `query` the ranking puts first (trained now when marks changed since, so
    /// never on the key loop), else the best keyword matches.
    public func topPapers(of query: ListQuery, count: Int, keywords: PreferenceKeywords) throws -> TopPapers {
        let own = query.inOwnOrder
        let total = try counts(own).total
        let papers = try page(own, offset: 0, limit: total).map(\.paper)
        let reason: String
        switch try currentRanking() {
        case .ranked(let model, _):
            let scores = model.scores(try rankingPapers(papers, for: model))
            return .ranked(Self.best(papers, scores, count: count, onlyPositive: false))
        case .needsMorePositives(let have, let need):
            reason = "the ranking needs \(need - have) more starred paper\(need - have == 1 ? "" : "s")"
        case .noNegatives:
            reason = "the ranking has no other papers to compare yours with"
        }
        guard !keywords.isEmpty else { return .unchosen(reason: reason + " and no [rank] keywords are set") }
        return .byKeywords(Self.best(papers, keywords.scores(papers), count: count, onlyPositive: true))
    }

    /// The best `count` by score, ties in list order.
    private static func best(_ papers: [Paper], _ scores: [Double], count: Int, onlyPositive: Bool) -> [String] {
        papers.indices.filter { !onlyPositive || scores[$0] > 0 }
            .sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
            .prefix(max(0, count)).map { papers[$0].id }
    }
}
