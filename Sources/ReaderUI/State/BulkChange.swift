import ReaderStore

/// A change to the read marks of a whole list, kept for `U` to take back.
public struct BulkChange: Sendable, Equatable {
    /// The list it was made on, as it was asked for (with its filters).
    public var query: ListQuery
    public var listName: String
    /// What the store changed: the papers it marked read (those unread before it, not those read
    /// already) and those it made seen, less those the cursor has reached since.
    public var marks: BulkReadChange
    /// Papers the cursor reached while the change was still being written (its marks not known yet).
    public var reachedWhileWriting: Set<String> = []

    public init(query: ListQuery, listName: String, marks: BulkReadChange = BulkReadChange()) {
        self.query = query
        self.listName = listName
        self.marks = marks
    }
}
