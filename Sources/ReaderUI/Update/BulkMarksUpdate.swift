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
        state.bulkWriting = BulkChange(query: confirm.query, listName: confirm.listName)
        if state.query == confirm.query {
            let now = Date()
            state.window.rows = state.window.rows.map { $0.markedAllRead(at: now) }
            // Every paper it marks read is seen after; those read before were seen when they were read.
            state.counts.unread = 0
            state.counts.seen = state.counts.total
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
        let marks = change.marks
        let markedRead = Set(marks.readIDs)
        state.window.rows = state.window.rows.map { $0.puttingBack(marks, markedRead: markedRead) }
        // Only the list it was made on is known to hold every one of them.
        if state.query == change.query {
            let unseen = marks.madeSeen.values.filter { $0.seenAt == nil }.count
            state.counts.unread = min(state.counts.total, state.counts.unread + markedRead.count)
            state.counts.seen = max(0, state.counts.seen - unseen)
        }
        setStatus(&state, "putting \(papers(markedRead.count)) of \(change.listName) back as unread…")
        return [.undoMarkAllRead(marks)]
    }

    static func bulkMarked(_ change: BulkReadChange, undo: Bool, _ state: inout AppState) -> [Effect] {
        guard let writing = state.bulkWriting else { return reloadFollowingSelection(&state) }
        let name = writing.listName
        let count = change.readIDs.count
        state.bulkWriting = nil
        if undo {
            state.lastBulkChange = nil
            setStatus(&state, "put \(papers(count)) of \(name) back as unread")
        } else if change.readIDs.isEmpty {
            setStatus(&state, "every paper of \(name) was read already: nothing changed")
        } else {
            var marks = change
            marks.keepSeen(writing.reachedWhileWriting)
            state.lastBulkChange = BulkChange(query: writing.query, listName: name, marks: marks)
            setStatus(&state, "marked \(papers(count)) of \(name) read (\(state.keymap.keyName(for: .undoMarkAllRead)) puts them back)")
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
