import Foundation
import ReaderStore

/// The reader's one runtime: reads keys from a terminal, updates the state, hands every effect to
/// work off the key loop, and draws frames. The ncurses terminal and the in-memory one (tests, the
/// benchmark) run through exactly this code.
///
/// `run` blocks (it waits for keys), so it belongs on a thread of its own, never on the concurrency
/// pool; the state and the terminal are used from that one thread only.
public final class ReaderSession: @unchecked Sendable {
    private let environment: ReaderEnvironment
    private let terminal: any Terminal
    private let inbox = ActionInbox()
    private let runner: EffectRunner
    private let jobs: BackgroundJobs
    private var state: AppState
    /// The terminal lost what it showed (Ctrl-L, a text-mode browser): draw the next frame whole.
    private var mustDraw = false
    /// How long a frame may wait for reads still running, so it shows their result instead of an
    /// empty list for an instant; a slower read shows the frame first and its result after.
    private static let frameBudget = 50

    public init(state: AppState, environment: ReaderEnvironment, terminal: any Terminal) {
        self.state = state
        self.environment = environment
        self.terminal = terminal
        runner = EffectRunner(store: environment.store, inbox: inbox,
                              faqModel: environment.faqGenerator?.settings.model ?? "", report: environment.reportError)
        jobs = BackgroundJobs(environment: environment, inbox: inbox)
    }

    /// Runs the session on a dedicated thread and returns when the user has quit.
    public func runOnOwnThread() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            startOnOwnThread { continuation.resume() }
        }
    }

    /// Starts the session on a dedicated thread; `finished` is called when the user has quit.
    public func startOnOwnThread(finished: @escaping @Sendable () -> Void = {}) {
        let thread = Thread {
            self.run()
            finished()
        }
        thread.name = "papers-tui reader"
        thread.start()
    }

    /// Runs until the user quits; the terminal is restored whatever happens. `startupProbe` gets the
    /// first frame that shows the cache's answer, and the session then ends.
    public func run(startupProbe: ((ScreenBuffer) -> Void)? = nil) {
        terminal.start()
        defer { terminal.stop() }
        let theme = environment.theme ?? Theme.choose(
            name: environment.themeName, colors: terminal.colors,
            noColor: ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false)
        let size = terminal.size
        state.width = size.width
        state.height = size.height
        perform(Reader.opening(state))
        // The first frame shows the list, not the instant before its rows arrive.
        waitForReads(milliseconds: 1_000)
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
        let watcher = ChangeWatcher(store: environment.store, inbox: inbox)
        defer { watcher?.stop() }
        jobs.startLibraryWatch()
        while !state.wantsQuit {
            var actions: [Action] = []
            if let key = terminal.readKey(milliseconds: 100, wakeDescriptor: inbox.wakeDescriptor) { actions.append(.key(key)) }
            if terminal.takeResize() {
                let size = terminal.size
                actions.append(.resize(width: size.width, height: size.height))
            }
            actions += inbox.drain()
            runner.holdPrefetches()
            for action in actions { dispatch(action) }
            if !actions.isEmpty { waitForReads(milliseconds: Self.frameBudget) }
            let next = render(state, theme: theme)
            if next != frame || mustDraw {
                terminal.draw(next)
                frame = next
                mustDraw = false
            }
            if !runner.isReading, inbox.isEmpty { terminal.settled(frame, idle: runner.isIdle) }
            runner.releasePrefetches()
            keepResumePoint()
        }
        saveMarksBeforeQuitting(theme: theme)
        saveResumePoint()
        jobs.stop()
    }

    private var resumeKept: ResumePoint?
    private var resumeKeptAt = ContinuousClock.now

    /// Where the reader is, written every few seconds while it moves (off the key loop), so that a
    /// terminal closed under it (SIGHUP) or a kill resumes close to where it was.
    private func keepResumePoint() {
        // While the cursor is still on its way to where the reader was left, that place stands.
        guard ContinuousClock.now - resumeKeptAt > .seconds(2), !environment.store.isReadOnly, !state.locating,
              let point = ResumePoint(state), point != resumeKept else { return }
        resumeKept = point
        resumeKeptAt = ContinuousClock.now
        let report = environment.reportError
        runner.writeLater { store in
            do {
                try store.setSyncState(ResumePoint.storeKey, point.encoded())
            } catch {
                report(error, "where the reader is was not kept: \(error)")
            }
        }
    }

    /// Where the reader was left, for the next start; after the marks, on the same queue.
    private func saveResumePoint() {
        guard let point = state.locating ? state.resume : ResumePoint(state), !environment.store.isReadOnly else { return }
        let report = environment.reportError
        runner.writeLast(timeout: .seconds(5)) { store in
            do {
                try store.setSyncState(ResumePoint.storeKey, point.encoded())
            } catch {
                report(error, "where the reader was left was not saved: \(error)")
            }
        }
    }

    /// Marks given but not yet written (once the session has ended; see `saveMarksBeforeQuitting`).
    public private(set) var unsavedMarks = 0

    /// A star pressed just before quitting is written before the reader goes, however long another
    /// process holds the cache (up to the busy timeout the write waits for, and a little more).
    private func saveMarksBeforeQuitting(theme: Theme) {
        let pending = runner.pendingMarkCount
        guard pending > 0 else { return }
        state.status = "saving \(pending) mark\(pending == 1 ? "" : "s") before quitting…"
        state.statusIsError = false
        terminal.draw(render(state, theme: theme))
        unsavedMarks = runner.finishWrites(timeout: .seconds(15))
    }

    /// Handles the results of reads that finish within the time given, and of the reads they ask for.
    private func waitForReads(milliseconds: Int) {
        let deadline = ContinuousClock.now + .milliseconds(milliseconds)
        while true {
            for action in inbox.drain() { dispatch(action) }
            let left = deadline - ContinuousClock.now
            guard runner.isReading, left > .zero else { return }
            inbox.wait(milliseconds: max(1, Int(left / .milliseconds(1))))
        }
    }

    private func dispatch(_ action: Action) {
        let (next, effects) = Reader.update(state, action)
        state = next
        perform(effects)
    }

    /// A graphical browser starts off the key loop; a text-mode one has the terminal until it exits.
    private func open(_ link: String) {
        guard let url = SafeLink.checked(link) else {
            dispatch(.failed("that link is not a plain http(s) address: not opened"))
            return
        }
        let command: BrowserCommand
        do {
            command = try BrowserCommand(browser: ProcessInfo.processInfo.environment["BROWSER"], url: url)
        } catch {
            dispatch(.failed(error.description))
            return
        }
        guard command.usesTerminal else {
            let inbox = self.inbox
            DispatchQueue.global(qos: .userInitiated).async { BrowserLauncher.start(command) { inbox.post($0) } }
            return
        }
        if let failure = BrowserLauncher.runOnTerminal(command, terminal: terminal) { dispatch(failure) }
        mustDraw = true
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects where !runner.submit(effect) {
            switch effect {
            case .copyToClipboard(let text):
                guard let url = SafeLink.checked(text) else {
                    dispatch(.failed("that link is not a plain http(s) address: not copied"))
                    continue
                }
                terminal.copyToClipboard(url)
            case .redraw:
                terminal.invalidate()
                mustDraw = true
            case .openURL(let link):
                open(link)
            case .editKeywordsInEditor(let line):
                dispatch(KeywordsEditor.edit(line, terminal: terminal))
                mustDraw = true
            case .editNoteInEditor(let paperID):
                // One read by key of the note about to be edited: the editor takes the terminal anyway.
                let current = ((try? environment.store.note(for: paperID)) ?? nil)?.text ?? ""
                dispatch(NoteEditor.edit(paperID: paperID, text: current, terminal: terminal))
                mustDraw = true
            default:
                jobs.start(effect)
            }
        }
    }
}
