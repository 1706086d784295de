import Foundation
import ReaderStore

/// The order the reader shows lists in: `S` steps through them, and resume keeps the choice.
public enum SortChoice: String, Sendable, CaseIterable, Codable {
    case arxiv
    case relevance
    case keywords

    public var next: SortChoice {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// What the reader knows of the personal ranking: asked for in the background whenever a list is
/// sorted by it, trained there when marks changed since the last model.
public enum RankingState: Sendable, Equatable {
    case unknown
    case training
    case ready(positives: Int, trainedAt: Date)
    /// Cold start: the list keeps arXiv's order until the ranking has `need` positives.
    case needsMorePositives(have: Int, need: Int)
    /// Positives, but no other papers in the cache to contrast them with.
    case noNegatives
    case failed(String)
}

extension AppState {
    /// The order the list is asked for in: a search keeps its best match first, and a sort by keywords
    /// without keywords is arXiv's order.
    var listOrder: ListOrder {
        if case .search = source { return .arxiv }
        switch sort {
        case .arxiv: return .arxiv
        case .relevance: return .relevance
        case .keywords: return keywords.isEmpty ? .arxiv : .keywords(keywords)
        }
    }

    /// The title line's word on the order, nil in arXiv's order.
    var sortFlag: String? {
        if case .search = source { return nil }
        switch sort {
        case .arxiv:
            return nil
        // Short: at 80 columns the title line holds the counts and one or two flags.
        case .keywords:
            return keywords.isEmpty ? "[keywords: none]" : "[by keywords]"
        case .relevance:
            switch ranking {
            case .needsMorePositives(let have, let need):
                return "[ranking: \(need - have) more ★]"
            case .noNegatives, .failed: return "[ranking unavailable]"
            case .training where !counts.isSorted: return "[ranking: learning…]"
            // Asked, or trained but the list came before it did: the next read sorts it.
            case .unknown where !counts.isSorted, .ready where !counts.isSorted: return "[ranking…]"
            default: return "[ranked]"
            }
        }
    }
}
