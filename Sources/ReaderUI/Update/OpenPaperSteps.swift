import ReaderStore

/// `n` and `p` in the full-width paper view: the next (previous) unread paper takes the open one's
/// place, at its top, and is marked read as Enter marks it. The mark waits until that paper's row
/// is on screen, and is dropped if the user has closed the paper or moved on by then: a paper the
/// user never reached is never marked read.
extension Reader {
    static func stepInOpenPaper(forward: Bool, _ state: inout AppState) -> [Effect] {
        guard let query = state.query else { return [] }
        // In a search, n and p step through the hits, read or not.
        if case .search = state.source {
            let target = state.cursor + (forward ? 1 : -1)
            guard target >= 0, target < state.counts.total else { return [] }
            return openInPlace(at: target, of: query, &state)
        }
        return [.seekUnreadToOpen(query, from: state.cursor, forward: forward)]
    }

    /// Where `seekUnreadToOpen` found the paper.
    static func openUnread(at index: Int, in query: ListQuery, _ state: inout AppState) -> [Effect] {
        // Another list by now: the index is not one of its rows.
        guard query == state.query else { return [] }
        // Closed meanwhile: the cursor goes there, as n in the list does, and nothing opens.
        guard state.paperOpen else { return moveCursor(&state, to: index) }
        return openInPlace(at: index, of: query, &state)
    }

    private static func openInPlace(at index: Int, of query: ListQuery, _ state: inout AppState) -> [Effect] {
        let effects = moveCursor(&state, to: index)
        state.abstractScroll = 0
        state.faqScroll = 0
        state.opening = PendingOpen(index: state.cursor, query: query)
        return effects
    }

    /// After every action: the paper `n`/`p` brought up is marked read once its row is held, if it is
    /// still the one open.
    static func markOpenedPaperRead(_ state: inout AppState) -> [Effect] {
        guard let opening = state.opening else { return [] }
        guard state.paperOpen, state.cursor == opening.index, state.query == opening.query else {
            state.opening = nil
            return []
        }
        // Its row is still being read, or the cursor is on its way to a paper followed.
        guard !state.locating, let paper = state.selected else { return [] }
        state.opening = nil
        guard state.markReadOnOpen, !paper.isRead else { return [] }
        return setMark(&state, read: true)
    }
}
