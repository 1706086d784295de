import Foundation
import ReaderStore

/// How a star or a read mark is applied: at once to the row and the counts on screen, and as an
/// effect that writes it to the store; and how it is taken back when that write fails.
extension Reader {
    static func setMark(_ state: inout AppState, starred: Bool? = nil, read: Bool? = nil, dismissed: Bool? = nil) -> [Effect] {
        let index = state.cursor - state.window.offset
        guard state.window.rows.indices.contains(index) else { return [] }
        let paperID = state.window.rows[index].paper.id
        let changes = [starred.map { $0 ? MarkChange.star : .unstar }, read.map { $0 ? MarkChange.read : .unread },
                       dismissed.map { $0 ? MarkChange.dismiss : .undismiss }]
        var effects: [Effect] = changes.compactMap { change in
            guard let change, show(change, rowAt: index, &state) else { return nil }
            return .applyMark(change, paperID: paperID)
        }
        if changes.contains(where: { $0.map { state.queryAsFiltered?.leaves(after: $0) ?? false } ?? false }) {
            effects += keepHere(paperID, &state)
        }
        return effects
    }

    /// A paper whose new mark its list's filters leave out stays in the list, at its row, until the
    /// list is left. The rows held are the same with it kept, and the counts are read again as kept.
    private static func keepHere(_ paperID: String, _ state: inout AppState) -> [Effect] {
        guard let filtered = state.queryAsFiltered else { return [] }
        let shown = state.query
        if state.markedHere.list != filtered { state.markedHere = PapersMarkedHere(list: filtered) }
        guard state.markedHere.ids.insert(paperID).inserted, let kept = state.query else { return [] }
        if state.window.query == shown { state.window.query = kept }
        setStatus(&state, "\(paperID) stays here until you leave this list, though its filter now leaves it out")
        return [.loadWholeCounts(kept)]
    }

    /// Another process changed the cache: in a list filtered on stars, read or seen marks, the paper
    /// under the cursor stays in it whatever its marks became there, so that the next key acts on it
    /// and not on the paper that would have slid under the cursor.
    static func keepSelectedHereOnOutsideChange(_ state: inout AppState) {
        guard let filtered = state.queryAsFiltered, filtered.onlyStarred || filtered.onlyUnread || filtered.onlyUnseen,
              let paperID = state.selected?.paper.id else { return }
        if state.markedHere.list != filtered { state.markedHere = PapersMarkedHere(list: filtered) }
        state.markedHere.ids.insert(paperID)
    }

    /// The papers kept after their marks are let go once the list they were marked in is left.
    static func forgetMarkedHereOnceLeft(_ state: inout AppState) {
        guard let list = state.markedHere.list, list != state.queryAsFiltered else { return }
        state.markedHere = PapersMarkedHere()
    }

    /// Undoes a mark shown before it was written, when the write failed: the row (if it is held) and
    /// the counts go back to what the cache holds.
    static func takeBack(_ change: MarkChange, paperID: String, _ state: inout AppState) {
        guard let index = state.window.rows.firstIndex(where: { $0.paper.id == paperID }) else { return }
        _ = show(change.undone, rowAt: index, &state)
    }

    /// Shows the change on a held row and in the counts; false when the row already showed it.
    private static func show(_ change: MarkChange, rowAt index: Int, _ state: inout AppState) -> Bool {
        let row = state.window.rows[index]
        let changed = row.applying(change)
        guard changed != row else { return false }
        if changed.isStarred != row.isStarred { state.counts.starred += changed.isStarred ? 1 : -1 }
        if changed.isRead != row.isRead { state.counts.unread += changed.isRead ? -1 : 1 }
        // The row stays (greyed) until the list's own counts come and the list is read without it.
        if changed.isDismissed != row.isDismissed { state.counts.dismissed += changed.isDismissed ? 1 : -1 }
        state.window.rows[index] = changed
        return true
    }
}

extension MarkChange {
    /// The change that puts this one back.
    var undone: MarkChange {
        switch self {
        case .star: .unstar
        case .unstar: .star
        case .read: .unread
        case .unread: .read
        case .dismiss: .undismiss
        case .undismiss: .dismiss
        }
    }
}

extension ListedPaper {
    /// The row as it is once `change` is made (a star already given keeps its time).
    func applying(_ change: MarkChange, at date: Date = Date()) -> ListedPaper {
        var row = self
        switch change {
        case .star: row.starredAt = row.starredAt ?? date
        case .unstar: row.starredAt = nil
        case .read: row.readAt = row.readAt ?? date
        case .unread: row.readAt = nil
        case .dismiss: row.dismissedAt = row.dismissedAt ?? date
        case .undismiss: row.dismissedAt = nil
        }
        return row
    }
}

extension ListedPaper {
    /// The row once `A` has marked its list read, as the store marks it: an unread paper is read, and
    /// seen at its version unless it was seen there already.
    func markedAllRead(at date: Date) -> ListedPaper {
        guard !isRead else { return self }
        var row = self
        row.readAt = date
        if row.seenAt == nil || (row.seenVersion ?? .min) < row.paper.version {
            row.seenAt = date
            row.seenVersion = row.paper.version
        }
        return row
    }

    /// The row once `U` has taken back what `A` changed on it: unread again if `A` marked it read, its
    /// seen mark as before if `A` made it seen.
    func puttingBack(_ change: BulkReadChange, markedRead: Set<String>) -> ListedPaper {
        var row = self
        if markedRead.contains(paper.id) { row.readAt = nil }
        if let prior = change.madeSeen[paper.id] {
            row.seenAt = prior.seenAt
            row.seenVersion = prior.seenVersion
        }
        return row
    }
}
