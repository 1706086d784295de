import Foundation

/// One page of results from the arXiv API (`/api/query`), an Atom feed with OpenSearch totals.
public struct APIPage: Sendable {
    public var totalResults: Int?
    public var startIndex: Int?
    public var papers: [Paper]
}

public enum ArxivAPIParser {
    /// Parses an API page. An error feed (one entry titled "Error" whose id points at `api/errors`)
    /// throws `FeedError.apiError` with arXiv's message.
    public static func parse(_ data: Data, source: String = "the arXiv API") throws -> APIPage {
        var papers: [Paper] = []
        var apiError: String?
        let reader = XMLRecordReader(recordNames: ["entry"]) { node in
            if let id = node.childText("id"), id.contains("/api/errors") {
                apiError = TextCleaning.collapsingWhitespace(node.childText("summary") ?? "unknown error")
                return
            }
            if let paper = paper(from: node) { papers.append(paper) }
        }
        let outcome = try reader.parse(data, source: source)
        guard let root = outcome.root, root.name == "feed" else {
            throw FeedError.notAFeed(source: source, found: "a document of type <\(outcome.rootName ?? "?")>")
        }
        if let apiError { throw FeedError.apiError(message: apiError) }
        return APIPage(
            totalResults: root.childText("totalResults").flatMap { Int($0) },
            startIndex: root.childText("startIndex").flatMap { Int($0) },
            papers: papers
        )
    }

    static func paper(from node: XMLElementNode) -> Paper? {
        guard let id = node.childText("id").flatMap(ArxivID.init(parsing:)) else { return nil }
        let categories = node.children("category").compactMap { $0.attributes["term"] }
            .filter { ArxivCategories.looksLikeArxivCategory($0) }
        let primary = node.child("primary_category")?.attributes["term"] ?? categories.first ?? ""
        var ordered = [primary].filter { !$0.isEmpty }
        ordered += categories.filter { $0 != primary }
        return Paper(
            id: id.value,
            version: id.version ?? 1,
            title: TextCleaning.title(node.child("title")?.text ?? ""),
            authors: node.children("author").compactMap { $0.childText("name") }
                .map { TextCleaning.collapsingWhitespace(TeXAccents.decode($0)) },
            abstract: TextCleaning.abstract(node.child("summary")?.text ?? ""),
            primaryCategory: primary,
            categories: ordered,
            comments: node.childText("comment").map(TextCleaning.line),
            journalRef: node.childText("journal_ref").map(TextCleaning.line),
            doi: node.childText("doi").map(TextCleaning.line),
            published: node.childText("published").flatMap(ArxivDates.parseISO8601),
            updated: node.childText("updated").flatMap(ArxivDates.parseISO8601)
        )
    }
}
