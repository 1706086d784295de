import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

/// The state after the actions in turn, and every effect they asked for.
func apply(_ state: AppState, _ actions: [Action]) -> (AppState, [Effect]) {
    var current = state
    var effects: [Effect] = []
    for action in actions {
        let (next, more) = Reader.update(current, action)
        current = next
        effects += more
    }
    return (current, effects)
}

func apply(_ state: AppState, _ actions: Action...) -> (AppState, [Effect]) {
    apply(state, actions)
}

func press(_ state: AppState, _ keys: Key...) -> (AppState, [Effect]) {
    apply(state, keys.map(Action.key))
}

/// Typing `text`, a character a key.
func type(_ state: AppState, _ text: String) -> (AppState, [Effect]) {
    apply(state, text.map { Action.key(.character($0)) })
}

@Suite("update: keys to state and effects")
struct UpdateTests {
    @Test("j/k and arrows move the cursor within the list")
    func movement() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (down, _) = press(state, .character("j"), .down, .character("j"))
        #expect(down.cursor == 3)
        let (up, _) = press(down, .character("k"), .up, .up, .up, .up)
        #expect(up.cursor == 0)
        let (bottom, _) = press(state, .character("G"))
        #expect(bottom.cursor == 4)
        let (top, _) = press(bottom, .home)
        #expect(top.cursor == 0)
    }

    @Test("s stars at once: the row, the count and a mark effect")
    func star() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (starred, effects) = press(state, .character("s"))
        #expect(starred.selected?.isStarred == true)
        #expect(starred.counts.starred == state.counts.starred + 1)
        #expect(effects == [.applyMark(.star, paperID: "2604.21935")])
        let (unstarred, undo) = press(starred, .character("s"))
        #expect(unstarred.selected?.isStarred == false)
        #expect(undo == [.applyMark(.unstar, paperID: "2604.21935")])
    }

    @Test("Enter opens the paper and marks it read; on a narrow terminal it opens full-width")
    func open() throws {
        let narrow = try ScreenFixtures.state(width: 80, height: 24)
        let (opened, effects) = press(narrow, .enter)
        #expect(opened.paperOpen)
        #expect(opened.focus == .abstract)
        #expect(effects == [.applyMark(.read, paperID: "2604.21935")])
        let (back, _) = press(opened, .character("q"))
        #expect(!back.paperOpen)
        #expect(!back.wantsQuit)
        let (quit, _) = press(back, .character("q"))
        #expect(quit.wantsQuit)
    }

    @Test("u, *, [ and ] ask the store for the right things")
    func filtersAndDays() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (unread, effects) = press(state, .character("u"))
        #expect(unread.unreadOnly)
        #expect(effects.contains(.loadCounts(ListQuery(scope: .day("2026-04-27"), categories: state.categories, onlyUnread: true))))
        let (_, dayEffects) = press(state, .character("["))
        #expect(dayEffects == [.findDay(from: "2026-04-27", before: true, categories: state.categories)])
        let (moved, _) = Reader.update(state, .dayFound("2026-04-24", before: true))
        #expect(moved.day == "2026-04-24")
        #expect(moved.cursor == 0)
    }

    @Test("once a day is counted, [ and ] go to the days found in the background without asking the store")
    func adjacentDaysFromMemory() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let query = try #require(state.query)
        let (counted, effects) = Reader.update(state, .countsLoaded(state.counts, query: query))
        #expect(effects.contains(.warmAdjacentDays(query)))
        let (_, askedAgain) = Reader.update(counted, .countsLoaded(state.counts, query: query))
        #expect(!askedAgain.contains(.warmAdjacentDays(query)))
        let found = AdjacentDays(day: "2026-04-27", categories: state.categories, before: "2026-04-24", after: nil)
        let (known, _) = Reader.update(counted, .adjacentDaysFound(found))
        let (back, backEffects) = press(known, .character("["))
        #expect(back.day == "2026-04-24")
        #expect(!backEffects.contains { if case .findDay = $0 { true } else { false } })
        let (_, changedEffects) = press(Reader.update(known, .storeChanged).0, .character("["))
        #expect(changedEffects.contains(.findDay(from: "2026-04-27", before: true, categories: state.categories)))
    }

    @Test("moving far loads another window of rows from the store, never the whole list")
    func paging() throws {
        var state = AppState(width: 120, height: 40, day: "2026-04-27", categories: nil)
        state.counts = ListCounts(total: 5_000, starred: 0, unread: 5_000)
        state.window = ListWindow(offset: 0, rows: [])
        let (moved, effects) = Reader.update(state, .jump(to: 3_000))
        guard case .loadWindow(_, let offset, let limit)? = effects.first else {
            Issue.record("no window load: \(effects)")
            return
        }
        #expect(offset <= moved.listTop)
        #expect(offset + limit >= moved.listTop + moved.listRows)
        #expect(limit < 500)
    }

    @Test("R starts one background sync; progress and the result reach the state")
    func sync() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (running, effects) = press(state, .character("R"))
        #expect(effects == [.startSync(state.categories)])
        let (again, none) = press(running, .character("R"))
        #expect(none.isEmpty)
        #expect(again.status == "a sync is already running")
        let (progress, _) = Reader.update(running, .syncProgress("daily list cs.AI 0/1"))
        #expect(progress.sync == .running("daily list cs.AI 0/1"))
        let (done, reload) = Reader.update(progress, .syncFinished(.success("synced: 3 new papers")))
        #expect(done.sync == .finished("synced: 3 new papers"))
        #expect(reload.contains { if case .loadCounts = $0 { true } else { false } })
    }

    @Test("keys are rebindable from config, and unknown names are a clear error")
    func keymap() throws {
        let keymap = try Keymap.parse(["star": ["x"], "stop-faq": ["X"], "down": ["C-n"]])
        #expect(keymap.command(for: .character("x")) == .toggleStar)
        #expect(keymap.command(for: .control("n")) == .moveDown)
        // A binding replaces the default keys (issue 14, item 19).
        #expect(keymap.command(for: .character("s")) == nil)
        #expect(throws: KeymapError.unknownCommand("launch")) { try Keymap.parse(["launch": ["l"]]) }
    }

    @Test("the category picker includes and excludes")
    func picker() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (_, effects) = press(state, .character("c"))
        #expect(effects == [.loadCategories(day: "2026-04-27")])
        var (picking, _) = Reader.update(state, .categoriesLoaded(["cs.AI", "cs.CL", "cs.CY"]))
        (picking, _) = press(picking, .down, .character("+"), .down, .character("-"))
        let (applied, reload) = press(picking, .enter)
        #expect(applied.categories == CategoryExpression(included: ["cs.AI", "cs.CL"], excluded: ["cs.CY"]))
        #expect(!reload.isEmpty)
    }
}

@Suite("update: failures")
struct UpdateFailureTests {
    @Test("a store failure is shown and asks for nothing more, so a broken store cannot loop")
    func failure() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (failed, effects) = Reader.update(state, .failed("the cache … is read-only: check its permissions"))
        #expect(effects.isEmpty)
        #expect(failed.statusIsError)
        #expect(render(failed).textLines().last?.contains("read-only") == true)
    }
}

@Suite("update: scrolling, resizing, long pickers")
struct UpdateLayoutTests {
    @Test("the abstract scrolls down to its last line, which then shows above the hint")
    func abstractScrollsToTheEnd() throws {
        var state = try ScreenFixtures.state(width: 80, height: 12)
        (state, _) = Reader.update(state, .key(.enter))
        (state, _) = Reader.update(state, .key(.character("G")))
        let lines = PaperText.lines(for: try #require(state.selected), width: 80)
        let screen = render(state).textLines().joined(separator: "\n")
        #expect(screen.contains(try #require(lines.last?.text)))
    }

    @Test("shrinking from wide to narrow gives the focus back to the list")
    func resizeKeepsAVisibleFocus() throws {
        var state = try ScreenFixtures.state(width: 130, height: 40)
        (state, _) = Reader.update(state, .key(.tab))
        #expect(state.focus == .abstract)
        (state, _) = Reader.update(state, .resize(width: 80, height: 24))
        #expect(state.focus == .list)
        (state, _) = Reader.update(state, .key(.character("j")))
        #expect(state.cursor == 1)
    }

    @Test("a long category picker keeps its cursor and its key hints on screen")
    func longPicker() throws {
        var state = try ScreenFixtures.state(width: 80, height: 24)
        let categories = (1...60).map { String(format: "cs.X%02d", $0) }
        (state, _) = Reader.update(state, .categoriesLoaded(categories))
        for _ in 0..<45 { (state, _) = Reader.update(state, .key(.character("j"))) }
        let screen = render(state).textLines().joined(separator: "\n")
        #expect(screen.contains("› [ ] cs.X45"))  // cs.AI, the current category, sorts first
        #expect(screen.contains("Enter apply"))
    }
}

@Suite("update: the FAQ pane")
struct FAQUpdateTests {
    let job = FAQJob(paperID: "2604.21935", lang: .en)

    @Test("f asks the queue for the selected paper; deltas fill the pane; the answer completes it")
    func generate() throws {
        let state = try ScreenFixtures.state(width: 160, height: 40)
        let (asked, effects) = apply(state, .key(.character("f")))
        #expect(effects == [.requestFAQ(job, refresh: false)])
        #expect(asked.selectedFAQ?.phase == .queued(position: 1))
        #expect(asked.focus == .list)
        let answer = FAQAnswer(paperID: job.paperID, version: 1, lang: .en, model: "test-model", promptVersion: FAQPrompt.version,
                               status: .complete, source: .pdf, text: "## Q1\nA B")
        let (streaming, _) = apply(asked, .faqProgress(job, .fetchingText), .faqProgress(job, .streaming(source: .pdf, model: "m")),
                                   .faqProgress(job, .delta("## Q1\n")), .faqProgress(job, .delta("A")))
        #expect(streaming.selectedFAQ?.phase == .streaming)
        #expect(streaming.selectedFAQ?.text == "## Q1\nA")
        #expect(render(streaming).textLines().contains { $0.contains("⟳ m is writing · from the PDF · Esc stops") })
        // Moving on keeps the running job; coming back shows it still going.
        let (moved, moveEffects) = apply(streaming, .key(.character("j")), .faqProgress(job, .delta(" B")))
        #expect(moveEffects == [.markSeen(["2604.21936"]), .loadFAQ(paperID: "2604.21936", version: 1, .en)])
        #expect(moved.faqs[job]?.text == "## Q1\nA B")
        let (back, _) = apply(moved, .key(.character("k")), .faqProgress(job, .finished(answer)))
        #expect(back.selectedFAQ?.phase == .complete)
        #expect(back.status == "FAQ ready (test-model, from the PDF)")
        let (again, none) = apply(back, .key(.character("f")))
        #expect(none.isEmpty)
        #expect(again.status == "this FAQ is cached; F generates it again")
        let (_, regenerate) = apply(back, .key(.character("F")))
        #expect(regenerate == [.requestFAQ(job, refresh: true)])
    }

    @Test("Esc stops a running FAQ instead of going back; the partial text stays")
    func stop() throws {
        let state = try ScreenFixtures.state(width: 160, height: 40)
        let (running, _) = apply(state, .key(.character("f")), .faqProgress(job, .streaming(source: .html, model: "m")),
                                 .faqProgress(job, .delta("half")))
        let (stopping, effects) = apply(running, .key(.escape))
        #expect(effects == [.cancelFAQ(job)])
        #expect(!stopping.wantsQuit)
        let partial = FAQAnswer(paperID: job.paperID, version: 1, lang: .en, model: "m", promptVersion: 1,
                                status: .incomplete, source: .html, text: "half")
        let (stopped, _) = apply(stopping, .faqProgress(job, .stopped(partial: partial)))
        #expect(stopped.selectedFAQ?.phase == .stopped)
        #expect(stopped.selectedFAQ?.text == "half")
        let (_, nothing) = apply(stopped, .key(.escape))
        #expect(nothing.isEmpty)
    }

    @Test("a failure is one sentence in the status line and the pane header")
    func failure() throws {
        let state = try ScreenFixtures.state(width: 160, height: 40)
        let message = "the API key was rejected (401): set OPENAI_API_KEY"
        let (failed, reload) = apply(state, .key(.character("f")), .faqProgress(job, .failed(message: message, partial: nil)),
                                     .faqLoaded(paperID: job.paperID, .en, nil))
        #expect(reload == [.requestFAQ(job, refresh: false), .loadFAQ(paperID: job.paperID, version: 1, .en)])
        #expect(failed.statusIsError)
        #expect(failed.status == "FAQ: " + message)
        #expect(render(failed).textLines().contains { $0.contains("✗ " + message) })
    }

    @Test("a cached answer from another model is shown as such, and f asks the current model")
    func staleAnswer() throws {
        var state = try ScreenFixtures.state(width: 160, height: 40)
        state.faqs[job] = FAQView(phase: .loading)
        let old = FAQAnswer(paperID: job.paperID, version: 1, lang: .en, model: "old-model", promptVersion: FAQPrompt.version,
                            status: .complete, source: .pdf, text: "old text")
        let (shown, _) = apply(state, .faqLoaded(paperID: job.paperID, .en, old))
        #expect(render(shown).textLines().contains { $0.contains("✓ cached, by old-model · f asks test-model anew") })
        let (_, effects) = apply(shown, .key(.character("f")))
        #expect(effects == [.requestFAQ(job, refresh: false)])
    }

    @Test("stopping a regeneration keeps the earlier answer: the pane reloads it from the cache")
    func stopRegeneration() throws {
        let state = try ScreenFixtures.state(width: 160, height: 40)
        let (running, _) = apply(state, .key(.character("F")), .faqProgress(job, .streaming(source: .pdf, model: "m")),
                                 .faqProgress(job, .delta("new")))
        let (stopped, effects) = apply(running, .faqProgress(job, .stopped(partial: nil)))
        #expect(effects == [.loadFAQ(paperID: job.paperID, version: 1, .en)])
        #expect(stopped.selectedFAQ?.phase == .loading)
        let earlier = FAQAnswer(paperID: job.paperID, version: 1, lang: .en, model: "test-model", promptVersion: FAQPrompt.version,
                                status: .complete, source: .pdf, text: "earlier")
        let (reloaded, _) = apply(stopped, .faqLoaded(paperID: job.paperID, .en, earlier))
        #expect(reloaded.selectedFAQ?.text == "earlier")
        #expect(reloaded.selectedFAQ?.phase == .complete)
    }

    @Test("L keeps a running generation of the other language: counted, and found again on the way back")
    func languageKeepsJobs() throws {
        let state = try ScreenFixtures.state(width: 160, height: 40)
        let (running, _) = apply(state, .key(.character("f")), .faqProgress(job, .streaming(source: .pdf, model: "m")),
                                 .faqProgress(job, .delta("part one ")))
        let (chinese, _) = apply(running, .key(.character("L")), .faqProgress(job, .delta("part two")))
        #expect(chinese.activeFAQCount == 1)
        #expect(chinese.faqs[job]?.text == "part one part two")
        let (back, _) = apply(chinese, .key(.character("L")))
        #expect(back.selectedFAQ?.text == "part one part two")
        #expect(back.selectedFAQ?.phase == .streaming)
    }

    @Test("without an LLM configured, f says what to set")
    func unavailable() throws {
        var state = try ScreenFixtures.state(width: 160, height: 40)
        state.faqUnavailable = "no API key for api.openai.com: set OPENAI_API_KEY"
        let (after, effects) = apply(state, .key(.character("f")))
        #expect(effects.isEmpty)
        #expect(after.status == state.faqUnavailable)
    }

    @Test("L switches the language and looks the FAQ up again; other languages' progress is ignored")
    func language() throws {
        let state = try ScreenFixtures.state(width: 160, height: 40)
        let (chinese, effects) = apply(state, .key(.character("L")))
        #expect(chinese.faqLanguage == .zh)
        #expect(effects == [.loadFAQ(paperID: job.paperID, version: 1, .zh)])
        let (ignored, _) = apply(chinese, .faqProgress(job, .delta("english text")))
        #expect(ignored.selectedFAQ?.text.isEmpty != false)
    }

    @Test("a cached answer renders as Markdown, scrolls in its pane, and partial answers say how to finish them")
    func cached() throws {
        var state = try ScreenFixtures.state(width: 160, height: 30)
        state.faqs[job] = FAQView(phase: .loading)
        let text = (1...6).map { "## Q\($0). Question \($0)\n\n**Bold** point and `code`:\n\n- item one\n- item two" }.joined(separator: "\n\n")
        let answer = FAQAnswer(paperID: job.paperID, version: 1, lang: .en, model: "m", promptVersion: 1,
                               status: .incomplete, source: .pdf, text: text, note: "stopped before the end")
        let (shown, _) = apply(state, .faqLoaded(paperID: job.paperID, .en, answer))
        let lines = render(shown).textLines()
        #expect(lines.contains { $0.contains("⚠ incomplete (stopped before the end) · m · F finishes it") })
        #expect(lines.contains { $0.contains("Q1. Question 1") })
        #expect(!lines.contains { $0.contains("**") || $0.contains("## ") })
        #expect(lines.contains { $0.contains("• item one") })
        let (focused, _) = apply(shown, .key(.tab), .key(.tab), .key(.character("G")))
        #expect(focused.focus == .faq)
        #expect(focused.faqScroll > 0)
        #expect(render(focused).textLines().contains { $0.contains("• item two") })
    }
}

@Suite("update: search, open by id, related")
struct SearchUpdateTests {
    @Test("/ searches at each keystroke, the word being typed as a prefix; Esc goes back where you were")
    func searchAsYouType() throws {
        let moved = press(try ScreenFixtures.state(width: 160, height: 40), .character("j"), .character("j")).0
        let (typing, _) = press(moved, .character("/"))
        #expect(typing.input?.kind == .search)
        let (first, effects) = type(typing, "qua")
        #expect(first.source == .search("qua*"))
        #expect(first.cursor == 0)
        #expect(effects.contains(.loadCounts(ListQuery(scope: .search(try SearchQuery(parsing: "qua*"))))))
        let (second, _) = type(first, "ntum ")
        #expect(second.source == .search("quantum"))
        #expect(second.highlightTerms == ["quantum"])
        let (broken, none) = type(second, "\"")
        #expect(broken.source == .search("quantum"))
        #expect(broken.input?.problem != nil)
        #expect(none.isEmpty)
        let (back, backEffects) = press(broken, .escape)
        #expect(back.source == .day)
        #expect(back.input == nil)
        #expect(back.cursor == 2)
        #expect(backEffects.contains { if case .loadCounts(let query) = $0 { query.scope == .day("2026-04-27") } else { false } })
    }

    @Test("Enter goes to the results on the best match, opening and marking nothing; n and N step through the hits; q returns to the day")
    func commit() throws {
        var state = try ScreenFixtures.state(width: 80, height: 24)
        state = press(state, .character("/")).0
        state = type(state, "agent").0
        state = Reader.update(state, .countsLoaded(ListCounts(total: 3, starred: 0, unread: 3))).0
        state = Reader.update(state, .windowLoaded(ListWindow(offset: 0, rows: Array(try ScreenFixtures.papers().prefix(3))))).0
        state.cursor = 2
        let (list, effects) = press(state, .enter)
        #expect(list.input == nil)
        #expect(!list.paperOpen)
        #expect(list.focus == .list)
        #expect(list.cursor == 0)
        #expect(list.source == .search("agent*"))
        #expect(!effects.contains { if case .applyMark = $0 { true } else { false } })
        #expect(list.status == "Enter opens a paper, n/N the next/previous hit, q goes back")
        let opened = press(list, .enter).0
        #expect(opened.paperOpen)
        #expect(press(opened, .character("q")).0.source == .search("agent*"))
        let stepped = press(list, .character("n"), .character("n"), .character("N")).0
        #expect(stepped.cursor == 1)
        #expect(press(list, .character("q")).0.source == .day)
    }

    @Test("while a search is read the last results stay, the title says searching, and a late answer for an older query is dropped")
    func searchReadInBackground() throws {
        var state = try ScreenFixtures.state(width: 160, height: 40)
        state = press(state, .character("/")).0
        state = type(state, "agent").0
        #expect(state.searching)
        #expect(render(state).textLines()[0].contains("searching…"))
        let agent = try #require(state.query)
        let rows = Array(try ScreenFixtures.papers().prefix(3))
        state = Reader.update(state, .countsLoaded(ListCounts(total: 3, starred: 0, unread: 3), query: agent)).0
        state = Reader.update(state, .windowLoaded(ListWindow(offset: 0, rows: rows, query: agent))).0
        #expect(!state.searching)
        #expect(render(state).textLines()[0].contains("3 results"))
        // A further keystroke: the rows of "agent*" stay on screen while "agents" is read.
        let (typed, effects) = type(state, "s ")
        #expect(typed.searching)
        #expect(typed.window.rows.count == 3)
        let agents = try #require(typed.query)
        #expect(effects.contains(.loadCounts(agents)))
        // The older query's counts arriving late change nothing.
        let late = Reader.update(typed, .countsLoaded(ListCounts(total: 99, starred: 0, unread: 99), query: agent)).0
        #expect(late.counts.total == 3)
        #expect(late.searching)
        // Enter while reading closes the input and waits; no results says so when the count comes.
        let waiting = press(typed, .enter).0
        #expect(waiting.input == nil)
        #expect(!waiting.paperOpen)
        // The old rows are shown but not selectable, and moving through them reads nothing.
        #expect(waiting.selected == nil)
        #expect(press(waiting, .character("j"), .character("j")).1.isEmpty)
        #expect(press(waiting, .character("s")).1.isEmpty)
        #expect(render(waiting).textLines().last?.contains("searching…") == true)
        let (none, noneEffects) = Reader.update(waiting, .countsLoaded(ListCounts(total: 0, starred: 0, unread: 0), query: agents))
        #expect(none.status?.hasPrefix("no papers match") == true)
        #expect(none.window.rows.isEmpty)
        #expect(!noneEffects.contains { $0.listQuery == agent })
        // With results, the Enter pressed while reading leaves the best match selected when its rows
        // arrive, opened by nothing.
        let (counted, countedEffects) = Reader.update(waiting, .countsLoaded(ListCounts(total: 2, starred: 0, unread: 2), query: agents))
        #expect(countedEffects.contains(.loadWindow(agents, offset: 0, limit: counted.listRows)))
        let (arrived, arrivedEffects) = Reader.update(counted, .windowLoaded(ListWindow(offset: 0, rows: Array(rows.prefix(2)), query: agents)))
        #expect(arrived.focus == .list)
        #expect(!arrived.paperOpen)
        #expect(arrived.selected?.paper.id == rows[0].paper.id)
        #expect(!arrivedEffects.contains { if case .applyMark = $0 { true } else { false } })
        // A failed read ends the waiting: the status says why, not "searching…" for good.
        let failed = Reader.update(waiting, .failed("the cache is busy")).0
        #expect(!failed.searching)
        #expect(render(failed).textLines().last?.contains("the cache is busy") == true)
    }

    @Test(": opens ids and URLs; what is not one is said in the input line")
    func openByID() throws {
        let state = press(try ScreenFixtures.state(width: 160, height: 40), .character(":")).0
        let (bad, none) = press(type(state, "nonsense").0, .enter)
        #expect(none.isEmpty)
        #expect(bad.input?.problem == "'nonsense' is not a paper reference (expected an arXiv id or URL)")
        let (good, effects) = press(type(state, "https://arxiv.org/abs/2604.21953v1 2604.21935").0, .enter)
        #expect(good.input == nil)
        #expect(effects == [.openPapers(["2604.21953", "2604.21935"])])
        let (shown, loads) = Reader.update(good, .papersOpened(["2604.21953"], label: "opened"))
        #expect(shown.source == .papers(["2604.21953"], label: "opened"))
        #expect(shown.focus == .abstract)
        #expect(loads.contains(.loadCounts(ListQuery(scope: .papers(["2604.21953"])))))
        // Until the counts are read the title does not claim the list is empty.
        #expect(render(shown).textLines()[0].contains("opened · …"))
        let counted = Reader.update(shown, .countsLoaded(ListCounts(total: 0, starred: 0, unread: 0), query: shown.query)).0
        #expect(render(counted).textLines()[0].contains("opened · 0 papers"))
    }

    @Test("= asks for the related papers of the selected one")
    func related() throws {
        let (state, effects) = press(try ScreenFixtures.state(width: 160, height: 40), .character("="))
        #expect(effects == [.loadRelated(paperID: "2604.21935")])
        #expect(state.status?.contains("related") == true)
    }
}

@Suite("update: the window of rows in memory")
struct WindowTests {
    static func rows(_ range: Range<Int>) -> [ListedPaper] {
        range.map { index in
            ListedPaper(paper: Paper(id: String(format: "2604.%05d", index), version: 1, title: "Paper \(index)", authors: ["A"],
                                     abstract: "x", primaryCategory: "cs.AI", categories: ["cs.AI"]), announceDate: "2026-04-27")
        }
    }

    @Test("a fresh list reads only the screen's rows, then the margins in the background; a late window for an earlier position does not blank the screen")
    func screenFirst() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.counts = ListCounts(total: 1000, starred: 0, unread: 1000)
        state.window = .empty
        let (jumped, loads) = Reader.update(state, .jump(to: 900))
        guard case .loadWindow(let query, let offset, let limit)? = loads.first else {
            Issue.record("no window load: \(loads)")
            return
        }
        #expect(offset == jumped.listTop)
        #expect(limit == jumped.listRows)
        let screen = ListWindow(offset: offset, rows: Self.rows(offset..<(offset + limit)), query: query)
        let (shown, prefetch) = Reader.update(jumped, .windowLoaded(screen))
        #expect(shown.window.offset == offset)
        #expect(prefetch.contains { if case .prefetchWindow = $0 { true } else { false } })
        let late = ListWindow(offset: 0, rows: Self.rows(0..<160), query: query)
        let (kept, _) = Reader.update(shown, .windowLoaded(late))
        #expect(kept.window.offset == offset)
    }

    @Test("nearing the edge of the rows held reads the next window in the background, once; stale windows are dropped")
    func prefetch() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.counts = ListCounts(total: 1000, starred: 0, unread: 1000)
        state.window = ListWindow(offset: 0, rows: Self.rows(0..<160), query: state.query)
        var effects: [Effect] = []
        for _ in 0..<130 {
            let (next, more) = Reader.update(state, .key(.character("j")))
            state = next
            effects += more.filter { if case .loadFAQ = $0 { false } else { true } }
        }
        let prefetches = effects.filter { if case .prefetchWindow = $0 { true } else { false } }
        #expect(prefetches.count == 1)
        #expect(!effects.contains { if case .loadWindow = $0 { true } else { false } })
        #expect(state.prefetching)
        let stale = ListWindow(offset: 50, rows: Self.rows(50..<210), query: ListQuery(scope: .day("2020-01-01")))
        let (ignored, _) = Reader.update(state, .windowLoaded(stale))
        #expect(ignored.window.offset == 0)
        let fresh = ListWindow(offset: 50, rows: Self.rows(50..<210), query: state.query)
        let (loaded, again) = Reader.update(state, .windowLoaded(fresh))
        #expect(loaded.window.offset == 50)
        #expect(loaded.selected?.paper.id == "2604.00130")
        // No further read: only the paper now under the cursor is seen.
        #expect(again == [.markSeen(["2604.00130"])])
        // A tall terminal: a centred window asks for no further prefetch.
        var tall = loaded
        tall.height = 100
        tall.window = ListWindow(offset: 70, rows: Self.rows(70..<288), query: tall.query)
        tall.listTop = 130
        tall.prefetching = false
        #expect(Reader.prefetchEffect(&tall) == nil)
    }
}
