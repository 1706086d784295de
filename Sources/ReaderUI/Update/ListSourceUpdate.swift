import ReaderStore

/// Changing what the list shows (the day, a search, opened papers, a venue) and reading it again:
/// the cursor and scroll start over, or stay where they were when coming back to the day.
extension Reader {
    static func reload(_ state: inout AppState) -> [Effect] {
        state.locating = false
        state.followed = []
        state.resume = nil
        state.prefetching = false
        state.cursor = 0
        state.listTop = 0
        state.abstractScroll = 0
        // While the next search is read, the last one's results stay on screen instead of a blank list.
        let keepsResults = state.isSearch && state.window.offset == 0
            && state.window.query.map { if case .search = $0.scope { true } else { false } } == true
        state.searching = state.isSearch
        state.windowAsked = nil
        if !keepsResults {
            state.window = .empty
            state.counts = ListCounts(total: 0, starred: 0, unread: 0)
            state.counting = state.query != nil
        }
        let latestRanking: [Effect] = state.sort == .relevance && !state.isSearch ? [.takeLatestRanking] : []
        return latestRanking + start(state, afresh: !keepsResults) + checkRankingIfSorted(state)
    }

    /// Reloads counts and rows (marks or new papers may have changed) without moving the cursor.
    static func reloadKeepingCursor(_ state: inout AppState) -> [Effect] {
        state.window = .empty
        state.windowAsked = nil
        state.searching = state.isSearch
        return start(state)
    }

    /// Shows `source` from its top; the day, and the inbox or venue list a search began in, come back
    /// where their cursor was.
    static func show(_ source: ListSource, _ state: inout AppState) -> [Effect] {
        if source == .day { return returnToDay(&state) }
        if let outer = state.outerList, outer.source == source { return returnToOuterList(outer, &state) }
        state.source = source
        return reload(&state)
    }

    /// Keeps the cursor of the list being left for another: the day's, or the inbox's or a venue's
    /// (a search or opened papers leave the one kept before them as it is).
    static func saveDayPosition(_ state: inout AppState) {
        let position = ListPosition(cursor: state.cursor, listTop: state.listTop)
        switch state.source {
        case .day: state.dayPosition = position
        case .inbox, .venue: state.outerList = OuterList(source: state.source, position: position)
        case .search, .papers: break
        }
    }

    /// Back from a search or opened papers: to the inbox or venue list they began in, else the day.
    static func back(from state: inout AppState) -> [Effect] {
        if let outer = state.outerList, outer.source != state.source { return returnToOuterList(outer, &state) }
        return returnToDay(&state)
    }

    private static func returnToOuterList(_ outer: OuterList, _ state: inout AppState) -> [Effect] {
        state.source = outer.source
        state.outerList = nil
        state.input = nil
        state.cursor = outer.position.cursor
        state.listTop = outer.position.listTop
        state.abstractScroll = 0
        state.faqScroll = 0
        return reloadKeepingCursor(&state)
    }

    /// Back to the announcement day, where the cursor was.
    static func returnToDay(_ state: inout AppState) -> [Effect] {
        state.source = .day
        state.outerList = nil
        state.input = nil
        let position = state.dayPosition ?? ListPosition(cursor: 0, listTop: 0)
        state.dayPosition = nil
        state.cursor = position.cursor
        state.listTop = position.listTop
        state.abstractScroll = 0
        state.faqScroll = 0
        return reloadKeepingCursor(&state)
    }

    /// Papers opened by id (`:`) or related to one (`=`); a single paper opens at once.
    static func showPapers(_ ids: [String], label: String, _ state: inout AppState) -> [Effect] {
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
        } else {
            // Several papers (related ones, say) are a list to choose from, even when asked for from the
            // full-width paper.
            state.paperOpen = false
            state.focus = .list
        }
        return effects
    }

    /// The selected paper and the ones after it in the rows held, nearest first: where the cursor goes
    /// when the list changes under it (the first of them still listed).
    static func followedPapers(_ state: AppState) -> [String] {
        // An empty list (a filter that left nothing) follows the paper selected before it.
        guard state.selected != nil else { return state.locating ? state.followed : state.lastSelected.map { [$0] } ?? [] }
        let local = state.cursor - state.window.offset
        return state.window.rows[local...].prefix(windowMargin).map(\.paper.id)
    }

    /// Reads the list again (new papers, marks made elsewhere, a filter) with the cursor following the
    /// paper it was on, or the nearest one after it still listed, never the row number.
    static func reloadFollowingSelection(_ state: inout AppState, following: [String]? = nil) -> [Effect] {
        let following = following ?? followedPapers(state)
        let effects = reloadKeepingCursor(&state)
        guard let query = state.query, !following.isEmpty else { return effects }
        state.locating = true
        state.followed = following
        return effects + [.locate(following, in: query)]
    }

    /// The cursor reaches the paper followed; when the list holds none of them it stays where it is
    /// (a resumed list goes back to the row it was left on).
    static func located(_ index: Int?, _ state: inout AppState) -> [Effect] {
        guard state.locating else { return [] }
        state.locating = false
        state.followed = []
        let resumed = state.resume
        state.resume = nil
        if let index { return moveCursor(&state, to: index) }
        guard let resumed else { return [] }
        // The inbox holds only papers not seen: the one left under the cursor was seen, and the row it
        // was on now holds a later paper. Where you left off is the first paper not seen yet.
        if case .inbox = state.source {
            setStatus(&state, "back in the inbox, at the oldest paper not seen yet")
            return moveCursor(&state, to: 0)
        }
        return moveCursor(&state, to: resumed.cursor)
    }
}
