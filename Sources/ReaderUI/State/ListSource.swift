import Foundation

/// What the list shows: the announcement day, a search's results, or papers opened by id or related
/// to a paper.
public enum ListSource: Sendable, Equatable {
    case day
    /// The text of a query that parses.
    case search(String)
    case papers([String], label: String)
    /// A conference edition (`ICLR.2025`), one group or all.
    case venue(edition: String, group: String?)
    /// Every paper not seen when the inbox was opened, from the last days' lists, oldest day first.
    case inbox(since: Date)

    /// The text of a search; nil for the other lists.
    public var searchText: String? {
        if case .search(let text) = self { return text }
        return nil
    }
}

/// The cursor and scroll of the day's list, kept while a search or an opened list is shown.
public struct ListPosition: Sendable, Equatable {
    public var cursor: Int
    public var listTop: Int

    public init(cursor: Int, listTop: Int) {
        self.cursor = cursor
        self.listTop = listTop
    }
}

/// A list that others are opened from (the inbox, a venue's list), kept with its cursor while they
/// are shown.
public struct OuterList: Sendable, Equatable {
    public var source: ListSource
    public var position: ListPosition
}
