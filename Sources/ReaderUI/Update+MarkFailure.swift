import Foundation
import ReaderStore

extension Reader {
    /// Undoes a mark shown before it was written, when the write failed: the row (if it is held) and
    /// the counts go back to what the cache holds.
    static func takeBack(_ change: MarkChange, paperID: String, _ state: inout AppState) {
        guard let index = state.window.rows.firstIndex(where: { $0.paper.id == paperID }) else { return }
        let row = state.window.rows[index]
        switch change {
        case .star where row.isStarred:
            state.window.rows[index].starredAt = nil
            state.counts.starred -= 1
        case .unstar where !row.isStarred:
            state.window.rows[index].starredAt = Date()
            state.counts.starred += 1
        case .read where row.isRead:
            state.window.rows[index].readAt = nil
            state.counts.unread += 1
        case .unread where !row.isRead:
            state.window.rows[index].readAt = Date()
            state.counts.unread -= 1
        default:
            break
        }
    }
}
