import Foundation

/// The fields papers-tui reads from one line of Kaggle's snapshot, as they are in the JSON.
public struct KaggleRecord: Equatable, Sendable, Decodable {
    public struct Version: Equatable, Sendable, Decodable {
        public var version: String
        public var created: String
    }

    public var id: String
    public var title: String?
    public var authors: String?
    public var authorsParsed: [[String]]?
    public var abstract: String?
    public var categories: String?
    public var comments: String?
    public var journalRef: String?
    public var doi: String?
    public var versions: [Version]?

    enum CodingKeys: String, CodingKey {
        case id, title, authors, abstract, categories, comments, doi, versions
        case authorsParsed = "authors_parsed"
        case journalRef = "journal-ref"
    }

    /// The line read by the fast scanner when it can vouch for it, else by `JSONDecoder`; nil when the
    /// line is not such a record at all.
    public static func read(_ line: Data, decoder: JSONDecoder) -> KaggleRecord? {
        KaggleLineScanner.record(in: line) ?? (try? decoder.decode(KaggleRecord.self, from: line))
    }
}
