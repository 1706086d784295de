import ReaderStore

/// A paper `n` or `p` brought up in the full-width view. It is marked read as Enter would mark it,
/// but only once its row is on screen and the user is still on it with the paper open.
public struct PendingOpen: Sendable, Equatable {
    public var index: Int
    public var query: ListQuery
}
