import Foundation
import GRDB

/// The one entry point to the cache file: opens it (WAL, busy timeout), brings its schema up to date,
/// and hands out the read and write paths. Everything else in the app reaches SQLite through this.
public final class PaperStore: Sendable {
    let pool: DatabasePool
    public let path: String

    /// Opens (creating if needed) the cache at `path`.
    public init(path: String) throws(StoreError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create its folder (\(error.localizedDescription))")
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.from(error, path: path)
        }
        try migrate()
    }

    private func migrate() throws(StoreError) {
        let migrator = Migrations.migrator
        do {
            let superseded = try pool.read { db in try migrator.hasBeenSuperseded(db) }
            if superseded { throw StoreError.newerSchema(path: path) }
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
        do { return try pool.write(work) } catch { throw StoreError.from(error, path: path) }
    }

    /// Runs SQLite's own consistency check; "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}
