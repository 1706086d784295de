import Foundation

/// The user's own marks on a paper. Sync never writes this table.
public struct Mark: Hashable, Sendable {
    public var paperID: String
    public var starredAt: Date?
    public var readAt: Date?
    /// When a list first showed it under the cursor (or it was opened or marked read).
    public var seenAt: Date?
    /// The version it was last seen at, for a starred or read paper: a newer one is news (`v1→v2`).
    public var seenVersion: Int?

    public var isStarred: Bool { starredAt != nil }
    public var isRead: Bool { readAt != nil }
    public var isSeen: Bool { seenAt != nil }

    public init(paperID: String, starredAt: Date? = nil, readAt: Date? = nil, seenAt: Date? = nil, seenVersion: Int? = nil) {
        self.seenVersion = seenVersion
        self.paperID = paperID
        self.starredAt = starredAt
        self.readAt = readAt
        self.seenAt = seenAt
    }
}

public enum MarkChange: String, Sendable, CaseIterable {
    case star, unstar, read, unread
}
