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

    /// OpenReview's id for the accepted papers: `ICLR.cc/2025/Conference`, COLM's under colmweb.org.
    public var openReviewVenueID: String {
        switch venue.uppercased() {
        case "COLM": "colmweb.org/COLM/\(year)/Conference"
        case "NEURIPS": "NeurIPS.cc/\(year)/Conference"
        default: "\(venue).cc/\(year)/Conference"
        }
    }
}

/// An edition with its groups and their sizes, for `venues list` and the picker.
public struct EditionSummary: Sendable, Equatable {
    public var edition: String
    public var venue: String
    public var groups: [(name: String, count: Int)]
    public var total: Int { groups.reduce(0) { $0 + $1.count } }

    public static func == (lhs: EditionSummary, rhs: EditionSummary) -> Bool {
        lhs.edition == rhs.edition && lhs.venue == rhs.venue
            && lhs.groups.map(\.name) == rhs.groups.map(\.name) && lhs.groups.map(\.count) == rhs.groups.map(\.count)
    }
}

/// Titles compared without case, accents, TeX or punctuation, to link venue papers to arXiv.
public enum TitleKey {
    public static func normalize(_ title: String) -> String {
        let folded = title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        return folded.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}
