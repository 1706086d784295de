import GRDB

/// How a `Paper` is read from and written to the `paper` table: authors as a JSON array,
/// categories space-separated, dates in `StoredDate`'s form.
extension Paper: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "paper"

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let version = Column(CodingKeys.version)
    }

    public init(row: Row) throws {
        self.init(row: row, columns: try PaperColumns(PaperColumns.positions(row.columnNames)))
    }

    init(row: some ColumnValues, columns: PaperColumns) {
        id = row.text(columns.id)
        version = row.integer(columns.version)
        title = row.text(columns.title)
        authors = Self.decodeAuthors(row.optionalText(columns.authors))
        abstract = row.text(columns.abstract)
        primaryCategory = row.text(columns.primaryCategory)
        categories = row.text(columns.categories).split(separator: " ").map(String.init)
        comments = columns.comments.flatMap(row.optionalText)
        journalRef = columns.journalRef.flatMap(row.optionalText)
        doi = columns.doi.flatMap(row.optionalText)
        published = columns.published.flatMap(row.date)
        updated = columns.updated.flatMap(row.date)
        linkURL = columns.linkURL.flatMap(row.optionalText)
        pdfLink = columns.pdfLink.flatMap(row.optionalText)
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["version"] = version
        container["title"] = title
        container["authors"] = Self.encodeAuthors(authors)
        container["abstract"] = abstract
        container["primary_category"] = primaryCategory
        container["categories"] = categories.joined(separator: " ")
        container["comments"] = comments
        container["journal_ref"] = journalRef
        container["doi"] = doi
        container["published"] = published
        container["updated"] = updated
    }

    static func encodeAuthors(_ authors: [String]) -> String {
        StringListJSON.encode(authors)
    }

    static func decodeAuthors(_ json: String?) -> [String] {
        json.map(StringListJSON.decode) ?? []
    }
}

/// Where each column of a paper sits in a statement's rows, found once per statement. Reading
/// `row["title"]` looks the name up in every row, and GRDB lowercases it each time: that was a
/// quarter of the time of reading a page of papers.
struct PaperColumns {
    let id, version, title, authors, abstract, primaryCategory, categories: Int
    let comments, journalRef, doi, published, updated, linkURL, pdfLink: Int?

    /// Each column's first index, by its name in lowercase.
    static func positions<Names: Sequence<String>>(_ names: Names) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name.lowercased()] == nil {
            positions[name.lowercased()] = index
        }
        return positions
    }

    init(_ positions: [String: Int]) throws {
        func required(_ name: String) throws -> Int {
            guard let index = positions[name] else { throw DatabaseError(message: "no column \(name) for a paper") }
            return index
        }
        id = try required("id")
        version = try required("version")
        title = try required("title")
        authors = try required("authors")
        abstract = try required("abstract")
        primaryCategory = try required("primary_category")
        categories = try required("categories")
        comments = positions["comments"]
        journalRef = positions["journal_ref"]
        doi = positions["doi"]
        published = positions["published"]
        updated = positions["updated"]
        linkURL = positions["link_url"]
        pdfLink = positions["pdf_link"]
    }
}
