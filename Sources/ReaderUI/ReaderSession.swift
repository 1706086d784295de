import Foundation
import ReaderStore

/// What the session needs from outside the reader: the cache, and how to sync.
public struct ReaderEnvironment: Sendable {
    public var store: PaperStore
    /// Runs a sync for the categories, reporting progress; returns the summary sentence.
    public var sync: @Sendable (CategoryExpression?, @escaping @Sendable (String) -> Void) async throws -> String
    public var theme: Theme?
    public var themeName: String?
    /// Generates FAQs; nil when no LLM is configured (the state says why).
    public var faqGenerator: FAQGenerator?
    /// Fetches papers by id from arXiv into the cache (for `:` with ids not cached yet).
    public var lookup: (@Sendable ([ArxivID]) async throws -> Void)?

    public init(store: PaperStore, theme: Theme? = nil, themeName: String? = nil, faqGenerator: FAQGenerator? = nil,
                lookup: (@Sendable ([ArxivID]) async throws -> Void)? = nil,
                sync: @escaping @Sendable (CategoryExpression?, @escaping @Sendable (String) -> Void) async throws -> String) {
        self.store = store
        self.lookup = lookup
        self.faqGenerator = faqGenerator
        self.theme = theme
        self.themeName = themeName
        self.sync = sync
    }
}

/// Actions that arrive from background work (sync), handed to the key loop.
final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    func post(_ action: Action) {
        lock.lock()
        actions.append(action)
        lock.unlock()
    }

    /// Runs a store read off the key loop's thread and posts what it brings (or its failure).
    func postResults(of effect: Effect, store: PaperStore) {
        do {
            for action in try StoreEffects.run(effect, store: store, faqModel: "") ?? [] { post(action) }
        } catch {
            post(.failed("\(error)"))
        }
    }

    func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let drained = actions
        actions = []
        return drained
    }
}

/// Runs the reader in the terminal: reads keys, updates the state, performs effects, draws frames.
/// Store reads are paged and fast enough for the key loop; the network (sync) runs in a task.
/// `run` blocks (it waits for keys), so it belongs on a thread of its own, never on the concurrency
/// pool; everything in the session is used from that one thread only.
public final class ReaderSession: @unchecked Sendable {
    private let environment: ReaderEnvironment
    private let terminal = NcursesTerminal()
    private let inbox = ActionInbox()
    private let searches = SearchReads()
    private var state: AppState
    private var syncTask: Task<Void, Never>?
    private var faqQueue: FAQQueue?
    /// Queue requests run in the order they were made (a stop right after a start must find the job).
    private var lastQueueRequest: Task<Void, Never>?

    /// Runs the session on a dedicated thread and returns when the user has quit.
    public func runOnOwnThread() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                self.run()
                continuation.resume()
            }
            thread.name = "papers-tui reader"
            thread.start()
        }
    }

    public init(state: AppState, environment: ReaderEnvironment) {
        self.state = state
        self.environment = environment
    }

    /// Runs until the user quits; the terminal is restored whatever happens.
    public func run(startupProbe: ((ScreenBuffer) -> Void)? = nil) {
        terminal.start()
        defer { terminal.stop() }
        let theme = environment.theme ?? Theme.choose(
            name: environment.themeName, colors: terminal.colors,
            noColor: ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false)
        let size = terminal.size
        state.width = size.width
        state.height = size.height
        perform(Reader.start(state))
        var frame = render(state, theme: theme)
        terminal.draw(frame)
        // Test-only: PAPERS_TUI_TEST_CRASH=1 makes the reader trap after its first frame, so the suite can
        // check that a crash leaves the terminal as the shell had it (ReaderCrashTests).
        if ProcessInfo.processInfo.environment["PAPERS_TUI_TEST_CRASH"] == "1" {
            fatalError("PAPERS_TUI_TEST_CRASH is set: crashing on purpose")
        }
        if let startupProbe {
            startupProbe(frame)
            return
        }
        while !state.wantsQuit {
            var actions: [Action] = []
            if let key = terminal.readKey() { actions.append(.key(key)) }
            if terminal.takeResize() {
                let size = terminal.size
                actions.append(.resize(width: size.width, height: size.height))
            }
            actions += inbox.drain()
            guard !actions.isEmpty else { continue }
            for action in actions { dispatch(action) }
            let next = render(state, theme: theme)
            if next != frame {
                terminal.draw(next)
                frame = next
            }
        }
        syncTask?.cancel()
        stopFAQs()
    }

    /// Stops generations on quit and gives them a moment to keep their partial answers.
    private func stopFAQs() {
        guard let queue = faqQueue else { return }
        let done = DispatchSemaphore(value: 0)
        let pending = lastQueueRequest
        Task.detached {
            // After the requests already sent, so a job asked for just before quitting is stopped too.
            await pending?.value
            await queue.cancelAll()
            await queue.waitUntilIdle()
            done.signal()
        }
        _ = done.wait(timeout: .now() + 2)
    }

    private func inOrder(_ work: @escaping @Sendable () async -> Void) {
        let previous = lastQueueRequest
        lastQueueRequest = Task.detached {
            await previous?.value
            await work()
        }
    }

    private func queue() -> FAQQueue? {
        if let faqQueue { return faqQueue }
        guard let generator = environment.faqGenerator else { return nil }
        let inbox = self.inbox
        let queue = FAQQueue(generator: generator, concurrency: generator.settings.concurrency) { job, progress in
            inbox.post(.faqProgress(job, progress))
        }
        faqQueue = queue
        return queue
    }

    private func dispatch(_ action: Action) {
        let (next, effects) = Reader.update(state, action)
        state = next
        perform(effects)
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            for result in run(effect) { dispatch(result) }
        }
    }

    /// Does one effect; store results come back at once as actions.
    private func run(_ effect: Effect) -> [Action] {
        let store = environment.store
        if effect.isSearchRead {
            searches.run(effect, store: store, inbox: inbox)
            return []
        }
        if case .prefetchWindow = effect {
            // Off the key loop: the pool reads concurrently, and the rows come back through the inbox.
            let inbox = self.inbox
            DispatchQueue.global(qos: .userInitiated).async { inbox.postResults(of: effect, store: store) }
            return []
        }
        do {
            if let actions = try StoreEffects.run(effect, store: store, faqModel: environment.faqGenerator?.settings.model ?? "") {
                return actions
            }
            switch effect {
            case .startSync(let categories):
                startSync(categories)
                return []
            case .openURL(let url):
                return open(url)
            case .copyToClipboard(let text):
                guard let url = SafeLink.checked(text) else { return [.failed("that link is not a plain http(s) address: not copied")] }
                terminal.writeRaw("\u{1B}]52;c;\(Data(url.utf8).base64EncodedString())\u{07}")
                return []
            case .openPapers(let ids):
                return try openPapers(ids, store: store)
            case .requestFAQ(let job, let refresh):
                guard let queue = queue() else { return [.failed("no LLM is configured for FAQs")] }
                inOrder { await queue.enqueue(job, refresh: refresh, first: true) }
                return []
            case .cancelFAQ(let job):
                guard let queue = faqQueue else { return [] }
                inOrder { await queue.cancel(job) }
                return []
            case .redraw:
                terminal.invalidate()
                return []
            default:
                return []
            }
        } catch {
            return [.failed("\(error)")]
        }
    }

    /// Shows papers by id, fetching the ones not cached in the background first; the ones that cannot
    /// be shown are named in the status line, under the ones that can.
    private func openPapers(_ ids: [String], store: PaperStore) throws -> [Action] {
        let missing = try ids.filter { try store.paper(id: $0) == nil }
        guard !missing.isEmpty else { return [.papersOpened(ids, label: "opened")] }
        let inbox = self.inbox
        let lookup = environment.lookup
        Task.detached {
            do {
                let opening = try await PaperOpening.open(ids, store: store, lookup: lookup)
                for action in Self.actions(for: opening) { inbox.post(action) }
            } catch {
                inbox.post(.failed("cannot open \(ids.joined(separator: ", ")): \(error)"))
            }
        }
        let fetching = missing.filter { !$0.contains("@") }
        return fetching.isEmpty || lookup == nil ? [] : [.notFound("fetching \(fetching.joined(separator: ", ")) from arXiv…")]
    }

    static func actions(for opening: PaperOpening) -> [Action] {
        guard !opening.shown.isEmpty else { return [.failed(opening.problem ?? "nothing to open")] }
        return [.papersOpened(opening.shown, label: "opened")] + (opening.problem.map { [.notFound($0)] } ?? [])
    }

    private func startSync(_ categories: CategoryExpression?) {
        let inbox = self.inbox
        let sync = environment.sync
        syncTask = Task.detached {
            do {
                let summary = try await sync(categories) { inbox.post(.syncProgress($0)) }
                inbox.post(.syncFinished(.success(summary)))
            } catch {
                inbox.post(.syncFinished(.failure(SyncFailure("sync failed: \(error)"))))
            }
        }
    }

    /// Starts the browser and returns at once; its failure (not found, a non-zero exit) reaches the
    /// status line through the inbox when it happens.
    private func open(_ link: String) -> [Action] {
        guard let url = SafeLink.checked(link) else { return [.failed("that link is not a plain http(s) address: not opened")] }
        let command: BrowserCommand
        do {
            command = try BrowserCommand(browser: ProcessInfo.processInfo.environment["BROWSER"], url: url)
        } catch {
            return [.failed(error.description)]
        }
        let process = Process()
        // env finds the program on PATH; `--` keeps a program name starting with `-` from being its option.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--"] + command.arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let inbox = self.inbox
        let program = Sanitize.terminalText(command.program)
        process.terminationHandler = { finished in
            let status = finished.terminationStatus
            guard finished.terminationReason != .exit || status != 0 else { return }
            switch (finished.terminationReason, status) {
            case (.exit, 127):
                inbox.post(.failed("cannot open the link: \(program) was not found (set $BROWSER to your browser)"))
            case (.exit, 126):
                inbox.post(.failed("cannot open the link: \(program) cannot be run (check $BROWSER)"))
            case (.exit, _):
                inbox.post(.failed("the browser (\(program)) failed with exit status \(status)"))
            default:
                inbox.post(.failed("the browser (\(program)) was stopped by signal \(status)"))
            }
        }
        do {
            try process.run()
            return []
        } catch {
            return [.failed("cannot open a browser: set $BROWSER (\(error.localizedDescription))")]
        }
    }
}
