import Foundation

public enum ArxivRSSParser {
    /// Parses a feed body. An empty channel is a normal day without announcements; an error feed
    /// (arXiv answers 400 with one for an unknown category) throws `FeedError.badCategory`.
    public static func parse(_ data: Data, source: String = "arXiv RSS") throws -> DailyFeed {
        var entries: [DailyEntry] = []
        var seen = Set<String>()
        var entryDate: String?
        let reader = XMLRecordReader(recordNames: ["item", "entry"]) { node in
            if entryDate == nil {
                entryDate = node.childText("pubDate").flatMap(ArxivDates.announceDate(rfc822:))
                    ?? node.childText("published").flatMap(ArxivDates.announceDate(iso8601:))
            }
            guard let entry = try entry(from: node), seen.insert(entry.paper.id).inserted else { return }
            entries.append(entry)
        }
        let outcome = try reader.parse(data, source: source)
        guard let root = outcome.root, root.name == "rss" || root.name == "feed" else {
            throw FeedError.notAFeed(source: source, found: "a document of type <\(outcome.rootName ?? "?")>")
        }
        let channel = root.child("channel") ?? root
        if let title = channel.childText("title"), title.hasPrefix("Feed error for query") {
            let message = TextCleaning.collapsingWhitespace(
                channel.childText("description") ?? channel.childText("subtitle") ?? title)
            let category = TextCleaning.collapsingWhitespace(badCategoryName(in: message, title: title))
            throw FeedError.badCategory(category: category, message: message)
        }
        let date = channel.childText("pubDate").flatMap(ArxivDates.announceDate(rfc822:)) ?? entryDate
        return DailyFeed(announceDate: date, entries: entries)
    }

    private static func entry(from node: XMLElementNode) throws -> DailyEntry? {
        let guid = node.childText("guid") ?? node.childText("id")
        let link = node.childText("link") ?? node.child("link")?.attributes["href"]
        guard let parsedID = guid.flatMap(ArxivID.init(parsing:)) ?? link.flatMap(ArxivID.init(parsing:)) else {
            return nil
        }
        let description = node.childText("description") ?? node.childText("summary") ?? ""
        let (versionFromText, typeFromText, abstract) = splitDescription(description)
        let rawType = node.childText("announce_type") ?? typeFromText ?? "new"
        guard let type = AnnounceType(rawValue: rawType) else { return nil }
        let categories = node.children("category").compactMap { category -> String? in
            let value = category.attributes["term"] ?? category.text
            let trimmed = TextCleaning.trimmed(value)
            return ArxivCategories.looksLikeArxivCategory(trimmed) ? trimmed : nil
        }
        let paper = Paper(
            id: parsedID.value,
            version: parsedID.version ?? versionFromText ?? 1,
            title: TextCleaning.title(node.childText("title") ?? ""),
            authors: TextCleaning.authors(fromList: node.childText("creator") ?? ""),
            abstract: TextCleaning.paragraphs(abstract),
            primaryCategory: categories.first ?? "",
            categories: categories,
            journalRef: node.childText("journal_reference").map(TextCleaning.line),
            doi: node.childText("DOI").map(TextCleaning.line)
        )
        return DailyEntry(paper: paper, announceType: type)
    }

    /// `arXiv:2411.17701v1 Announce Type: new \nAbstract: ...` into its version, type and abstract.
    static func splitDescription(_ text: String) -> (Int?, String?, String) {
        guard let abstractRange = TextCleaning.range(of: "Abstract:", in: text) else { return (nil, nil, text) }
        let header = text[..<abstractRange.lowerBound]
        let abstract = String(text[abstractRange.upperBound...])
        var version: Int?
        var type: String?
        let words = header.split(whereSeparator: \.isWhitespace)
        if let first = words.first, let id = ArxivID(parsing: String(first)) { version = id.version }
        if let index = words.firstIndex(of: "Type:"), index + 1 < words.count { type = String(words[index + 1]) }
        return (version, type, abstract)
    }

    private static func badCategoryName(in message: String, title: String) -> String {
        if let start = message.range(of: "'"), let end = message[start.upperBound...].range(of: "'") {
            return String(message[start.upperBound..<end.lowerBound])
        }
        return title.components(separatedBy: "/").last ?? title
    }
}
