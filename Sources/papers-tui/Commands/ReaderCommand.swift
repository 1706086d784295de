import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

/// What `papers-tui` does with no sub-command: the reader over the cache (a printed list when
/// standard input or output is not a terminal).
struct ReaderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader", abstract: "Open the reader (the default).", shouldDisplay: false)

    @OptionGroup var store: StoreOptions

    @Option(name: [.short, .long], help: "A category expression (default from config, else all).")
    var category: String?

    @Option(help: "The announcement day to open (YYYY-MM-DD, default: the latest).")
    var date: String?

    @Option(help: ArgumentHelp("Draw the first frame, write the milliseconds since the process started to FILE, and exit (for benchmarks).",
                               visibility: .hidden))
    var startupProbe: String?

    func run() async throws {
        let config = try Config.load()
        // Checked before anything else, so a clash is reported whether or not a terminal is attached.
        let keymap: Keymap
        do {
            keymap = try Keymap.parse(config.keyBindings)
        } catch {
            throw CLIError(error.description)
        }
        let paperStore = try store.openStore()
        var cachedPapers = try paperStore.paperCount()
        if cachedPapers == 0 {
            guard try offerSample(paperStore, config: config) else { return }
            cachedPapers = try paperStore.paperCount()
        }
        guard Output.standardInputIsTerminal, Output.standardOutputIsTerminal else {
            var arguments: [String] = []
            if let db = store.db { arguments += ["--db", db] }
            if let category { arguments += ["--category", category] }
            if let date { arguments += ["--date", date] }
            try ListCommand.parse(arguments).run()
            return
        }
        // --date and -c say where to open; without them the reader resumes where it was left.
        var resume = date == nil && category == nil && config.readerStart == .resume
            ? try ReaderStart.resumePoint(in: paperStore) : nil
        // Left on the inbox, and everything in it seen since: opened as `latest` would open it.
        var inboxWasEmpty = false
        if let point = resume, point.inbox == true,
           try !ReaderStart.inboxHasPapers(categories: point.categories.flatMap(ListCommand.expression), in: paperStore) {
            resume = nil
            inboxWasEmpty = true
        }
        let expression = try resume.map { point in try point.categories.flatMap(ListCommand.expression) }
            ?? ListCommand.expression(category ?? config.categories.joined(separator: "+"))
        let day: String?
        if let date {
            guard let parsed = ArxivDates.day(date) else { throw CLIError("--date \(date) is not a date: use YYYY-MM-DD") }
            day = parsed
        } else if let resumed = resume?.day {
            day = resumed
        } else {
            day = try paperStore.latestDay(for: expression) ?? paperStore.latestDay(for: nil)
        }
        var state = AppState(width: 80, height: 24, day: day, categories: expression)
        if let resume {
            state.unreadOnly = resume.unreadOnly
            state.starredOnly = resume.starredOnly
            state.venueOnly = resume.venueOnly
            if resume.inbox == true {
                // What was seen is gone from it: the inbox opens at its first paper.
                state.dayPosition = ListPosition(cursor: resume.cursor, listTop: 0)
                state.source = .inbox(since: Date())
            } else {
                state.resume = resume
                state.locating = true
            }
        } else if date == nil, category == nil, config.readerStart == .inbox {
            if try ReaderStart.inboxHasPapers(categories: expression, in: paperStore) {
                state.source = .inbox(since: Date())
            } else {
                inboxWasEmpty = true
            }
        }
        state.markReadOnOpen = config.markReadOnOpen
        state.listRowStyle = config.listRowStyle
        state.keymap = keymap
        state.cachedPapers = cachedPapers
        state.faqLanguage = config.faqLanguage
        state.keywords = PreferenceKeywords(entries: config.keywords)
        state.sort = try ReaderStart.resumedSort(in: paperStore) ?? .arxiv
        state.faqPrefetchTop = config.faqPrefetchTop
        if paperStore.isReadOnly {
            state.status = StoreError.readOnly(path: paperStore.path).description
            state.statusIsError = true
        } else if let warning = config.warnings.first {
            // Printed on standard error too, but the reader's screen covers that at once.
            state.status = warning
            state.statusIsError = true
        } else if inboxWasEmpty {
            state.status = ReaderStart.emptyInboxNote
        }
        var faqGenerator: FAQGenerator?
        do {
            faqGenerator = try config.faqGenerator(store: paperStore)
            state.faqModel = faqGenerator?.settings.model
        } catch {
            state.faqUnavailable = ErrorReport.message(for: error)
        }
        let lookup: @Sendable ([ArxivID]) async throws -> Void = { ids in
            let sync = ArxivSync(store: paperStore, endpoints: config.endpoints, policy: config.httpPolicy)
            _ = try await sync.lookup(ids: ids)
        }
        let configPath = config.configPath
        var environment = ReaderEnvironment(
            store: paperStore, themeName: config.themeName, faqGenerator: faqGenerator, lookup: lookup,
            reportError: { error, shown in ErrorLog.shared.record(error, shown: shown, context: "reader") },
            saveKeywords: { entries in try KeywordsStore.save(entries, configPath: configPath, cachePath: paperStore.path) }
        ) { categories, progress in
            let sync = ArxivSync(store: paperStore, endpoints: config.endpoints, policy: config.httpPolicy) { event in
                switch event {
                case .step(let done, let total, let label): progress("\(label) \(done)/\(total.map(String.init) ?? "?")")
                case .waiting(let seconds, let reason): progress("\(reason) (\(seconds) s)")
                }
            }
            let included = categories?.included ?? []
            let terms = try SyncCommand.terms(of: included.isEmpty ? config.categories : included)
            guard !terms.isEmpty else {
                throw CLIError("no categories chosen: press c, mark some with + and Enter, then R (or set `categories` in \(config.configPath))")
            }
            return SyncCommand.describe(try await sync.syncDaily(categories: terms))
        }
        if let embeddings = config.embeddings, !paperStore.isReadOnly {
            state.embeddingsConfigured = true
            environment.embedPapers = { day, progress in
                await EmbeddingPass.run(store: paperStore, client: EmbeddingsClient(settings: embeddings), firstDay: day, progress: progress)
            }
        }
        if let folder = config.libraryFolder, !paperStore.isReadOnly {
            environment.library = LibraryFolderWatch(store: paperStore, folder: Config.folderURL(folder))
        }
        let session = ReaderSession(state: state, environment: environment, terminal: NcursesTerminal())
        if let startupProbe {
            session.run { _ in
                let milliseconds = ProcessClock.millisecondsSinceStart()
                try? String(format: "%.3f\n", milliseconds).write(toFile: startupProbe, atomically: true, encoding: .utf8)
            }
            return
        }
        await session.runOnOwnThread()
        if session.unsavedMarks > 0 {
            let count = session.unsavedMarks
            throw CLIError("\(count) star\(count == 1 ? " or read mark was" : "s or read marks were") not saved: "
                + "the cache stayed locked by another program, or could not be written (the error log at \(ErrorLog.shared.path) says why)")
        }
    }

    /// An empty cache: offer the bundled sample on a terminal, else say how to fill the cache.
    private func offerSample(_ paperStore: PaperStore, config: Config) throws -> Bool {
        let hint = config.categories.isEmpty
            ? "Run `papers-tui sync --category cs.AI` to fetch today's papers (or set `categories` in \(config.configPath))."
            : "Run `papers-tui sync` to fetch today's papers in \(config.categories.joined(separator: ", "))."
        guard Output.standardInputIsTerminal else {
            Output.line("The cache is empty. \(hint)\nTo try papers-tui offline: `papers-tui import --sample`.")
            return false
        }
        Output.write("The cache is empty. Load a small bundled sample of real arXiv days to look around? [Y/n] ")
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard answer.isEmpty || answer.hasPrefix("y") else {
            Output.line(hint)
            return false
        }
        let summary = try BundledSample.load(into: paperStore)
        Output.line("Loaded \(summary.newPapers) papers (\(BundledSample.description)). \(hint)")
        return true
    }
}
