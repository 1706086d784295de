import Foundation
import ReaderStore
import ReaderUI

/// `search --saved` and `list --saved NAME`: the saved searches, and one's matches newest first with
/// the new ones (announced after the day it was last looked at) said to be new.
enum SavedSearchOutput {
    static func printAll(_ searches: [SavedSearch], json: Bool) {
        if json {
            let objects: [[String: Any]] = searches.map {
                ["name": $0.name, "query": $0.query, "new": $0.newMatches, "looked_at": $0.lookedAt.formatted(.iso8601)]
            }
            let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
            Output.line(String(decoding: data, as: UTF8.self))
            return
        }
        guard !searches.isEmpty else {
            Output.line("no saved searches: papers-tui search --save NAME QUERY keeps one")
            return
        }
        for search in searches {
            Output.line("\(Sanitize.terminalText(search.name))  \(search.newText)  \(Sanitize.terminalText(search.query))")
        }
    }

    /// Prints the matches, newest first, and takes them as looked at.
    static func printMatches(named name: String, limit: Int, json: Bool, in store: PaperStore) throws {
        guard let saved = try store.savedSearch(named: name) else {
            throw CLIError("no saved search is named \(Sanitize.terminalText(name)): `papers-tui search --saved` lists them")
        }
        var query: SearchQuery
        do {
            query = try SearchQuery(parsing: saved.query)
            query.order = .date
        } catch {
            throw CLIError("the saved search \(Sanitize.terminalText(name)) no longer parses (\(error.description)): save it again with search --save")
        }
        let hits = try store.search(query, order: .date, limit: limit)
        try printHits(hits.map(\.listed), json: json, lookedDay: saved.lookedDay,
                      heading: "saved search \(Sanitize.terminalText(name)): \(Sanitize.terminalText(saved.query)) · \(saved.newText) since \(saved.lookedDay)")
        try store.markSavedSearchLooked(name: name)
    }

    /// A list with new papers (a saved search's, the watched papers'): JSON with `"new"`, or the
    /// heading and a row a paper, `new` before the new ones. `annotate` adds to each JSON paper.
    static func printHits(_ papers: [ListedPaper], json: Bool, lookedDay: String, heading: String,
                          annotate: (inout PaperJSON, ListedPaper) -> Void = { _, _ in }) throws {
        if json {
            let objects = papers.map { listed in
                var object = PaperJSON(listed)
                object.isNew = SavedSearch.isNew(listed, sinceDay: lookedDay)
                annotate(&object, listed)
                return object
            }
            Output.line(String(decoding: try PaperJSON.encoder().encode(objects), as: UTF8.self))
        } else {
            Output.line(heading)
            for (index, listed) in papers.enumerated() {
                Output.line((SavedSearch.isNew(listed, sinceDay: lookedDay) ? "new " : "    ") + ListPrinter.row(listed, index: index + 1))
            }
        }
    }

    /// The name as one shell word, for the command line the user is told to type.
    static func shellWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
        if plain, !text.isEmpty { return Sanitize.terminalText(text) }
        return "'" + Sanitize.terminalText(text).replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
