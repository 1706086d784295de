/// The order a list is shown in.
public enum ListOrder: Sendable, Equatable {
    /// The list's own order: arXiv's for a day, oldest day first for the inbox, and so on.
    case arxiv
    /// Best first by the personal ranking kept in the cache; the list's own order while none is kept.
    case relevance
    /// Best match to these preference keywords first; ties keep the list's own order.
    case keywords(PreferenceKeywords)
}

/// Where a paper stands in a list sorted by the ranking or the keywords, and why.
public struct RankingNote: Sendable, Equatable {
    public var score: Double
    /// By the ranking: the terms, authors and categories that weigh most; by the keywords: those the
    /// paper matches.
    public var why: String?

    public init(score: Double, why: String? = nil) {
        self.score = score
        self.why = why
    }
}

extension ListQuery {
    /// The same list in its own order.
    public var inOwnOrder: ListQuery {
        var own = self
        own.order = .arxiv
        return own
    }

    /// Lists that another order applies to: all but a search, which is best match first already.
    var isSortable: Bool {
        if case .search = scope { return false }
        return true
    }
}

extension PaperStore {
    /// Lists sorted by the ranking take the model the cache holds now on their next read, not the one
    /// they were sorted by (which pages read meanwhile keep, so that a list never mixes two orders).
    public func takeLatestRanking() {
        listScores.takeLatest()
    }
}
