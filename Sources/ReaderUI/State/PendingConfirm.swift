import ReaderStore

/// `A` asked "mark all … read? y/n" and waits for the answer: `y` marks the papers of `query`, any
/// other key cancels. The list is the one asked about, whatever the screen shows meanwhile.
public struct PendingConfirm: Sendable, Equatable {
    public var query: ListQuery
    /// How sentences name the list: `2026-04-27 · cs.AI`, `these 12 search results`.
    public var listName: String
    public var question: String
}
