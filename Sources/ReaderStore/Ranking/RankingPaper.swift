import Foundation

/// A paper as the ranker sees it: the text it learns from and the day it is dated by.
public struct RankingPaper: Sendable, Hashable {
    public var id: String
    public var title: String
    public var abstract: String
    public var authors: [String]
    /// Primary category first.
    public var categories: [String]
    public var date: Date
    /// Its unit-length vector from the embeddings server, when one is kept.
    public var embedding: [Float]?

    public init(id: String, title: String, abstract: String, authors: [String], categories: [String], date: Date,
                embedding: [Float]? = nil) {
        self.id = id
        self.title = title
        self.abstract = abstract
        self.authors = authors
        self.categories = categories
        self.date = date
        self.embedding = embedding
    }

    /// From a cached paper, dated by its announcement (or, lacking one, its first version).
    public init(_ paper: Paper, date: Date? = nil) {
        self.init(
            id: paper.id, title: paper.title, abstract: paper.abstract, authors: paper.authors,
            categories: paper.categories, date: date ?? paper.published ?? paper.updated ?? Date(timeIntervalSince1970: 0))
    }
}

/// What the user did with a paper, the evidence the ranker learns from.
public struct RankingLabel: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Starred: a strong positive.
        case star
        /// Opened or marked read: a weak positive.
        case opened
        /// "Not interested": a strong negative.
        case dismissed
        /// Seen in a list and passed over: a weak negative.
        case skipped

        public var isPositive: Bool { self == .star || self == .opened }

        /// Which label wins when one paper has several: the stronger evidence.
        var strength: Int {
            switch self {
            case .star, .dismissed: 2
            case .opened: 1
            case .skipped: 0
            }
        }
    }

    public var paper: RankingPaper
    public var kind: Kind
    /// When the user gave it (old votes count less).
    public var date: Date

    public init(paper: RankingPaper, kind: Kind, date: Date) {
        self.paper = paper
        self.kind = kind
        self.date = date
    }
}
