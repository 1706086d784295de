import Foundation
import ReaderStore

/// How a star or a read mark is applied: at once to the row and the counts on screen, and as an
/// effect that writes it to the store.
extension Reader {
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
}
