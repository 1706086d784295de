import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search everything in the cache (titles, authors, abstracts), best matches first.",
        discussion: """
            Words must all match (OR between two words accepts either); "exact phrase"; -word excludes;
            diffu* matches a prefix; ti: au: abs: look in one field; filters: cat:cs.CL is:starred is:unread
            is:unseen after:2024-11-01 before:... date:... Word forms and accents are matched (images finds image,
            Schrodinger finds Schrödinger). An arXiv id or URL alone prints that paper (papers-tui open fetches
            one the cache lacks).
            """,
        // Only --help: `-math` is a word to exclude, and ArgumentParser reads `-h` in it as help.
        helpNames: [.long]
    )

    @OptionGroup var store: StoreOptions

    // Every input that is not one of the options below is the query, `-word` included.
    @Argument(parsing: .allUnrecognized, help: "The query (quote it in the shell; -word excludes a word).")
    var query: [String] = []

    @Option(help: "At most this many results.")
    var limit = 20

    @Option(help: "Order by relevance or date.")
    var sort: String = "relevance"

    @Flag(help: "Print a JSON array (with a `score` per paper found by its words; none for papers named by id).")
    var json = false

    @Option(help: "Also keep the query under this name: `papers-tui list --saved NAME` and the reader's v picker list its matches, counting the new ones.")
    var save: String?

    @Flag(help: "List the saved searches, each with its matches announced since it was last looked at.")
    var saved = false

    @Option(help: "Forget the saved search of this name.")
    var unsave: String?

    func run() throws {
        if let typo = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw CLIError("search has no option \(typo): see papers-tui search --help (to exclude a word, write -word)")
        }
        if saved || unsave != nil {
            guard query.isEmpty, save == nil, !(saved && unsave != nil) else {
                throw CLIError("--saved and --unsave NAME take no query and no other of the two: give one of them alone")
            }
            let paperStore = try store.openStore()
            if let unsave {
                guard try paperStore.removeSavedSearch(name: unsave) else {
                    throw CLIError("no saved search is named \(Sanitize.terminalText(unsave)): `papers-tui search --saved` lists them")
                }
                Output.line("forgot the saved search \(Sanitize.terminalText(unsave))")
            } else {
                SavedSearchOutput.printAll(try paperStore.savedSearches(), json: json)
            }
            return
        }
        guard let order = SearchOrder(rawValue: sort) else { throw CLIError("--sort takes relevance or date") }
        guard limit > 0 else { throw CLIError("--limit must be at least 1") }
        if let ids = PaperReference.ids(alone: query.joined(separator: " ")), save == nil {
            try printNamedPapers(ids, in: try store.openStore())
            return
        }
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery(parsing: query.joined(separator: " "))
        } catch {
            throw CLIError(error.description)
        }
        let paperStore = try store.openStore()
        if let save {
            try paperStore.saveSearch(name: save, query: query.joined(separator: " "))
            Output.error("saved as \(Sanitize.terminalText(save)): papers-tui list --saved \(SavedSearchOutput.shellWord(save))")
        }
        let hits = try paperStore.search(parsed, order: order, limit: limit)
        if json {
            let objects = hits.map { hit in
                var object = PaperJSON(hit.listed)
                object.score = (hit.score * 1000).rounded() / 1000
                return object
            }
            Output.line(String(decoding: try PaperJSON.encoder().encode(objects), as: UTF8.self))
            return
        }
        if hits.isEmpty {
            Output.line("no papers match")
            return
        }
        for (index, hit) in hits.enumerated() { Output.line(ListPrinter.row(hit.listed, index: index + 1)) }
    }

    /// A query of arXiv ids or URLs alone: those papers, as the cache has them; the ones it lacks are
    /// named with the command that fetches them.
    private func printNamedPapers(_ ids: [String], in paperStore: PaperStore) throws {
        var found: [ListedPaper] = []
        var missing: [String] = []
        for id in ids {
            if let paper = try paperStore.paper(id: id) { found.append(paper) } else { missing.append(id) }
        }
        if !missing.isEmpty {
            let names = missing.joined(separator: " ")
            let hint = "\(missing.count == 1 ? "is" : "are") not in the cache: papers-tui open \(names) fetches \(missing.count == 1 ? "it" : "them")"
            guard !found.isEmpty else { throw CLIError("\(names) \(hint)") }
            Output.error("\(names) \(hint)")
        }
        if json {
            Output.line(String(decoding: try PaperJSON.encoder().encode(found.map(PaperJSON.init)), as: UTF8.self))
            return
        }
        for (index, paper) in found.enumerated() { Output.line(ListPrinter.row(paper, index: index + 1)) }
    }
}
