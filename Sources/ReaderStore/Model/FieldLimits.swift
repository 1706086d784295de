import Foundation

/// The most of each field the cache keeps, whatever the source (RSS, the API, OAI-PMH, Kaggle's
/// snapshot, OpenReview, venue files). Real metadata stays far below every limit; a runaway field
/// from a broken or hostile source is cut here rather than stored, indexed and laid out whole (a
/// 300 MB comment once froze the reader for 40 s). `Paper` and `VenuePaper` apply them as they are
/// made, so no source can skip them.
public enum FieldLimits {
    /// arXiv's longest titles are about 300 characters.
    public static let titleCharacters = 1_000
    /// arXiv limits abstracts to 1,920 characters.
    public static let abstractCharacters = 20_000
    /// A raw comma-separated author list: collaborations of 3,000 authors run to about 100,000 characters.
    public static let authorListCharacters = 300_000
    /// The largest collaborations sign about 5,000 names.
    public static let authors = 10_000
    public static let authorNameCharacters = 500
    /// Distinct categories; real papers carry a handful.
    public static let categories = 32
    public static let categoryCharacters = 40
    public static let commentsCharacters = 4_000
    public static let journalRefCharacters = 1_000
    public static let doiCharacters = 500
    public static let groupCharacters = 200
    public static let keywords = 100
    public static let keywordCharacters = 200
    public static let urlCharacters = 2_000
    /// An id a venue source gives its paper (OpenReview's are 10 characters); a longer one is not an id.
    public static let sourceIDCharacters = 200
    /// How much of a raw one-line field is cleaned at all before it is cut to its limit.
    static let rawLineCharacters = 16_000

    /// At most `limit` Unicode scalars (not characters: one letter with a million combining marks is
    /// one character), the last of them an ellipsis when text was cut.
    public static func capped(_ text: String, to limit: Int) -> String {
        guard text.utf8.count > limit, text.unicodeScalars.count > limit else { return text }
        var scalars = String.UnicodeScalarView(text.unicodeScalars.prefix(limit - 1))
        scalars.append("…")
        return String(scalars)
    }

    /// The start of a raw field, before any work is spent on it.
    static func bounded(_ raw: String, _ limit: Int) -> String {
        raw.utf8.count > limit ? String(String.UnicodeScalarView(raw.unicodeScalars.prefix(limit))) : raw
    }

    /// At most `count` entries of at most `characters` each.
    static func cappedList(_ list: [String], count: Int, characters: Int) -> [String] {
        list.prefix(count).map { capped($0, to: characters) }
    }

    /// The distinct entries, in their first order, at most `limit` of them (a line once listed one
    /// category 100,000 times).
    static func distinct(_ list: [String], limit: Int) -> [String] {
        guard list.count > 1 else { return list }
        // The common case, a handful of entries, without hashing (this runs for every imported paper).
        if list.count <= 8 {
            var kept: [String] = []
            for entry in list where !kept.contains(entry) { kept.append(entry) }
            return kept.count == list.count && list.count <= limit ? list : Array(kept.prefix(limit))
        }
        var kept: [String] = []
        kept.reserveCapacity(min(list.count, limit))
        var seen = Set<String>()
        for entry in list where seen.insert(entry).inserted {
            kept.append(entry)
            if kept.count == limit { break }
        }
        return kept
    }

    static func apply(to paper: inout Paper) {
        paper.title = capped(paper.title, to: titleCharacters)
        paper.abstract = capped(paper.abstract, to: abstractCharacters)
        if paper.authors.count > authors || paper.authors.contains(where: { $0.utf8.count > authorNameCharacters }) {
            paper.authors = cappedList(paper.authors, count: authors, characters: authorNameCharacters)
        }
        paper.primaryCategory = capped(paper.primaryCategory, to: categoryCharacters)
        paper.categories = distinct(paper.categories, limit: categories).map { capped($0, to: categoryCharacters) }
        paper.comments = paper.comments.map { capped($0, to: commentsCharacters) }
        paper.journalRef = paper.journalRef.map { capped($0, to: journalRefCharacters) }
        paper.doi = paper.doi.map { capped($0, to: doiCharacters) }
        paper.linkURL = paper.linkURL.map { capped($0, to: urlCharacters) }
        paper.pdfLink = paper.pdfLink.map { capped($0, to: urlCharacters) }
    }

    static func apply(to paper: inout VenuePaper) {
        paper.group = capped(paper.group, to: groupCharacters)
        paper.title = capped(paper.title, to: titleCharacters)
        paper.abstract = capped(paper.abstract, to: abstractCharacters)
        if paper.authors.count > authors || paper.authors.contains(where: { $0.utf8.count > authorNameCharacters }) {
            paper.authors = cappedList(paper.authors, count: authors, characters: authorNameCharacters)
        }
        paper.keywords = cappedList(distinct(paper.keywords, limit: keywords), count: keywords, characters: keywordCharacters)
        paper.pdfURL = paper.pdfURL.map { capped($0, to: urlCharacters) }
        paper.pageURL = paper.pageURL.map { capped($0, to: urlCharacters) }
    }
}
