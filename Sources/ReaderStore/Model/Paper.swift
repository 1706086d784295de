import Foundation

/// One arXiv paper as the cache keeps it, keyed by its id without version. Made from any source, its
/// fields are cut to `FieldLimits`.
public struct Paper: Codable, Hashable, Sendable {
    public var id: String
    public var version: Int
    public var title: String
    /// Authors in order, stored as a JSON array.
    public var authors: [String]
    public var abstract: String
    public var primaryCategory: String
    /// All categories, primary first, stored space-separated.
    public var categories: [String]
    public var comments: String?
    public var journalRef: String?
    public var doi: String?
    /// When version 1 was submitted.
    public var published: Date?
    /// When the latest known version was submitted.
    public var updated: Date?

    public init(
        id: String, version: Int, title: String, authors: [String], abstract: String,
        primaryCategory: String, categories: [String], comments: String? = nil, journalRef: String? = nil,
        doi: String? = nil, published: Date? = nil, updated: Date? = nil
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.authors = authors
        self.abstract = abstract
        self.primaryCategory = primaryCategory
        self.categories = categories
        self.comments = comments
        self.journalRef = journalRef
        self.doi = doi
        self.published = published
        self.updated = updated
        FieldLimits.apply(to: &self)
    }

    enum CodingKeys: String, CodingKey {
        case id, version, title, authors, abstract, categories, comments, doi, published, updated, linkURL, pdfLink
        case primaryCategory = "primary_category"
        case journalRef = "journal_ref"
    }

    /// For papers not on arXiv (venue papers): their page and PDF.
    public var linkURL: String?
    public var pdfLink: String?

    /// True for arXiv papers; venue papers not on arXiv have ids such as `zkIeKmVjwf@OpenReview`.
    public var isArxiv: Bool { Self.isArxiv(id: id) }
    /// An arXiv paper's id, not a venue paper's (`abc123@OpenReview`).
    public static func isArxiv(id: String) -> Bool { !id.contains("@") }
    /// The paper's page; empty for a venue paper whose source gave none (it has no arXiv page either).
    public var absURL: String { linkURL ?? (isArxiv ? "https://arxiv.org/abs/\(id)v\(version)" : "") }
    /// The PDF; empty for a venue paper whose source gave none.
    public var pdfURL: String { pdfLink ?? (isArxiv ? "https://arxiv.org/pdf/\(id)v\(version)" : "") }
}
