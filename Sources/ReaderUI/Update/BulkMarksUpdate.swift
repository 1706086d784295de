import Foundation
import ReaderStore

/// `A` marks every paper of the list read, once `y` answers its question; `U` puts back the papers
/// the last one marked. The rows held show the change at once; the list is read again once the
/// store has written it (or failed to, which leaves the file as it was).
extension Reader {
    static func askToMarkAllRead(_ state: inout AppState) -> [Effect] {
        guard let query = state.query, !bulkWriteIsRunning(&state) else { return [] }
        if state.searching || state.counts.isPartial {
            let what = state.searching ? "the search is still being read" : "the list is still being counted"
            setStatus(&state, "\(what): \(state.keymap.keyName(for: .markAllRead)) once it is shown")
            return []
        }
        let name = listName(state)
        let counts = state.counts
        guard counts.total > 0 else {
            setStatus(&state, "nothing to mark read: \(name) holds no papers")
            return []
        }
        // A search counts no further than its limit: unread papers may lie beyond it.
        let countedAll = !state.isSearch || counts.total <= PaperStore.searchCountLimit
        if countedAll, counts.unread == 0 {
            setStatus(&state, "every paper of \(name) is read already")
            return []
        }
        state.confirm = PendingConfirm(query: query, listName: name, question: question(state))
        return []
    }

    /// The key that answers `A`'s question: `y` marks, anything else cancels.
    static func answer(_ confirm: PendingConfirm, key: Key, _ state: inout AppState) -> [Effect] {
        state.confirm = nil
        guard key == .character("y") || key == .character("Y") else {
            setStatus(&state, "cancelled: no paper of \(confirm.listName) was marked read")
            return []
        }
        state.bulkWriting = BulkChange(query: confirm.query, listName: confirm.listName, paperIDs: [])
        if state.query == confirm.query {
            let now = Date()
            for index in state.window.rows.indices where !state.window.rows[index].isRead {
                state.window.rows[index].readAt = now
                if state.window.rows[index].seenAt == nil { state.window.rows[index].seenAt = now }
            }
            state.counts.unread = 0
        }
        setStatus(&state, "marking the papers of \(confirm.listName) read…")
        return [.markAllRead(confirm.query)]
    }

    static func undoMarkAllRead(_ state: inout AppState) -> [Effect] {
        guard !bulkWriteIsRunning(&state) else { return [] }
        guard let change = state.lastBulkChange else {
            let keymap = state.keymap
            setStatus(&state, "nothing to undo: \(keymap.keyName(for: .markAllRead)) marks a whole list read, "
                + "\(keymap.keyName(for: .undoMarkAllRead)) then puts it back")
            return []
        }
        state.bulkWriting = change
        let ids = Set(change.paperIDs)
        for index in state.window.rows.indices where ids.contains(state.window.rows[index].paper.id) {
            state.window.rows[index].readAt = nil
        }
        // Only the list it was made on is known to hold every one of them.
        if state.query == change.query { state.counts.unread = min(state.counts.total, state.counts.unread + ids.count) }
        setStatus(&state, "putting \(papers(ids.count)) of \(change.listName) back as unread…")
        return [.markUnread(change.paperIDs)]
    }

    static func bulkMarked(_ ids: [String], undo: Bool, _ state: inout AppState) -> [Effect] {
        guard let writing = state.bulkWriting else { return reloadFollowingSelection(&state) }
        let name = writing.listName
        state.bulkWriting = nil
        if undo {
            state.lastBulkChange = nil
            setStatus(&state, "put \(papers(ids.count)) of \(name) back as unread")
        } else if ids.isEmpty {
            setStatus(&state, "every paper of \(name) was read already: nothing changed")
        } else {
            state.lastBulkChange = BulkChange(query: writing.query, listName: name, paperIDs: ids)
            setStatus(&state, "marked \(papers(ids.count)) of \(name) read (\(state.keymap.keyName(for: .undoMarkAllRead)) puts them back)")
        }
        return reloadFollowingSelection(&state)
    }

    /// Nothing was written: the list read again shows the marks as they are.
    static func bulkMarkFailed(_ message: String, _ state: inout AppState) -> [Effect] {
        state.bulkWriting = nil
        setStatus(&state, message, isError: true)
        return reloadFollowingSelection(&state)
    }

    /// One bulk change at a time: the undo must know what the change before it marked.
    private static func bulkWriteIsRunning(_ state: inout AppState) -> Bool {
        guard let writing = state.bulkWriting else { return false }
        setStatus(&state, "still writing the marks of \(writing.listName): a moment")
        return true
    }

    /// `mark all 301 papers of 2026-04-27 · cs.AI read? y/n`, `mark these 12 search results read? y/n`.
    static func question(_ state: AppState) -> String {
        let total = state.counts.total
        let filters = [(state.unreadOnly, "unread"), (state.starredOnly, "starred"), (state.venueOnly && state.source == .day, "venue")]
            .filter(\.0).map { $0.1 + " " }.joined()
        let shown = "\(filters)paper\(total == 1 ? "" : "s")"
        switch state.source {
        case .search:
            let count = total > PaperStore.searchCountLimit ? "\(PaperStore.searchCountLimit)+" : "\(total)"
            return total == 1 ? "mark this search result read? y/n" : "mark these \(count) search results read? y/n"
        case .papers(_, let label):
            return "mark \(total == 1 ? "this" : "these \(total)") \(shown) (\(label)) read? y/n"
        case .day, .venue, .inbox:
            return "mark \(total == 1 ? "the 1" : "all \(total)") \(shown) of \(listName(state)) read? y/n"
        }
    }

    /// How sentences name the list on screen, after "of".
    static func listName(_ state: AppState) -> String {
        switch state.source {
        case .day: "\(state.day ?? "no day") · \(state.categories?.description ?? "all categories")"
        case .search(let text): "the search \"\(text)\""
        case .papers(_, let label): "the papers \(label)"
        case .venue(let edition, let group): "\(edition) · \(group ?? "all groups")"
        case .inbox: "the inbox"
        }
    }

    private static func papers(_ count: Int) -> String { "\(count) paper\(count == 1 ? "" : "s")" }
}
