import Foundation
import ReaderStore

/// The reader's logic: `update(state, action) -> (state, effects)`, pure and testable without a terminal.
public enum Reader {
    /// Rows loaded beyond the screen on each side, so that moving rarely waits for the store.
    public static let windowMargin = 60

    /// The effects that fill a fresh state: the counts, whose arrival loads the first window of rows.
    public static func start(_ state: AppState) -> [Effect] {
        guard let query = state.query else { return [] }
        return [.loadCounts(query)]
    }

    public static func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var next = state
        var effects = reduce(&next, action)
        effects += followSelectionFAQ(&next)
        return (next, effects)
    }

    static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            return handle(key, &state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
            if state.layout.isWide { state.paperOpen = false }
            if !state.layout.isWide, !state.paperOpen { state.focus = .list }
            return scrollToCursor(&state)
        case .windowLoaded(let window):
            state.prefetching = false
            if let query = window.query, query != state.query { return [] }
            if state.openWhenLoaded, window.query == state.query, window.offset == 0, !window.rows.isEmpty {
                state.openWhenLoaded = false
                state.window = window
                state.cursor = 0
                return perform(.open, key: .enter, &state) + (prefetchEffect(&state).map { [$0] } ?? [])
            }
            // A window read in the background for where the screen was before a jump must not
            // replace the rows on screen now.
            let shownIsCurrent = state.window.query == nil || state.window.query == state.query
            if window.covers(state.visibleRows) || !shownIsCurrent || !state.window.covers(state.visibleRows) {
                state.window = window
            }
            return prefetchEffect(&state).map { [$0] } ?? []
        case .countsLoaded(let counts, let query):
            if let query, query != state.query { return [] }
            if case .search = state.query?.scope, state.searching {
                state.searching = false
                if counts.total == 0, state.input == nil {
                    state.openWhenLoaded = false
                    setStatus(&state, "no papers match: \(state.keymap.keyName(for: .search)) edits the search, Esc goes back")
                }
            }
            state.counts = counts
            // The last search's rows, kept on screen while this one was read, go with their count.
            if let shown = state.window.query, shown != state.query { state.window = .empty }
            state.cursor = min(state.cursor, max(0, counts.total - 1))
            return scrollToCursor(&state)
        case .dayFound(let day, let before):
            guard let day else {
                setStatus(&state, before ? "no earlier day in the cache" : "no later day in the cache")
                return []
            }
            state.day = day
            return reload(&state)
        case .jump(let index):
            return moveCursor(&state, to: index)
        case .notFound(let message):
            setStatus(&state, message)
            return []
        case .categoriesLoaded(let categories):
            // The day's categories and those chosen first, then the rest of arXiv's taxonomy.
            let chosen = (state.categories?.included ?? []) + (state.categories?.excluded ?? [])
            var known = Array(Set(categories + chosen)).sorted()
            for term in ArxivTaxonomy.categories.map(\.code) where !known.contains(term) { known.append(term) }
            var choices: [String: CategoryChoice] = [:]
            for term in state.categories?.included ?? [] { choices[term] = .include }
            for term in state.categories?.excluded ?? [] { choices[term] = .exclude }
            state.overlay = .categoryPicker(CategoryPicker(categories: known, choices: choices, listed: Set(categories)))
            return []
        case .syncProgress(let text):
            state.sync = .running(text)
            return []
        case .syncFinished(.success(let summary)):
            state.sync = .finished(summary)
            setStatus(&state, summary)
            if state.day == nil { return [.findDay(from: nil, before: true, categories: state.categories)] }
            // New papers shift the rows: the cursor stays on the paper, not on the row number.
            let following = followedPapers(state)
            let effects = reloadKeepingCursor(&state)
            guard let query = state.query, !following.isEmpty else { return effects }
            return effects + [.locate(following, in: query)]
        case .syncFinished(.failure(let failure)):
            state.sync = .failed(failure.message)
            setStatus(&state, failure.message, isError: true)
            return []
        case .editionsLoaded(let editions):
            guard !editions.isEmpty else {
                setStatus(&state, "no venues cached: run `papers-tui venues sync ICLR.2025` or `papers-tui venues import FILE --edition COLM.2025`")
                return []
            }
            state.overlay = .venuePicker(VenuePicker(editions: editions))
            return []
        case .papersOpened(let ids, let label):
            guard !ids.isEmpty else {
                setStatus(&state, "nothing to show for \(label)")
                return []
            }
            saveDayPosition(&state)
            state.source = .papers(ids, label: label)
            // Replaces "fetching … from arXiv…" or "looking for papers related to …": the result is here.
            setStatus(&state, "\(label) · \(ids.count) paper\(ids.count == 1 ? "" : "s")")
            let effects = reload(&state)
            if ids.count == 1 {
                if !state.layout.isWide { state.paperOpen = true }
                state.focus = .abstract
            }
            return effects
        case .faqLoaded(let paperID, let lang, let answer):
            let job = FAQJob(paperID: paperID, lang: lang)
            guard let loading = state.faqs[job], loading.phase == .loading else { return [] }
            var view = FAQView(cached: answer)
            if let failure = loading.failure, answer == nil { view.phase = .failed(failure) }
            state.faqs[job] = view
            return []
        case .faqProgress(let job, let progress):
            return faqProgress(job, progress, &state)
        case .failed(let message):
            state.prefetching = false
            // A search's read that failed is over: the status says why instead of "searching…".
            state.searching = false
            state.openWhenLoaded = false
            // No retry from here: a failing store would fail again at once. The next key reloads.
            setStatus(&state, message, isError: true)
            return []
        }
    }

    // MARK: Keys

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        // The notice hides everything a key could act on: only quitting (and resizing) does anything.
        if state.layout.isTooSmall {
            let command = state.keymap.command(for: key)
            if key == .control("c") || command == .quit || command == .back { state.wantsQuit = true }
            return []
        }
        switch state.overlay {
        case .help:
            return handleHelp(key, &state)
        case .categoryPicker(let picker):
            return handlePicker(key, picker, &state)
        case .venuePicker(let picker):
            return handleVenuePicker(key, picker, &state)
        case nil:
            break
        }
        if state.input != nil { return handleInput(key, &state) }
        state.status = nil
        state.statusIsError = false
        switch key {
        case .mouseClick(let row, let column):
            return click(row: row, column: column, &state)
        case .wheelDown:
            return scroll(&state, by: 3)
        case .wheelUp:
            return scroll(&state, by: -3)
        case .control("c"):
            state.wantsQuit = true
            return []
        default:
            break
        }
        guard let command = state.keymap.command(for: key) else { return [] }
        return perform(command, key: key, &state)
    }

    static func perform(_ command: Command, key: Key, _ state: inout AppState) -> [Effect] {
        let page = max(1, pageSize(state) - 1)
        switch command {
        case .moveDown: return scroll(&state, by: 1)
        case .moveUp: return scroll(&state, by: -1)
        case .pageDown: return scroll(&state, by: page)
        case .pageUp: return scroll(&state, by: -page)
        case .top: return state.focus == .list ? moveCursor(&state, to: 0) : setScroll(&state, 0)
        case .bottom:
            return state.focus == .list ? moveCursor(&state, to: state.counts.total - 1) : setScroll(&state, .max)
        case .cycleFocus:
            let panes: [Pane] = state.layout.isWide ? [.list, .abstract, .faq] : state.paperOpen ? [.abstract, .faq] : [.list]
            let index = panes.firstIndex(of: state.focus) ?? -1
            state.focus = panes[(index + 1) % panes.count]
            return []
        case .open:
            guard let paper = state.selected else { return [] }
            if !state.layout.isWide { state.paperOpen = true }
            state.focus = .abstract
            state.abstractScroll = 0
            guard state.markReadOnOpen, !paper.isRead else { return [] }
            return setMark(&state, read: true)
        case .toggleStar:
            guard let paper = state.selected else { return [] }
            return setMark(&state, starred: !paper.isStarred)
        case .toggleRead:
            guard let paper = state.selected else { return [] }
            return setMark(&state, read: !paper.isRead)
        case .nextUnread, .previousUnread, .previousMatch:
            if case .search = state.source {
                return moveCursor(&state, to: state.cursor + (command == .nextUnread ? 1 : -1))
            }
            guard let query = state.query else { return [] }
            return [.seekUnread(query, from: state.cursor, forward: command == .nextUnread)]
        case .venues:
            if case .venue = state.source { return returnToDay(&state) }
            return [.loadEditions]
        case .toggleVenueOnly:
            state.venueOnly.toggle()
            setStatus(&state, state.venueOnly ? "showing papers a venue lists only (\(state.keymap.keyName(for: .toggleVenueOnly)): show all)" : "showing all papers")
            return reload(&state)
        case .search:
            var text = ""
            if case .search(let current) = state.source { text = current }
            state.input = TextInput(kind: .search, text: text, returnTo: state.source)
            saveDayPosition(&state)
            return []
        case .openReference:
            state.input = TextInput(kind: .open, returnTo: state.source)
            return []
        case .related:
            guard let paper = state.selected?.paper else { return [] }
            setStatus(&state, "looking for papers related to \(paper.id)…")
            return [.loadRelated(paperID: paper.id)]
        case .toggleUnreadOnly:
            state.unreadOnly.toggle()
            setStatus(&state, state.unreadOnly ? "showing unread papers only (\(state.keymap.keyName(for: .toggleUnreadOnly)): show all)" : "showing all papers")
            return reload(&state)
        case .toggleStarredOnly:
            state.starredOnly.toggle()
            setStatus(&state, state.starredOnly ? "showing starred papers only (\(state.keymap.keyName(for: .toggleStarredOnly)): show all)" : "showing all papers")
            return reload(&state)
        case .previousDay, .nextDay:
            return [.findDay(from: state.day, before: command == .previousDay, categories: state.categories)]
        case .categoryPicker:
            return [.loadCategories(day: state.day)]
        case .sync:
            if case .running = state.sync {
                setStatus(&state, "a sync is already running")
                return []
            }
            state.sync = .running("starting")
            return [.startSync(state.categories)]
        case .openPDF, .openAbstractPage, .copyLink:
            guard let paper = state.selected?.paper else { return [] }
            let link = command == .openPDF ? paper.pdfURL : paper.absURL
            let which = command == .openPDF ? "PDF link" : "page link"
            guard !link.isEmpty else {
                setStatus(&state, "this paper has no \(which): its venue's list gave none", isError: true)
                return []
            }
            guard let url = SafeLink.checked(link) else {
                setStatus(&state, "this paper's \(which) is not a plain http(s) address, so it was not "
                    + (command == .copyLink ? "copied" : "opened"), isError: true)
                return []
            }
            setStatus(&state, (command == .copyLink ? "copied " : "opening ") + url)
            return [command == .copyLink ? .copyToClipboard(url) : .openURL(url)]
        case .faq, .regenerateFAQ:
            return requestFAQ(&state, refresh: command == .regenerateFAQ)
        case .faqLanguage:
            state.faqLanguage = state.faqLanguage == .en ? .zh : .en
            state.faqScroll = 0
            setStatus(&state, state.faqLanguage == .en ? "FAQ language: English" : "FAQ language: 中文 (Chinese)")
            return []
        case .stopFAQ:
            return stopFAQ(&state) ?? { setStatus(&state, "no FAQ is being generated for this paper"); return [] }()
        case .help:
            state.overlay = .help
            state.helpScroll = 0
            return []
        case .back:
            if key == .escape, let effects = stopFAQ(&state) { return effects }
            if state.paperOpen {
                state.paperOpen = false
                state.focus = .list
            } else if state.focus != .list {
                state.focus = .list
            } else if state.source != .day {
                return returnToDay(&state)
            } else if key == .escape {
                setStatus(&state, "press \(state.keymap.keyName(for: .back)) to quit")
            } else {
                state.wantsQuit = true
            }
            return []
        case .quit:
            state.wantsQuit = true
            return []
        case .redraw:
            return [.redraw]
        }
    }

    /// Moving keys scroll the help when it is taller than the screen; any other key closes it.
    static func handleHelp(_ key: Key, _ state: inout AppState) -> [Effect] {
        let page = max(1, HelpLayout.bodyRows(state) - 1)
        let delta: Int? = switch key {
        case .wheelDown: 3
        case .wheelUp: -3
        default:
            switch state.keymap.command(for: key) {
            case .moveDown: 1
            case .moveUp: -1
            case .pageDown: page
            case .pageUp: -page
            case .top: -Int.max / 2
            case .bottom: Int.max / 2
            default: nil
            }
        }
        let limit = HelpLayout.maxScroll(state)
        guard let delta, limit > 0 else {
            state.overlay = nil
            state.helpScroll = 0
            return []
        }
        state.helpScroll = max(0, min(state.helpScroll + delta, limit))
        return []
    }

    static func handlePicker(_ key: Key, _ picker: CategoryPicker, _ state: inout AppState) -> [Effect] {
        var picker = picker
        let current = picker.categories.indices.contains(picker.cursor) ? picker.categories[picker.cursor] : nil
        switch key {
        case .character("j"), .down: picker.cursor = min(picker.cursor + 1, max(0, picker.categories.count - 1))
        case .character("k"), .up: picker.cursor = max(picker.cursor - 1, 0)
        case .character("+"): if let current { picker.choices[current] = .include }
        case .character("-"): if let current { picker.choices[current] = .exclude }
        case .character(" "):
            if let current { picker.choices[current] = picker.choices[current, default: .none] == .none ? .include : CategoryChoice.none }
        case .enter:
            state.overlay = nil
            state.categories = picker.expression
            setStatus(&state, "categories: \(picker.expression?.description ?? "all")")
            return reload(&state)
        case .escape, .character("q"), .character("c"):
            state.overlay = nil
            return []
        default:
            return []
        }
        state.overlay = .categoryPicker(picker)
        return []
    }

    // MARK: Movement

    static func pageSize(_ state: AppState) -> Int {
        switch state.focus {
        case .list: state.listRows
        case .abstract: state.layout.abstract?.height ?? state.listRows
        case .faq: state.layout.faq?.height ?? state.listRows
        }
    }

    static func scroll(_ state: inout AppState, by delta: Int) -> [Effect] {
        switch state.focus {
        case .list: return moveCursor(&state, to: state.cursor + delta)
        case .abstract: return setScroll(&state, max(0, state.abstractScroll + delta))
        case .faq: return setScroll(&state, max(0, state.faqScroll + delta))
        }
    }

    /// Scrolls the focused pane, no further than its text goes (`ScrollLimits`).
    static func setScroll(_ state: inout AppState, _ value: Int) -> [Effect] {
        switch state.focus {
        case .abstract: state.abstractScroll = max(0, min(value, state.abstractScrollLimit))
        case .faq: state.faqScroll = max(0, min(value, state.faqScrollLimit))
        case .list: break
        }
        return []
    }

    static func moveCursor(_ state: inout AppState, to index: Int) -> [Effect] {
        let clamped = max(0, min(index, state.counts.total - 1))
        if clamped != state.cursor {
            state.abstractScroll = 0
            state.faqScroll = 0
        }
        state.cursor = clamped
        return scrollToCursor(&state)
    }

    /// Keeps the cursor on screen and the window covering what is on screen.
    static func scrollToCursor(_ state: inout AppState) -> [Effect] {
        let rows = state.listRows
        if state.cursor < state.listTop { state.listTop = state.cursor }
        if state.cursor >= state.listTop + rows { state.listTop = state.cursor - rows + 1 }
        state.listTop = max(0, min(state.listTop, max(0, state.counts.total - rows)))
        if let load = windowEffect(state, force: false) { return [load] }
        return prefetchEffect(&state).map { [$0] } ?? []
    }

    /// When the screen comes within half a margin of the edge of the rows held, the next window is read
    /// in the background, so moving on finds its rows already there. (A freshly centred window is a
    /// whole margin from both edges, so a prefetch never asks for another.)
    static func prefetchEffect(_ state: inout AppState) -> Effect? {
        guard !state.prefetching, !state.searching, let query = state.query, !state.window.rows.isEmpty,
              state.window.query == nil || state.window.query == query else { return nil }
        let rows = state.listRows
        let threshold = windowMargin / 2
        let windowEnd = state.window.offset + state.window.rows.count
        let nearEnd = windowEnd < state.counts.total && windowEnd - (state.listTop + rows) < threshold
        let nearStart = state.window.offset > 0 && state.listTop - state.window.offset < threshold
        guard nearEnd || nearStart else { return nil }
        state.prefetching = true
        let offset = max(0, state.listTop - windowMargin)
        return .prefetchWindow(query, offset: offset, limit: rows + 2 * windowMargin)
    }

    /// The rows on screen, when the rows held do not cover them: only those, so the frame comes at
    /// once (a fresh list, a new filter, a far jump); the margins either side follow in the
    /// background (`prefetchEffect`, which the loaded window's edges trigger).
    static func windowEffect(_ state: AppState, force: Bool) -> Effect? {
        // A search's rows are read after its counts arrive (countsLoaded asks); moving through the
        // last results meanwhile must not queue reads of the new search's rows.
        guard let query = state.query, !state.searching else { return nil }
        let current = state.window.query == nil || state.window.query == query
        if !force, current, state.window.covers(state.visibleRows) { return nil }
        return .loadWindow(query, offset: state.listTop, limit: state.listRows)
    }

    static func click(row: Int, column: Int, _ state: inout AppState) -> [Effect] {
        let layout = state.layout
        if let list = layout.list, row >= list.row, row < list.row + list.height, column < list.column + list.width {
            state.focus = .list
            return moveCursor(&state, to: state.listTop + row - list.row)
        }
        if let abstract = layout.abstract, row >= abstract.row, row < abstract.row + abstract.height,
           column >= abstract.column {
            state.focus = .abstract
        } else if let faq = layout.faq, row >= faq.row, row < faq.row + faq.height, column >= faq.column {
            state.focus = .faq
        }
        return []
    }

    // MARK: Venues

    static func handleVenuePicker(_ key: Key, _ picker: VenuePicker, _ state: inout AppState) -> [Effect] {
        var picker = picker
        let rows = picker.rows
        switch key {
        case .character("j"), .down: picker.cursor = min(picker.cursor + 1, max(0, rows.count - 1))
        case .character("k"), .up: picker.cursor = max(picker.cursor - 1, 0)
        case .enter, .character("l"), .right:
            guard rows.indices.contains(picker.cursor) else { return [] }
            let chosen = rows[picker.cursor].label
            switch picker.level {
            case .venue:
                picker.level = .edition(venue: chosen)
                picker.cursor = 0
            case .edition:
                picker.level = .group(edition: chosen)
                picker.cursor = 0
            case .group(let edition):
                state.overlay = nil
                saveDayPosition(&state)
                state.source = .venue(edition: edition, group: picker.cursor == 0 ? nil : chosen)
                let back = "\(state.keymap.keyName(for: .venues)) or \(state.keymap.keyName(for: .back))"
                setStatus(&state, "\(edition)\(picker.cursor == 0 ? "" : " · " + chosen): \(back) goes back to arXiv")
                return reload(&state)
            }
        case .escape, .backspace, .character("h"), .left:
            switch picker.level {
            case .venue:
                state.overlay = nil
                return []
            case .edition:
                picker.level = .venue
                picker.cursor = 0
            case .group(let edition):
                let venue = picker.editions.first { $0.edition == edition }?.venue ?? ""
                picker.level = .edition(venue: venue)
                picker.cursor = 0
            }
        case .character("q"), .character("v"):
            state.overlay = nil
            return []
        default:
            return []
        }
        state.overlay = .venuePicker(picker)
        return []
    }

    // MARK: Search and opening by id

    static func handleInput(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var input = state.input else { return [] }
        switch key {
        case .escape:
            state.input = nil
            state.status = nil
            if input.kind == .search, state.source != input.returnTo {
                if input.returnTo == .day { return returnToDay(&state) }
                state.source = input.returnTo
                return reload(&state)
            }
            return []
        case .enter:
            return commit(input, &state)
        case .backspace, .control("h"):
            guard !input.text.isEmpty else { return [] }
            input.text.removeLast()
        case .control("u"):
            input.text = ""
        case .character(let character):
            input.text.append(character)
        default:
            return []
        }
        state.input = input
        return input.kind == .search ? searchAsTyped(&state) : []
    }

    /// The list follows the query at each keystroke; a query that does not parse yet keeps the last
    /// results and says why.
    static func searchAsTyped(_ state: inout AppState) -> [Effect] {
        guard var input = state.input else { return [] }
        let text = input.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            input.problem = nil
            state.input = input
            guard state.source != input.returnTo else { return [] }
            if input.returnTo == .day { return returnToDay(&state) }
            state.source = input.returnTo
            return reload(&state)
        }
        let query = typingQuery(input.text)
        do {
            _ = try SearchQuery(parsing: query)
            input.problem = nil
            state.input = input
            guard state.source != .search(query) else { return [] }
            state.source = .search(query)
            return reload(&state)
        } catch {
            input.problem = error.description
            state.input = input
            return []
        }
    }

    /// While typing, the word being typed matches as a prefix from its third letter on (`quant` finds
    /// quantum; shorter prefixes match most of the cache), and a finished word followed by a space
    /// matches whole.
    static func typingQuery(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = text.last, !last.isWhitespace,
              let word = trimmed.split(separator: " ").last, word.count >= 3, word != "OR",
              word.allSatisfy({ $0.isLetter || $0.isNumber }) else { return trimmed }
        return trimmed + "*"
    }

    static func commit(_ input: TextInput, _ state: inout AppState) -> [Effect] {
        switch input.kind {
        case .search:
            if let problem = input.problem {
                setStatus(&state, problem, isError: true)
                return []
            }
            state.input = nil
            guard case .search = state.source else { return [] }
            // The results are still being read: the first is opened when it arrives.
            if state.searching {
                state.openWhenLoaded = true
                return []
            }
            guard state.counts.total > 0 else {
                setStatus(&state, "no papers match: \(state.keymap.keyName(for: .search)) edits the search, Esc goes back")
                return []
            }
            state.cursor = 0
            return perform(.open, key: .enter, &state)
        case .open:
            let (references, unrecognised) = PaperReference.all(in: input.text)
            if let first = unrecognised.first {
                var kept = input
                kept.problem = "'\(first)' is not a paper reference (expected an arXiv id or URL)"
                state.input = kept
                return []
            }
            state.input = nil
            let ids = references.map { reference in
                switch reference {
                case .arxiv(let id): id.value
                case .openReview(let forum): "\(forum)@OpenReview"
                }
            }
            guard !ids.isEmpty else { return [] }
            setStatus(&state, "opening \(ids.joined(separator: ", "))…")
            return [.openPapers(ids)]
        }
    }

    static func saveDayPosition(_ state: inout AppState) {
        if state.source == .day { state.dayPosition = ListPosition(cursor: state.cursor, listTop: state.listTop) }
    }

    /// Back to the announcement day, where the cursor was.
    static func returnToDay(_ state: inout AppState) -> [Effect] {
        state.source = .day
        state.input = nil
        let position = state.dayPosition ?? ListPosition(cursor: 0, listTop: 0)
        state.dayPosition = nil
        state.cursor = position.cursor
        state.listTop = position.listTop
        state.abstractScroll = 0
        state.faqScroll = 0
        return reloadKeepingCursor(&state)
    }

    // MARK: FAQ

    static func requestFAQ(_ state: inout AppState, refresh: Bool) -> [Effect] {
        guard let paper = state.selected?.paper else { return [] }
        if let reason = state.faqUnavailable {
            setStatus(&state, reason, isError: true)
            return []
        }
        let job = FAQJob(paperID: paper.id, lang: state.faqLanguage)
        let view = state.faqs[job]
        if view?.isActive == true {
            setStatus(&state, "the FAQ is already being generated (Esc stops it)")
            return []
        }
        if !refresh, let view, view.phase == .complete, !view.isStale(paperVersion: paper.version, model: state.faqModel) {
            setStatus(&state, "this FAQ is cached; \(state.keymap.keyName(for: .regenerateFAQ)) generates it again")
            return []
        }
        if !state.layout.isWide { state.paperOpen = true }
        state.faqScroll = 0
        var next = view ?? FAQView(phase: .loading)
        next.phase = .queued(position: 1)
        state.faqs[job] = next
        setStatus(&state, "asking \(state.faqModel ?? "the LLM") the six questions…")
        return [.requestFAQ(job, refresh: refresh)]
    }

    /// Stops the selected paper's generation; nil when none is running.
    static func stopFAQ(_ state: inout AppState) -> [Effect]? {
        guard let paper = state.selected?.paper else { return nil }
        let job = FAQJob(paperID: paper.id, lang: state.faqLanguage)
        guard state.faqs[job]?.isActive == true else { return nil }
        setStatus(&state, "stopping the FAQ…")
        return [.cancelFAQ(job)]
    }

    static func faqProgress(_ job: FAQJob, _ progress: FAQProgress, _ state: inout AppState) -> [Effect] {
        var view = state.faqs[job] ?? FAQView(phase: .loading)
        let isShown = state.selected?.paper.id == job.paperID && job.lang == state.faqLanguage
        switch progress {
        case .queued(let position): view.phase = .queued(position: position)
        case .fetchingText: view.phase = .fetchingText
        case .waiting(let seconds, let reason): view.phase = .waiting(seconds: seconds, reason: reason)
        case .streaming(let source, let model):
            view = FAQView(phase: .streaming, source: source, model: model)
        case .delta(let text):
            view.phase = .streaming
            view.text += text
        case .finished(let answer):
            view = FAQView(cached: answer)
            if isShown { setStatus(&state, "FAQ ready (\(answer.model), from \(answer.source.label))") }
        case .failed(let message, let partial):
            if isShown { setStatus(&state, "FAQ: \(message)", isError: true) }
            guard let partial else { return reloadFAQ(job, &state, failure: message) }
            view.text = partial.text
            view.phase = .failed(message)
        case .stopped(let partial):
            guard let partial else {
                if isShown { setStatus(&state, "FAQ stopped") }
                return reloadFAQ(job, &state, failure: nil)
            }
            view.text = partial.text
            view.phase = .stopped
            if isShown { setStatus(&state, "FAQ stopped: the partial answer is kept (\(state.keymap.keyName(for: .regenerateFAQ)) generates it again)") }
        }
        state.faqs[job] = view
        return []
    }

    /// A generation ended without text of its own (stopped while queued, or an earlier answer was
    /// kept): the pane shows what the cache holds, and the failure if there is no answer at all.
    static func reloadFAQ(_ job: FAQJob, _ state: inout AppState, failure: String?) -> [Effect] {
        guard let paper = state.selected?.paper, paper.id == job.paperID, job.lang == state.faqLanguage else {
            state.faqs[job] = nil
            return []
        }
        state.faqs[job] = FAQView(phase: .loading, failure: failure)
        return [.loadFAQ(paperID: job.paperID, version: paper.version, job.lang)]
    }

    /// Keeps the selected paper's FAQ loaded and forgets the FAQs of papers no longer on screen
    /// (unless they are being generated, in any language).
    static func followSelectionFAQ(_ state: inout AppState) -> [Effect] {
        let selected = state.selected?.paper
        let shown = selected.map { FAQJob(paperID: $0.id, lang: state.faqLanguage) }
        if state.faqs.count > 1 || state.faqs.keys.contains(where: { $0 != shown }) {
            state.faqs = state.faqs.filter { $0.key == shown || $0.value.isActive }
        }
        guard let selected, let shown, state.faqs[shown] == nil else { return [] }
        state.faqs[shown] = FAQView(phase: .loading)
        return [.loadFAQ(paperID: selected.id, version: selected.version, state.faqLanguage)]
    }

    // MARK: Marks and reloading

    static func setMark(_ state: inout AppState, starred: Bool? = nil, read: Bool? = nil) -> [Effect] {
        let index = state.cursor - state.window.offset
        guard state.window.rows.indices.contains(index) else { return [] }
        var row = state.window.rows[index]
        var effects: [Effect] = []
        let now = Date()
        if let starred, starred != row.isStarred {
            row.starredAt = starred ? now : nil
            state.counts.starred += starred ? 1 : -1
            effects.append(.applyMark(starred ? .star : .unstar, paperID: row.paper.id))
        }
        if let read, read != row.isRead {
            row.readAt = read ? now : nil
            state.counts.unread += read ? -1 : 1
            effects.append(.applyMark(read ? .read : .unread, paperID: row.paper.id))
        }
        state.window.rows[index] = row
        return effects
    }

    static func reload(_ state: inout AppState) -> [Effect] {
        state.prefetching = false
        state.cursor = 0
        state.listTop = 0
        state.abstractScroll = 0
        // While the next search is read, the last one's results stay on screen instead of a blank list.
        let keepsResults = state.isSearch && state.window.offset == 0
            && state.window.query.map { if case .search = $0.scope { true } else { false } } == true
        state.searching = state.isSearch
        state.openWhenLoaded = false
        if !keepsResults {
            state.window = .empty
            state.counts = ListCounts(total: 0, starred: 0, unread: 0)
        }
        return start(state)
    }

    /// The selected paper and the ones after it in the rows held, nearest first: where the cursor goes
    /// when the list changes under it (the first of them still listed).
    static func followedPapers(_ state: AppState) -> [String] {
        guard state.selected != nil else { return [] }
        let local = state.cursor - state.window.offset
        return state.window.rows[local...].prefix(windowMargin).map(\.paper.id)
    }

    /// Reloads counts and rows (marks or new papers may have changed) without moving the cursor.
    static func reloadKeepingCursor(_ state: inout AppState) -> [Effect] {
        state.window = .empty
        state.searching = state.isSearch
        state.openWhenLoaded = false
        return start(state)
    }

    static func setStatus(_ state: inout AppState, _ message: String, isError: Bool = false) {
        state.status = message
        state.statusIsError = isError
    }
}
