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
    /// When it was marked "not interested": lists leave it out until they are asked to show it.
    public var dismissedAt: Date?

    public var isStarred: Bool { starredAt != nil }
    public var isRead: Bool { readAt != nil }
    public var isSeen: Bool { seenAt != nil }
    public var isDismissed: Bool { dismissedAt != nil }
    /// Holds any mark at all (a row without one is not kept).
    public var isEmpty: Bool { !isStarred && !isRead && !isSeen && !isDismissed }

    public init(paperID: String, starredAt: Date? = nil, readAt: Date? = nil, seenAt: Date? = nil, seenVersion: Int? = nil,
                dismissedAt: Date? = nil) {
        self.seenVersion = seenVersion
        self.paperID = paperID
        self.starredAt = starredAt
        self.readAt = readAt
        self.seenAt = seenAt
        self.dismissedAt = dismissedAt
    }
}

public enum MarkChange: String, Sendable, CaseIterable {
    case star, unstar, read, unread, dismiss, undismiss
}
