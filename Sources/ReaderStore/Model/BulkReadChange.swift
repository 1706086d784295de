import Foundation

/// What marking a whole list read changed (`PaperStore.markAllRead`): exactly what
/// `PaperStore.undoMarkAllRead` takes back, and no more.
public struct BulkReadChange: Sendable, Equatable {
    /// A seen mark as it was before the change made the paper seen.
    public struct PriorSeen: Sendable, Equatable {
        /// Nil: the paper had never been seen.
        public var seenAt: Date?
        public var seenVersion: Int?

        public init(seenAt: Date?, seenVersion: Int?) {
            self.seenAt = seenAt
            self.seenVersion = seenVersion
        }
    }

    /// The papers it marked read (those unread before), in the list's order.
    public var readIDs: [String]
    /// The papers it made seen (never seen, or seen at an older version), each with its seen mark before.
    public var madeSeen: [String: PriorSeen]
    /// The time it wrote, as read and seen time.
    public var date: Date

    public init(readIDs: [String] = [], madeSeen: [String: PriorSeen] = [:], date: Date = Date()) {
        self.readIDs = readIDs
        self.madeSeen = madeSeen
        self.date = date
    }

    /// Papers seen since by the user: their seen mark is no longer the change's to take back.
    public mutating func keepSeen<S: Sequence<String>>(_ ids: S) {
        for id in ids { madeSeen[id] = nil }
    }
}
