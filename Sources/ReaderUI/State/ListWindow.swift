import ReaderStore

/// The rows of the list currently held in memory: a window around what is on screen.
public struct ListWindow: Sendable, Equatable {
    public var offset: Int
    public var rows: [ListedPaper]
    /// The list the rows belong to: rows read in the background for a list no longer shown are dropped.
    public var query: ListQuery?

    public init(offset: Int, rows: [ListedPaper], query: ListQuery? = nil) {
        self.offset = offset
        self.rows = rows
        self.query = query
    }

    public static let empty = ListWindow(offset: 0, rows: [])

    public func row(_ index: Int) -> ListedPaper? {
        let local = index - offset
        return rows.indices.contains(local) ? rows[local] : nil
    }

    public func covers(_ range: Range<Int>) -> Bool {
        range.isEmpty || (range.lowerBound >= offset && range.upperBound <= offset + rows.count)
    }
}

/// A read of rows asked for: which list, from where, how many.
struct WindowRequest: Equatable {
    let query: ListQuery
    let offset: Int
    let limit: Int
}
