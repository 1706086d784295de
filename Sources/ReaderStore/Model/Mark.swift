import Foundation

/// The user's own marks on a paper. Sync never writes this table.
public struct Mark: Hashable, Sendable {
    public var paperID: String
    public var starredAt: Date?
    public var readAt: Date?

    public var isStarred: Bool { starredAt != nil }
    public var isRead: Bool { readAt != nil }
}

public enum MarkChange: String, Sendable, CaseIterable {
    case star, unstar, read, unread
}
