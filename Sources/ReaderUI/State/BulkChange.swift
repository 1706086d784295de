import ReaderStore

/// A change to the read marks of a whole list, kept for `U` to take back.
public struct BulkChange: Sendable, Equatable {
    /// The list it was made on, as it was asked for (with its filters).
    public var query: ListQuery
    public var listName: String
    /// The papers it marked read: those that were unread before it, not those read already.
    public var paperIDs: [String]
}
