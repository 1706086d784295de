import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

struct OpenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Show papers named by ids or pasted URLs, fetching the ones not cached yet.",
        discussion: """
            Accepts arXiv ids in every form, arxiv.org / export.arxiv.org abs, pdf and html URLs, ar5iv,
            alphaxiv, huggingface.co/papers and papers.cool/arxiv URLs, and papers.cool/venue and
            openreview.net URLs of cached venue papers. arXiv papers not in the cache are looked up with
            one arXiv API request and kept.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "Ids or URLs (several at once).")
    var references: [String]

    @Flag(help: "Print a JSON array.")
    var json = false

    func run() async throws {
        let (parsed, unrecognised) = PaperReference.all(in: references.joined(separator: " "))
        guard !parsed.isEmpty else {
            throw CLIError("'\(unrecognised.first ?? "")' is not a paper reference: expected \(PaperReference.expected)")
        }
        let paperStore = try store.openStore()
        let config = try Config.load()
        let ids = parsed.map(\.paperID)
        let reporter = ProgressReporter(quiet: json)
        let sync = ArxivSync(store: paperStore, endpoints: config.endpoints, policy: config.httpPolicy) { reporter.report($0) }
        let opening = try await PaperOpening.open(ids, store: paperStore) { missing in _ = try await sync.lookup(ids: missing) }
        reporter.finish()
        var problems = opening.problems
        if !unrecognised.isEmpty {
            problems.insert("not a paper reference: \(unrecognised.map { "'\($0)'" }.joined(separator: ", "))", at: 0)
        }
        // Nothing shown is a failure; some shown is a success that names what was not.
        guard !opening.shown.isEmpty else { throw CLIError(problems.joined(separator: "; ")) }
        let found = try opening.shown.compactMap { try paperStore.paper(id: $0) }
        if json {
            Output.line(String(decoding: try PaperJSON.encoder().encode(found.map(PaperJSON.init)), as: UTF8.self))
        } else {
            Output.line(found.map(ListPrinter.details).joined(separator: "\n\n"))
        }
        if !problems.isEmpty { Output.error("papers-tui: \(Sanitize.terminalText(problems.joined(separator: "; ")))") }
    }
}
