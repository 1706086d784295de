import Foundation
import ReaderStore

/// Seen: a paper is seen once the cursor has reached it, or a page key has moved past it (opening
/// and marking read reach it too). The row and the title's count show it at once; the write is an
/// effect. It never changes read or star, and nothing in the reader takes it back but `U`, and only
/// from papers `A` made seen that the cursor has not reached since. A starred or read paper
/// announced again with a new version is seen again when the cursor reaches it (its `v1→v2` has
/// then been seen).
extension Reader {
    /// The paper under the cursor, once it is the list's own: not while a line is being typed (a
    /// search as you type puts every first hit under the cursor for an instant), nor while the
    /// cursor is on its way to a paper being followed (the row under it is a stranger).
    static func markSelectionSeen(_ state: inout AppState) -> [Effect] {
        guard state.input == nil, !state.locating, state.selected != nil else { return [] }
        return markSeen(state.cursor...state.cursor, &state)
    }

    /// The rows a page key or the wheel moved the cursor past, from where it was to where it is.
    static func markPassedSeen(from old: Int, _ state: inout AppState) -> [Effect] {
        guard state.input == nil, !state.locating, state.selected != nil, old != state.cursor else { return [] }
        return markSeen(min(old, state.cursor)...max(old, state.cursor), &state)
    }

    private static func markSeen(_ indexes: ClosedRange<Int>, _ state: inout AppState) -> [Effect] {
        var ids: [String] = []
        var reached: [String] = []
        let now = Date()
        defer {
            state.lastBulkChange?.marks.keepSeen(reached)
            state.bulkWriting?.reachedWhileWriting.formUnion(reached)
        }
        for index in indexes {
            let local = index - state.window.offset
            guard state.window.rows.indices.contains(local) else { continue }
            let row = state.window.rows[local]
            reached.append(row.paper.id)
            guard !row.isSeen || row.isChanged else { continue }
            if !row.isSeen { state.counts.seen += 1 }
            state.window.rows[local].seenAt = row.seenAt ?? now
            state.window.rows[local].seenVersion = row.paper.version
            ids.append(row.paper.id)
        }
        return ids.isEmpty ? [] : [.markSeen(ids)]
    }
}
