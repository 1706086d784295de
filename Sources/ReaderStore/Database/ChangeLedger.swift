import Foundation
import GRDB

/// What this process knows of `change_count` (bumped by any process's change to a listing, a mark or
/// a venue membership): the count its own writes left, so that a count read later which differs from
/// it is another process's doing.
final class ChangeLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var known: Int64?

    static func count(_ db: Database) -> Int64? {
        try? Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM change_count WHERE subject = 'lists'"))
    }

    /// A write of this process moved the count from `before` to `after`. When the count was not what
    /// this process last knew, another process changed something in between: `known` stays behind, so
    /// the next look reports it.
    func recordOwn(before: Int64?, after: Int64?) {
        lock.withLock {
            if known == nil || known == before { known = after }
        }
    }

    /// Notes `count` as known; true when it is news (another process changed something since). The
    /// count only grows, and this process's own write notes its count before it commits: a smaller
    /// count read meanwhile is that write not yet visible, not news.
    func isNews(_ count: Int64?) -> Bool {
        lock.withLock {
            guard let count else { return false }
            guard let last = known else {
                known = count
                return false
            }
            known = max(last, count)
            return count > last
        }
    }
}
