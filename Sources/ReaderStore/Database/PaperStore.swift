import Foundation
import GRDB

/// The one entry point to the cache file: opens it (WAL, busy timeout), brings its schema up to date,
/// and hands out the read and write paths. Everything else in the app reaches SQLite through this.
public final class PaperStore: Sendable {
    let pool: DatabasePool
    public let path: String
    /// The file could only be opened for reading: browsing works, marks and syncs report read-only.
    public let isReadOnly: Bool
    /// The last day's list, kept while nothing changes it.
    let dayLists = DayListCache()
    let listScores = ListScoreMemo()
    /// The change count this process's own writes left, for `ChangeWatch`.
    let changeLedger = ChangeLedger()

    /// Opens (creating if needed) the cache at `path`. `onUpgrade` is called before a cache written by
    /// an earlier version is brought up to date, which can take seconds on a large one. A write waits
    /// up to `busyTimeout` seconds for another process's write to end.
    public init(path: String, busyTimeout: TimeInterval = 10, onUpgrade: () -> Void = {}) throws(StoreError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw ErrorCauses.shared.noted(
                    StoreError.cannotOpen(path: path, reason: "cannot create its folder (\(error.localizedDescription))"), causedBy: error)
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            db.add(function: ExactPhrase.sqlFunction)
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            isReadOnly = false
        } catch {
            guard Self.cannotWrite(path) else { throw StoreError.from(error, path: path) }
            pool = try Self.openReadOnly(path: path, configuration: configuration)
            isReadOnly = true
        }
        try migrate(onUpgrade: onUpgrade)
    }

    /// True when the file exists but neither it nor its folder (where the WAL files live) can be
    /// written: a read-only file system, or a file the user may only read.
    private static func cannotWrite(_ path: String) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        return FileManager.default.fileExists(atPath: path)
            && (access(path, W_OK) != 0 || access(directory.isEmpty ? "." : directory, W_OK) != 0)
    }

    /// Opens a cache that cannot be written for reading only: as a plain read-only connection when
    /// SQLite can read its WAL (the WAL index exists, or the folder takes one), else as an immutable
    /// file, which SQLite reads without any WAL. That is only right when no WAL holds changes, so a
    /// cache with a non-empty WAL on a read-only disk is refused rather than shown without them.
    private static func openReadOnly(path: String, configuration: Configuration) throws(StoreError) -> DatabasePool {
        var readOnly = configuration
        readOnly.readonly = true
        readOnly.prepareDatabase { db in try Migrations.readAsCurrent(db) }
        if let pool = try? DatabasePool(path: path, configuration: readOnly) { return pool }
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard walSize == 0 else { throw .readOnly(path: path) }
        let escaped = path.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "?", with: "%3f").replacingOccurrences(of: "#", with: "%23")
        do {
            // A URI filename: Debian's and Ubuntu's SQLite are built with SQLITE_USE_URI.
            return try DatabasePool(path: "file:\(escaped)?immutable=1", configuration: readOnly)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    private func migrate(onUpgrade: () -> Void) throws(StoreError) {
        let migrator = Migrations.migrator
        do {
            // One read answers every question, and an up-to-date cache (every start but the first
            // after an upgrade) needs no migrator write at all.
            let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
            let known = migrator.migrations
            if applied.contains(where: { !known.contains($0) }) { throw StoreError.newerSchema(path: path) }
            let pending = Set(known).subtracting(applied)
            if pending.isEmpty { return }
            if isReadOnly {
                if pending.isSubset(of: Migrations.optionalForReading) { return }
                throw StoreError.readOnly(path: path)
            }
            if !applied.isEmpty { onUpgrade() }
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    func read<T: Sendable>(_ work: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(work) } catch { throw StoreError.from(error, path: path) }
    }

    func write<T: Sendable>(_ work: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write { db in
                let before = ChangeLedger.count(db)
                let result = try work(db)
                changeLedger.recordOwn(before: before, after: ChangeLedger.count(db))
                return result
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Runs `work` with the writer set for long runs of large transactions (an import):
    /// - a 64 MB page cache instead of 2 MB, and a checkpoint every 40 MB of WAL instead of 4 MB, so
    ///   that pages written again by the next batch are neither read back nor copied each time
    ///   (100,000 papers in 5.5 s instead of 6.0 s);
    /// - the full-text index merging its segments 8 at a time instead of 4, so each term is rewritten
    ///   less often: 2.7 M papers in 160 s instead of 189 s (16 at a time: 201 s). Searching the
    ///   result was no slower in the sqlite3 shell. The default (4) comes back after, and later writes
    ///   merge on; an import killed before it ends leaves 8, which only means fewer, larger merges.
    public func withBulkWriteSettings<T>(_ work: () throws -> T) throws -> T {
        try write { db in
            try db.execute(sql: """
                PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000;
                INSERT INTO paper_fts(paper_fts, rank) VALUES('automerge', 8)
                """)
        }
        defer {
            try? write { db in
                try db.execute(sql: """
                    PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000;
                    INSERT INTO paper_fts(paper_fts, rank) VALUES('automerge', 4)
                    """)
            }
        }
        return try work()
    }

    /// Runs SQLite's own consistency check; "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}
