import ReaderStore

/// Moving through the list and scrolling the panes: the cursor, the rows held in memory (a window
/// around the screen, read ahead in the background), and mouse clicks.
extension Reader {
    static func pageSize(_ state: AppState) -> Int {
        switch state.focus {
        case .list: max(1, state.listRows / state.paperLines)
        case .abstract: state.layout.abstract?.height ?? state.listRows
        case .faq: state.layout.faq?.height ?? state.listRows
        }
    }

    static func scroll(_ state: inout AppState, by delta: Int) -> [Effect] {
        switch state.focus {
        case .list:
            let old = state.cursor
            // A page shows the next screenful (as less and mutt do), not the rows just past the last.
            if abs(delta) > 1 { state.listTop = max(0, state.listTop + delta) }
            let effects = moveCursor(&state, to: state.cursor + delta)
            // A page (or the wheel) moves past rows the eye has skimmed; a step of one reaches only the next.
            return abs(delta) > 1 ? markPassedSeen(from: old, &state) + effects : effects
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
        let sections = state.sections
        let total = state.counts.total
        if state.cursor < state.listTop { state.listTop = state.cursor }
        if state.cursor >= state.listTop + rows { state.listTop = state.cursor - rows + 1 }
        // Dividers take rows of their own: the top moves down until the cursor's row is on screen.
        while state.listTop < state.cursor,
              state.cursor >= state.listTop + sections.papersShown(from: state.listTop, rows: rows, total: total) {
            state.listTop += 1
        }
        state.listTop = max(0, min(state.listTop, sections.lastTop(rows: rows, total: total)))
        if let load = windowEffect(state, force: false) {
            guard case .loadWindow(let query, let offset, let limit) = load else { return [load] }
            let request = WindowRequest(query: query, offset: offset, limit: limit)
            if request == state.windowAsked { return [] }
            state.windowAsked = request
            return [load]
        }
        return prefetchEffect(&state).map { [$0] } ?? []
    }

    static func windowLoaded(_ window: ListWindow, _ state: inout AppState) -> [Effect] {
        state.prefetching = false
        if let asked = state.windowAsked, asked.query == window.query, asked.offset == window.offset { state.windowAsked = nil }
        if let query = window.query, query != state.query { return [] }
        // A window read in the background for where the screen was before a jump must not
        // replace the rows on screen now.
        let shownIsCurrent = state.window.query == nil || state.window.query == state.query
        if window.covers(state.visibleRows) || !shownIsCurrent || !state.window.covers(state.visibleRows) {
            state.window = window
        }
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
            let clicked = state.sections.row(atLine: row - list.row, from: state.listTop, rows: list.height,
                                             total: state.counts.total)
            // A click on a divider selects nothing.
            guard case .paper(let index) = clicked else { return [] }
            return moveCursor(&state, to: index)
        }
        if let abstract = layout.abstract, row >= abstract.row, row < abstract.row + abstract.height,
           column >= abstract.column {
            state.focus = .abstract
        } else if let faq = layout.faq, row >= faq.row, row < faq.row + faq.height, column >= faq.column {
            state.focus = .faq
        }
        return []
    }
}
