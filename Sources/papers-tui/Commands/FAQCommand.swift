import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

struct FAQCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faq",
        abstract: "Answer the six FAQ questions about a paper with an LLM, streamed and cached.",
        discussion: """
            One id: the answer streams to standard output as it is written (a cached answer prints at once).
            --starred, or --date with --category: generates the missing FAQs of many papers, with progress;
            --top N keeps the day's N papers your ranking puts first.
            The server is any OpenAI-compatible /chat/completions: [llm] base_url and model in config.toml,
            or OPENAI_BASE_URL, OPENAI_API_KEY and PAPERS_TUI_LLM_MODEL.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "arXiv ids or URLs.")
    var ids: [String] = []

    @Option(help: "The answer's language: en or zh (default from config, else en).")
    var lang: String?

    @Flag(help: "Generate again even when a complete answer is cached.")
    var refresh = false

    @Flag(help: "Every starred paper.")
    var starred = false

    @Option(help: "Every paper of this announcement day (YYYY-MM-DD or `latest`).")
    var date: String?

    @Option(name: [.short, .long], help: "With --date: a category expression (default from config, else all).")
    var category: String?

    @Option(help: "With --date: only the day's N papers your ranking puts first (while it cannot rank, the best [rank] keywords matches).")
    var top: Int?

    func run() async throws {
        let config = try Config.load()
        let language = try lang.map { try Config.language($0, origin: "--lang") } ?? config.faqLanguage
        let paperStore = try store.openStore()
        let generator = try config.faqGenerator(store: paperStore)
        let targets = try targetIDs(config: config, store: paperStore)
        if targets.count == 1, !starred, date == nil {
            try await streamOne(targets[0], language: language, generator: generator)
        } else {
            let failures = await FAQPrefetch.run(targets, language: language, generator: generator, refresh: refresh)
            try FAQPrefetch.check(failures)
        }
    }

    private func targetIDs(config: Config, store paperStore: PaperStore) throws -> [String] {
        var targets = try ids.map(PaperIDArgument.parse)
        if starred {
            targets += try paperStore.allMarks().filter { $0.starredAt != nil }.map(\.paperID)
        }
        if let date {
            let expression = try ListCommand.expression(category ?? config.categories.joined(separator: "+"))
            let scope = try ListCommand.scope(date: date, starred: false, expression: expression, store: paperStore)
            let query = ListQuery(scope: scope, categories: expression)
            if let top {
                guard top > 0 else { throw CLIError("--top \(top): give how many papers, 1 or more") }
                targets += try Self.topIDs(of: query, count: top, config: config, store: paperStore)
            } else {
                let total = try paperStore.counts(query).total
                targets += try paperStore.page(query, offset: 0, limit: total).map(\.paper.id)
            }
        } else if category != nil || top != nil {
            throw CLIError("--\(top != nil ? "top" : "category") goes with --date: papers-tui faq --date latest --category cs.CL --top 5")
        }
        var seen = Set<String>()
        targets = targets.filter { seen.insert($0).inserted }
        guard !targets.isEmpty else {
            throw CLIError(starred ? "no starred papers: star some with `papers-tui star ID` or s in the reader"
                : "name a paper (papers-tui faq 2411.18123), or use --starred or --date D --category C")
        }
        return targets
    }

    /// The day's papers the ranking (else the keywords) puts first, said on standard error; an error
    /// when neither can choose.
    static func topIDs(of query: ListQuery, count: Int, config: Config, store: PaperStore) throws -> [String] {
        switch try store.topPapers(of: query, count: count, keywords: PreferenceKeywords(entries: config.keywords)) {
        case .ranked(let ids):
            Output.error("papers-tui: the \(ids.count) your ranking puts first")
            return ids
        case .byKeywords(let ids):
            Output.error("papers-tui: the ranking cannot rank yet: the \(ids.count) best matches to your keywords")
            return ids
        case .unchosen(let reason):
            throw CLIError("cannot choose the top papers: \(reason) (star a few, or set keywords with K in the reader)")
        }
    }

    private func streamOne(_ id: String, language: FAQLanguage, generator: FAQGenerator) async throws {
        let outcome = OutcomeBox()
        let countdown = CountdownTracker()
        let showsStatus = Output.standardErrorIsTerminal
        let refresh = self.refresh
        // A closed standard output (`| head -1`) stops the generation: the generator keeps what came,
        // marked incomplete, and the command ends quietly.
        @Sendable func show(_ text: String) {
            if !Output.writeIfOpen(text) { outcome.closeOutput() }
        }
        let generation = Task {
            await generator.generate(paperID: id, lang: language, refresh: refresh) { progress in
                switch progress {
                case .queued: break
                case .fetchingText:
                    if showsStatus { Output.status("fetching the paper's full text…") }
                case .waiting(let seconds, let reason):
                    // A terminal shows the countdown; a log gets one line per wait.
                    if showsStatus || countdown.starts(seconds) { Output.status("\(reason): trying again in \(seconds) s") }
                case .streaming(let source, let model):
                    if showsStatus { Output.status("") }
                    if outcome.announce() { Output.error("papers-tui: \(model) answering from \(source.label)") }
                case .delta(let text):
                    show(CLIText.paragraphs(text))
                case .finished(let answer):
                    if outcome.streamed {
                        show("\n")
                    } else {
                        Output.error("papers-tui: cached answer (\(CLIText.plain(answer.model)), from \(answer.source.label))")
                        show(CLIText.paragraphs(answer.text) + "\n")
                    }
                    if let note = answer.note { Output.error("papers-tui: note: \(CLIText.plain(note))") }
                case .failed(let message, let partial):
                    if partial != nil { show("\n") }
                    outcome.fail(message + (partial != nil ? "; run `papers-tui faq \(id) --refresh` to finish it" : ""))
                case .stopped:
                    outcome.fail("stopped")
                }
                if case .delta = progress { outcome.streamed = true }
            }
        }
        outcome.stopWhenOutputCloses(generation)
        await generation.value
        if outcome.outputClosed { return }
        if let failure = outcome.failure { throw CLIError(failure) }
    }

}

/// What the stream callbacks learn, read after the generation returns.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var _failure: String?
    private var _streamed = false

    var failure: String? { lock.withLock { _failure } }
    var streamed: Bool {
        get { lock.withLock { _streamed } }
        set { lock.withLock { _streamed = newValue } }
    }

    func fail(_ message: String) { lock.withLock { _failure = message } }

    private var _outputClosed = false
    private var generation: Task<Void, Never>?

    var outputClosed: Bool { lock.withLock { _outputClosed } }

    func closeOutput() {
        lock.withLock {
            _outputClosed = true
            generation?.cancel()
        }
    }

    /// Cancels `task` once standard output has closed (at once if it already has).
    func stopWhenOutputCloses(_ task: Task<Void, Never>) {
        lock.withLock {
            generation = task
            if _outputClosed { task.cancel() }
        }
    }

    private var announced = false

    /// True the first time only.
    func announce() -> Bool {
        lock.withLock {
            defer { announced = true }
            return !announced
        }
    }
}
