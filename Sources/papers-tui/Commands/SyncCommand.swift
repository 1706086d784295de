import ArgumentParser
import Foundation
import ReaderStore

struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Fetch arXiv's lists into the cache.",
        discussion: """
            Without dates, fetches the latest announcement (RSS) for the categories.
            With --from and --to, backfills the papers submitted in that range from the arXiv API.
            With --oai, harvests the categories' OAI-PMH sets (changed since --from, or everything).
            With --id, looks papers up by id. Requests are paced (3 s apart by default) as arXiv asks.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(name: [.short, .long], help: "A category or expression such as cs.AI or cs.AI+cs.CL (repeatable; default from config).")
    var category: [String] = []

    @Option(help: "Backfill from this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Backfill to this day (YYYY-MM-DD, default: --from).")
    var to: String?

    @Flag(help: "Harvest through OAI-PMH instead of the daily feed.")
    var oai = false

    @Flag(help: "Read the daily feed in its Atom flavour.")
    var atom = false

    @Option(name: .customLong("id"), help: "Look up a paper by arXiv id or URL (repeatable).")
    var ids: [String] = []

    @Flag(name: .shortAndLong, help: "No progress output.")
    var quiet = false

    func run() async throws {
        let config = try Config.load()
        let paperStore = try store.openStore()
        let reporter = ProgressReporter(quiet: quiet)
        let sync = ArxivSync(store: paperStore, endpoints: config.endpoints, policy: config.httpPolicy) {
            reporter.report($0)
        }
        defer { reporter.finish() }
        if let from, ArxivDates.day(from) == nil { throw CLIError("--from \(from) is not a date: use YYYY-MM-DD") }
        if let to, ArxivDates.day(to) == nil { throw CLIError("--to \(to) is not a date: use YYYY-MM-DD") }
        if to != nil, from == nil { throw CLIError("--to needs --from") }

        var summary = WriteSummary()
        var unknownIDs: [String] = []
        if !ids.isEmpty {
            let parsed = try ids.map { raw -> ArxivID in
                guard let id = ArxivID(parsing: raw) else {
                    throw CLIError("'\(raw)' is not an arXiv id (expected e.g. 2411.18123 or an arxiv.org URL)")
                }
                return id
            }
            summary.add(try await sync.lookup(ids: parsed))
            unknownIDs = try parsed.map(\.value).filter { try paperStore.paper(id: $0) == nil }
        }
        let categories = try resolvedCategories(config: config, required: ids.isEmpty)
        if oai {
            for category in categories {
                summary.add(try await sync.harvest(set: ArxivCategories.oaiSet(for: category), from: from, until: to))
            }
        } else if let from {
            for category in categories {
                summary.add(try await sync.backfill(category: category, from: from, to: to ?? from))
            }
        } else if !categories.isEmpty {
            summary.add(try await sync.syncDaily(categories: categories, atom: atom))
        }
        reporter.finish()
        Output.line(Self.describe(summary))
        if let embeddings = config.embeddings, !paperStore.isReadOnly {
            // The sync has landed: a fault here is a note, and the ranking goes on without vectors. A
            // local embedder takes about a second a paper: the count is shown while it works.
            let onTerminal = Output.standardErrorIsTerminal && !quiet
            let pass = await EmbeddingPass.run(store: paperStore, client: EmbeddingsClient(settings: embeddings),
                                               firstDay: summary.days.max()) { done, wanted in
                if onTerminal { Output.errorBytes("\r\u{1B}[Kembedding papers for the ranking: \(done)/\(wanted)") }
            }
            if onTerminal { Output.errorBytes("\r\u{1B}[K") }
            if pass.failure != nil { Output.error("note: \(pass.sentence)") } else if pass.embedded > 0 { Output.line(pass.sentence) }
        }
        if config.faqPrefetchTop > 0, let day = summary.days.max() {
            await Self.prefetchTopFAQs(of: day, categories: categories, config: config, store: paperStore)
        }
        if !unknownIDs.isEmpty { throw CLIError("not on arXiv: \(unknownIDs.joined(separator: ", "))") }
    }

    private func resolvedCategories(config: Config, required: Bool) throws -> [String] {
        let raw = category.isEmpty ? config.categories : category
        if raw.isEmpty {
            guard required else { return [] }
            throw CLIError("no categories to sync: pass --category cs.AI (for example) or set `categories` in \(config.configPath)")
        }
        return try Self.terms(of: raw)
    }

    /// The categories to fetch for expressions such as `cs.AI+cs.CL` (exclusions fetch nothing).
    static func terms(of expressions: [String]) throws -> [String] {
        var terms: [String] = []
        for text in expressions {
            guard let expression = CategoryExpression(parsing: text) else {
                throw CLIError("'\(text)' is not a category (expected e.g. cs.AI, hep-th or cs.AI+cs.CL)")
            }
            if let unknown = expression.included.first(where: { !ArxivTaxonomy.isKnown($0) }) {
                throw unknownCategory(unknown, typedIn: text)
            }
            terms += expression.included.filter { !terms.contains($0) }
        }
        return terms
    }

    /// Checked here rather than by arXiv, whose feed for an unknown category can be an empty day. A typo
    /// in a hyphenated name (`quant-pj`) parses as a category less an exclusion (`quant` without `pj`):
    /// the name as typed is what the user meant, and what the nearest real one is looked up from.
    static func unknownCategory(_ term: String, typedIn text: String? = nil) -> CLIError {
        let typed = text.flatMap { whole in
            whole.split(whereSeparator: { $0 == "+" || $0 == "," }).map(String.init).first { $0.hasPrefix(term + "-") }
        } ?? term
        let hint = ArxivTaxonomy.nearest(to: typed).map { "did you mean \($0)?" }
            ?? "see arxiv.org/category_taxonomy, or press c in the reader for the whole list"
        return CLIError("arXiv does not know the category '\(typed)': \(hint)")
    }

    /// `[llm] prefetch_top`: the FAQs of the new day's papers the ranking puts first. A sync that
    /// worked still did, whatever happens here: a problem is a note on standard error.
    static func prefetchTopFAQs(of day: String, categories: [String], config: Config, store: PaperStore) async {
        do {
            let generator = try config.faqGenerator(store: store)
            let expression = categories.isEmpty ? nil : try ListCommand.expression(categories.joined(separator: "+"))
            let query = ListQuery(scope: .day(day), categories: expression)
            let ids = try FAQCommand.topIDs(of: query, count: config.faqPrefetchTop, config: config, store: store)
            let failures = await FAQPrefetch.run(ids, language: config.faqLanguage, generator: generator,
                                                 label: "FAQ of the top \(ids.count) of \(day)")
            if let first = failures.first { Output.error("note: \(failures.count) FAQ\(failures.count == 1 ? "" : "s") failed (first, \(first.0): \(first.1))") }
        } catch {
            Output.error("note: [llm] prefetch_top: no FAQ prefetched: \(ErrorReport.message(for: error))")
        }
    }

    static func describe(_ summary: WriteSummary) -> String {
        let days = summary.days.sorted()
        let dayText: String
        switch days.count {
        case 0: dayText = "no new announcement day"
        case 1: dayText = "1 day (\(days[0]))"
        default: dayText = "\(days.count) days (\(days.first!) to \(days.last!))"
        }
        return "synced: \(summary.newPapers) new papers, \(summary.updatedPapers) updated, \(dayText)"
    }
}
