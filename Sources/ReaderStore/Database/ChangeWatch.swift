import Foundation
import GRDB

/// Tells a reader when another process (a second reader, `papers-tui star`, a sync) changed lists or
/// marks. SQLite's `data_version` changes when another connection has committed, and costs nothing
/// to ask, so no table is polled; only then is `change_count` read, and compared with what this
/// process's own writes left (`ChangeLedger`). One connection of its own, since `data_version` only
/// means something compared with its own earlier value.
public final class ChangeWatch: @unchecked Sendable {
    private let connection: DatabaseQueue
    private let ledger: ChangeLedger
    private let lock = NSLock()
    private var lastVersion: Int64?

    init(path: String, ledger: ChangeLedger) throws {
        var configuration = Configuration()
        configuration.readonly = true
        connection = try DatabaseQueue(path: path, configuration: configuration)
        self.ledger = ledger
        _ = try check()
    }

    /// True when lists or marks changed by another process since the last call.
    public func check() throws -> Bool {
        try lock.withLock {
            let (version, count) = try connection.read { db -> (Int64?, Int64?) in
                let version = try Int64.fetchOne(db, sql: "PRAGMA data_version")
                return (version, version == lastVersion ? nil : ChangeLedger.count(db))
            }
            guard version != lastVersion else { return false }
            let first = lastVersion == nil
            lastVersion = version
            return ledger.isNews(count) && !first
        }
    }
}

extension PaperStore {
    /// A watch on other processes' changes, or nil when the cache cannot change under us (opened as
    /// an immutable file) or a second connection cannot be opened.
    public func makeChangeWatch() -> ChangeWatch? {
        try? ChangeWatch(path: path, ledger: changeLedger)
    }
}
