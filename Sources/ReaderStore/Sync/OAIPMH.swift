import Foundation

/// One page of an OAI-PMH ListRecords harvest.
public struct OAIPage: Sendable {
    public var papers: [Paper]
    /// The token for the next page; nil on the last page (an empty `<resumptionToken/>`).
    public var resumptionToken: String?
    /// Records on the page, deleted ones and ones not understood included.
    public var recordCount = 0
}

public enum OAIPMHParser {
    /// Parses a ListRecords page in the `arXiv`, `arXivRaw` or `oai_dc` formats. `noRecordsMatch` is an
    /// empty page, any other `<error>` throws `FeedError.oaiError`.
    public static func parse(_ data: Data, source: String = "the OAI-PMH server") throws -> OAIPage {
        var papers: [Paper] = []
        var records = 0
        let reader = XMLRecordReader(recordNames: ["record"]) { node in
            records += 1
            if let paper = paper(fromRecord: node) { papers.append(paper) }
        }
        let outcome = try reader.parse(data, source: source)
        guard let root = outcome.root, root.name == "OAI-PMH" else {
            throw FeedError.notAFeed(source: source, found: "a document of type <\(outcome.rootName ?? "?")>")
        }
        if let error = root.child("error") {
            let code = error.attributes["code"] ?? "error"
            if code == "noRecordsMatch" { return OAIPage(papers: [], resumptionToken: nil) }
            throw FeedError.oaiError(code: code, message: TextCleaning.collapsingWhitespace(error.text))
        }
        let list = root.child("ListRecords")
        let token = list?.childText("resumptionToken")
        return OAIPage(papers: papers, resumptionToken: token, recordCount: records)
    }

    static func paper(fromRecord record: XMLElementNode) -> Paper? {
        if record.child("header")?.attributes["status"] == "deleted" { return nil }
        guard let metadata = record.child("metadata")?.children.first else { return nil }
        switch metadata.name {
        case "arXiv": return arXivFormat(metadata)
        case "arXivRaw": return arXivRawFormat(metadata)
        case "dc": return dublinCore(metadata, header: record.child("header"))
        default: return nil
        }
    }

    private static func categories(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isWhitespace).map(String.init).filter(ArxivCategories.looksLikeArxivCategory)
    }

    private static func arXivFormat(_ node: XMLElementNode) -> Paper? {
        guard let id = node.childText("id").flatMap(ArxivID.init(parsing:)) else { return nil }
        let authors = node.child("authors")?.children("author").map { author -> String in
            let parts = [author.childText("forenames"), author.childText("keyname"), author.childText("suffix")]
            return TextCleaning.collapsingWhitespace(TeXAccents.decode(parts.compactMap { $0 }.joined(separator: " ")))
        } ?? []
        let cats = categories(node.childText("categories"))
        let created = node.childText("created").flatMap(ArxivDates.parseISO8601)
        return Paper(
            id: id.value, version: 1,
            title: TextCleaning.title(node.childText("title") ?? ""),
            authors: authors,
            abstract: TextCleaning.abstract(node.child("abstract")?.text ?? ""),
            primaryCategory: cats.first ?? "", categories: cats,
            comments: node.childText("comments").map(TextCleaning.line),
            journalRef: node.childText("journal-ref").map(TextCleaning.line),
            doi: node.childText("doi").map(TextCleaning.line),
            published: created,
            updated: node.childText("updated").flatMap(ArxivDates.parseISO8601) ?? created
        )
    }

    private static func arXivRawFormat(_ node: XMLElementNode) -> Paper? {
        guard let id = node.childText("id").flatMap(ArxivID.init(parsing:)) else { return nil }
        let versions = node.children("version")
        let dates = versions.compactMap { $0.childText("date").flatMap(ArxivDates.parseRFC822) }
        let latest = versions.compactMap { $0.attributes["version"].flatMap { Int($0.dropFirst()) } }.max()
        let cats = categories(node.childText("categories"))
        return Paper(
            id: id.value, version: latest ?? max(1, versions.count),
            title: TextCleaning.title(node.childText("title") ?? ""),
            authors: TextCleaning.authors(fromList: node.childText("authors") ?? ""),
            abstract: TextCleaning.abstract(node.child("abstract")?.text ?? ""),
            primaryCategory: cats.first ?? "", categories: cats,
            comments: node.childText("comments").map(TextCleaning.line),
            journalRef: node.childText("journal-ref").map(TextCleaning.line),
            doi: node.childText("doi").map(TextCleaning.line),
            published: dates.first, updated: dates.last
        )
    }

    /// `oai_dc` has no category codes or versions; the id comes from the `dc:identifier` abs URL.
    private static func dublinCore(_ node: XMLElementNode, header: XMLElementNode?) -> Paper? {
        let identifiers = node.children("identifier").map(\.text) + [header?.childText("identifier") ?? ""]
        guard let id = identifiers.lazy.compactMap({ ArxivID(parsing: $0) }).first else { return nil }
        let dates = node.children("date").compactMap { ArxivDates.parseISO8601($0.text) }
        let sets = header?.children("setSpec").map(\.text) ?? []
        let archive = sets.first.map { String($0.split(separator: ":").last ?? "") } ?? ""
        return Paper(
            id: id.value, version: max(1, dates.count),
            title: TextCleaning.title(node.childText("title") ?? ""),
            authors: node.children("creator").map { creator in
                let parts = creator.text.split(separator: ",", maxSplits: 1).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                let name = parts.count == 2 ? "\(parts[1]) \(parts[0])" : creator.text
                return TextCleaning.collapsingWhitespace(TeXAccents.decode(name))
            },
            abstract: TextCleaning.abstract(node.child("description")?.text ?? ""),
            primaryCategory: archive, categories: archive.isEmpty ? [] : [archive],
            published: dates.first, updated: dates.last
        )
    }
}
