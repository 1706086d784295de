import Foundation

/// A conference paper as a venue source lists it: which edition (`ICLR.2025`) and group (`Oral`, as
/// the source spells it), its text and links, and its arXiv id when the source gives one; its fields
/// are cut to `FieldLimits`.
public struct VenuePaper: Sendable, Equatable {
    /// Unique per source: `zkIeKmVjwf@OpenReview`, `11127@NeurIPS.2018`.
    public var sourceID: String
    public var edition: VenueEdition
    public var group: String
    public var title: String
    public var authors: [String]
    public var abstract: String
    public var keywords: [String]
    public var pdfURL: String?
    public var pageURL: String?
    public var arxivID: ArxivID?

    public init(sourceID: String, edition: VenueEdition, group: String, title: String, authors: [String],
                abstract: String, keywords: [String] = [], pdfURL: String? = nil, pageURL: String? = nil,
                arxivID: ArxivID? = nil) {
        self.sourceID = sourceID
        self.edition = edition
        self.group = group
        self.title = title
        self.authors = authors
        self.abstract = abstract
        self.keywords = keywords
        self.pdfURL = pdfURL
        self.pageURL = pageURL
        self.arxivID = arxivID
        FieldLimits.apply(to: &self)
    }
}

/// `ICLR.2025`: a venue and a year.
public struct VenueEdition: Sendable, Hashable, CustomStringConvertible {
    public let venue: String
    public let year: Int

    public var description: String { "\(venue).\(year)" }

    public init?(parsing text: String) {
        let parts = text.split(separator: ".")
        guard text.utf8.count <= 64, parts.count == 2, let year = Int(parts[1]), (1950...2100).contains(year),
              let first = parts[0].first, first.isLetter,
              parts[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        venue = String(parts[0])
        self.year = year
    }

    public init(venue: String, year: Int) {
        self.venue = venue
        self.year = year
    }
}
