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

/// Knowledge of arXiv's category names.
public enum ArxivCategories {
    /// The archives whose OAI-PMH sets live under the `physics` group.
    static let physicsArchives: Set<String> = [
        "astro-ph", "cond-mat", "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th", "math-ph", "nlin",
        "nucl-ex", "nucl-th", "physics", "quant-ph",
    ]

    /// `cs.AI`, `hep-th`, `astro-ph.GA`, `q-bio.NC`; not ACM/MSC codes such as `I.2.6` or `68T05`.
    public static func looksLikeArxivCategory(_ text: String) -> Bool {
        guard let first = text.first, first.isLowercase else { return false }
        return text.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } && text.count <= 20
    }

    /// The archive of a category: `cs` for `cs.AI`, `hep-th` for `hep-th`.
    public static func archive(of category: String) -> String {
        category.split(separator: ".", maxSplits: 1).first.map(String.init) ?? category
    }

    /// The OAI-PMH set for a category or archive: `cs:cs:AI`, `cs`, `physics:hep-th`, `physics:astro-ph:GA`.
    public static func oaiSet(for category: String) -> String {
        let parts = category.split(separator: ".", maxSplits: 1).map(String.init)
        let archive = parts[0]
        let group = physicsArchives.contains(archive) ? "physics" : archive
        var set = group == archive ? archive : "\(group):\(archive)"
        if parts.count == 2 { set += group == archive ? ":\(archive):\(parts[1])" : ":\(parts[1])" }
        return set
    }
}
