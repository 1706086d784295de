import ArgumentParser
import Foundation
import ReaderStore

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
        if let first = unrecognised.first {
            throw CLIError("'\(first)' is not a paper reference: expected \(PaperReference.expected)")
        }
        guard !parsed.isEmpty else { throw CLIError("name a paper: expected \(PaperReference.expected)") }
        let paperStore = try store.openStore()
        let config = try Config.load()
        var arxivIDs: [ArxivID] = []
        var ordered: [String] = []
        for reference in parsed {
            switch reference {
            case .arxiv(let id):
                arxivIDs.append(id)
                ordered.append(id.value)
            case .openReview(let forum):
                let id = "\(forum)@OpenReview"
                guard try paperStore.paper(id: id) != nil else {
                    throw CLIError("\(id) is not cached: venue papers come with `papers-tui venues sync EDITION` (e.g. ICLR.2025)")
                }
                ordered.append(id)
            }
        }
        let missing = try arxivIDs.filter { try paperStore.paper(id: $0.value) == nil }
        if !missing.isEmpty {
            let reporter = ProgressReporter(quiet: json)
            let sync = ArxivSync(store: paperStore, endpoints: config.endpoints, policy: config.httpPolicy) { reporter.report($0) }
            _ = try await sync.lookup(ids: missing)
            reporter.finish()
        }
        var found: [ListedPaper] = []
        var absent: [String] = []
        for id in ordered {
            if let listed = try paperStore.paper(id: id) { found.append(listed) } else { absent.append(id) }
        }
        if json {
            Output.line(String(decoding: try PaperJSON.encoder().encode(found.map(PaperJSON.init)), as: UTF8.self))
        } else {
            Output.line(found.map(ListPrinter.details).joined(separator: "\n\n"))
        }
        if !absent.isEmpty {
            throw CLIError("arXiv does not know \(absent.joined(separator: ", ")): check the id")
        }
    }
}
