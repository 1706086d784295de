import Foundation
import GRDB

/// Which cached papers a reference manager's export names, and how each was found.
public struct ReferenceMatches: Sendable, Equatable {
    public var byArxivID: [String] = []
    public var byDOI: [String] = []
    public var byTitle: [String] = []
    /// References that name no cached paper; those with an arXiv id can be fetched first.
    public var unmatched: [LibraryReference] = []

    /// Every paper found, each once, in the order found.
    public var paperIDs: [String] {
        var seen = Set<String>()
        return (byArxivID + byDOI + byTitle).filter { seen.insert($0).inserted }
    }
}

extension PaperStore {
    /// The cached paper each reference names: by arXiv id, else by DOI, else by its whole title (the
    /// full-text index finds candidates, and the folded titles must be equal, so a near title is no match).
    public func matchReferences(_ references: [LibraryReference]) throws(StoreError) -> ReferenceMatches {
        try read { db in
            var matches = ReferenceMatches()
            var left: [LibraryReference] = []
            let byID = try db.cachedStatement(sql: "SELECT id FROM paper WHERE id = ?")
            for reference in references {
                if let id = reference.arxivID, let found = try String.fetchOne(byID, arguments: [id]) {
                    matches.byArxivID.append(found)
                } else {
                    left.append(reference)
                }
            }
            // One pass over the papers with a DOI for all of them, rather than one per reference.
            let dois = Set(left.compactMap(\.doi))
            var idByDOI: [String: String] = [:]
            if !dois.isEmpty {
                for row in try Row.fetchAll(db, sql: """
                    SELECT id, lower(doi) FROM paper WHERE doi IS NOT NULL AND lower(doi) IN (SELECT value FROM json_each(?))
                    """, arguments: [StringListJSON.encode(Array(dois))]) {
                    idByDOI[row[1]] = row[0]
                }
            }
            for reference in left {
                if let doi = reference.doi, let id = idByDOI[doi] {
                    matches.byDOI.append(id)
                } else if let title = reference.title, let id = try Self.paperID(titled: title, in: db) {
                    matches.byTitle.append(id)
                } else {
                    matches.unmatched.append(reference)
                }
            }
            return matches
        }
    }

    /// The cached paper whose folded title is `folded`, found through the title column of the index.
    private static func paperID(titled folded: String, in db: Database) throws -> String? {
        let words = folded.split(separator: " ")
        // A title of one or two short words would match too much to be trusted.
        guard folded.count >= 12, words.count >= 2 else { return nil }
        // Folded words hold letters and digits only, so quoting each is the whole escaping needed.
        let match = "title : (" + words.prefix(12).map { "\"\($0)\"" }.joined(separator: " ") + ")"
        let rows = try Row.fetchAll(db, sql: """
            SELECT paper.id, paper.title FROM paper_fts JOIN paper ON paper.rowid = paper_fts.rowid
             WHERE paper_fts MATCH ? ORDER BY rank LIMIT 200
            """, arguments: [match])
        return rows.first { LibraryReference.foldedTitle($0["title"]) == folded }?["id"]
    }
}
