import ArgumentParser
import Foundation
import ReaderStore

struct OpenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Show papers named by ids or pasted URLs, fetching the ones not cached yet.",
        discussion: """
            Accepts arXiv ids in every form, arxiv.org / export.arxiv.org abs, pdf and html URLs, ar5iv,
            alphaxiv, huggingface.co/papers and papers.cool/arxiv URLs. Papers not in the cache are looked
            up with one arXiv API request and kept.
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
        for reference in parsed {
            switch reference {
            case .arxiv(let id): arxivIDs.append(id)
            case .openReview(let forum):
                throw CLIError("\(forum)@OpenReview is a venue paper: venue papers are not in this version of papers-tui")
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
        for id in arxivIDs {
            if let listed = try paperStore.paper(id: id.value) { found.append(listed) } else { absent.append(id.value) }
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
