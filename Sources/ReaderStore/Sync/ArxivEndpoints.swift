import Foundation

/// Where the arXiv services live; tests and mirrors point these elsewhere.
public struct ArxivEndpoints: Sendable, Equatable {
    public var rss: String
    public var api: String
    public var oai: String

    public static let production = ArxivEndpoints(
        rss: "https://rss.arxiv.org", api: "https://export.arxiv.org", oai: "https://oaipmh.arxiv.org/oai")

    public init(rss: String, api: String, oai: String) {
        self.rss = rss.withoutTrailingSlashes
        self.api = api.withoutTrailingSlashes
        self.oai = oai.withoutTrailingSlashes
    }
}
