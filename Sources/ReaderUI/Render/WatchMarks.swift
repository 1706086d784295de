import ReaderStore

/// The watches a paper matches, found once per paper and watch list: rows are drawn on every frame,
/// and matching keywords reads the whole abstract.
enum WatchMarks {
    private struct Key: Hashable {
        let id: String
        let version: Int
        let watches: WatchList
    }

    private static let memo = RenderMemo<Key, [Watch]>(capacity: 4_096)

    static func matches(_ paper: Paper, _ watches: WatchList) -> [Watch] {
        guard !watches.isEmpty else { return [] }
        return memo.value(for: Key(id: paper.id, version: paper.version, watches: watches)) { watches.matches(paper) }
    }

    /// `◆` where the row's number ends, for a watched paper; the space otherwise.
    static func mark(_ paper: Paper, _ watches: WatchList) -> String {
        matches(paper, watches).isEmpty ? " " : "◆"
    }
}
