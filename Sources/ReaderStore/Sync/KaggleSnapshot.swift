import Foundation

/// One line of Kaggle's `arxiv-metadata-oai-snapshot.json` (JSON lines, one paper each).
public enum KaggleSnapshotParser {
    /// Parses one line; throws `FeedError.badInput`, saying why, for a line that is not a paper record.
    public static func parse(line: Data, decoder: JSONDecoder = JSONDecoder()) throws(FeedError) -> Paper {
        guard let record = KaggleRecord.read(line, decoder: decoder) else {
            throw FeedError.badInput("a line is not a paper record in JSON")
        }
        return try paper(from: record)
    }

    /// The paper a record describes, its text cleaned as every source's is.
    public static func paper(from record: KaggleRecord) throws(FeedError) -> Paper {
        guard let id = ArxivID(parsing: record.id) else {
            throw FeedError.badInput("'\(record.id.prefix(40))' is not an arXiv id")
        }
        let categories = (record.categories ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
            .filter(ArxivCategories.looksLikeArxivCategory)
        let versions = record.versions ?? []
        let latest = versions.compactMap { Int($0.version.dropFirst()) }.max() ?? 1
        var authors = TextCleaning.authors(fromList: record.authors ?? "")
        if authors.isEmpty, let parsed = record.authorsParsed, !parsed.isEmpty {
            authors = parsed.map { parts in
                let last = parts.first ?? ""
                let first = parts.count > 1 ? parts[1] : ""
                let suffix = parts.count > 2 ? parts[2] : ""
                return TextCleaning.collapsingWhitespace(TeXAccents.decode("\(first) \(last) \(suffix)"))
            }
        }
        return Paper(
            id: id.value, version: latest,
            title: TextCleaning.title(record.title ?? ""),
            authors: authors,
            abstract: TextCleaning.abstract(record.abstract ?? ""),
            primaryCategory: categories.first ?? "", categories: categories,
            comments: record.comments.map(TextCleaning.line),
            journalRef: record.journalRef.map(TextCleaning.line),
            doi: record.doi.map(TextCleaning.line),
            published: versions.first.flatMap { ArxivDates.parseRFC822($0.created) },
            updated: versions.last.flatMap { ArxivDates.parseRFC822($0.created) }
        )
    }
}
