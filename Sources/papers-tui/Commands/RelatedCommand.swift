import ArgumentParser
import Foundation
import ReaderStore

struct RelatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related",
        abstract: "Papers in the cache most alike to one paper (its most distinctive words, searched with BM25).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "An arXiv id or URL.")
    var id: String

    @Option(help: "At most this many papers.")
    var limit = 20

    @Flag(help: "Print a JSON object: the terms used and the papers, each with a `score`.")
    var json = false

    func run() throws {
        guard limit > 0 else { throw CLIError("--limit must be at least 1") }
        let parsed = try PaperIDArgument.parse(id)
        guard let related = try store.openStore().related(to: parsed, limit: limit) else {
            throw CLIError("\(parsed) is not in the cache: run `papers-tui open \(parsed)` to fetch it")
        }
        if json {
            struct Related: Encodable {
                let terms: [String]
                let papers: [PaperJSON]
            }
            let papers = related.hits.map { hit in
                var object = PaperJSON(hit.listed)
                object.score = (hit.score * 1000).rounded() / 1000
                return object
            }
            Output.line(String(decoding: try PaperJSON.encoder().encode(Related(terms: related.terms, papers: papers)), as: UTF8.self))
            return
        }
        Output.line("terms: \(related.terms.isEmpty ? "(none distinctive enough)" : CLIText.plain(related.terms.joined(separator: ", ")))")
        if related.hits.isEmpty { Output.line("no related papers in the cache") }
        for (index, hit) in related.hits.enumerated() { Output.line(ListPrinter.row(hit.listed, index: index + 1)) }
    }
}
