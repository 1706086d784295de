import Foundation
import GRDB

/// Rescues a damaged cache without destroying anything: reads what it still can of the user's marks
/// (and the papers they are on), moves the file aside, and starts a new cache holding them. Papers
/// themselves come back with the next sync; the marks are the part nobody can download again.
public enum CacheRecovery {
    /// What a look at the cache, read-only, found.
    public enum Health: Sendable, Equatable {
        case sound
        case newer
        /// Not SQLite, or SQLite reporting damage; the words say what.
        case damaged(String)
    }

    /// Examines the cache without writing to it (a damaged file must not be written before its marks
    /// are saved). An error that says nothing about damage (no permission, a busy file) is thrown.
    public static func health(path: String) throws(StoreError) -> Health {
        do {
            let queue = try readOnlyQueue(path)
            if try queue.read({ db in try Migrations.migrator.hasBeenSuperseded(db) }) { return .newer }
            let verdict = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
            return verdict == "ok" ? .sound : .damaged(verdict)
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode.primaryResultCode) {
            return .damaged(error.message ?? "\(error.resultCode)")
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Reads the user's marks, row by row, keeping every row read before an error and every row whose
    /// times are damaged (a star with an unreadable time is still a star). Never throws: a file that is
    /// not SQLite at all gives no marks and the reason.
    public static func salvageMarks(path: String) -> (marks: [Mark], problem: String?) {
        var marks: [Mark] = []
        do {
            try readOnlyQueue(path).read { db in
                // Every column, so that a cache from before seen marks or dismissals (no seen_at, no dismissed_at) is read as well.
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM mark")
                while let row = try rows.next() {
                    guard let id = String.fromDatabaseValue(row["paper_id"]) else { continue }
                    let starred = time(row["starred_at"])
                    let read = time(row["read_at"])
                    let seen = row.hasColumn("seen_at") ? time(row["seen_at"]) : nil
                    let version = row.hasColumn("seen_version") ? Int.fromDatabaseValue(row["seen_version"]) : nil
                    let dismissed = row.hasColumn("dismissed_at") ? time(row["dismissed_at"]) : nil
                    let mark = Mark(paperID: id, starredAt: starred, readAt: read, seenAt: seen, seenVersion: version,
                                    dismissedAt: dismissed)
                    if !mark.isEmpty { marks.append(mark) }
                }
            }
            return (marks, nil)
        } catch {
            return (marks, (error as? DatabaseError)?.message ?? String(describing: error))
        }
    }

    /// The stored papers the marks are on, skipping any row too damaged to read.
    public static func salvagePapers(path: String, for marks: [Mark]) -> [Paper] {
        var papers: [Paper] = []
        let wanted = Set(marks.map(\.paperID))
        try? readOnlyQueue(path).read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM paper")
            while let row = try rows.next() {
                guard let id = String.fromDatabaseValue(row["id"]), wanted.contains(id), isReadable(row) else { continue }
                papers.append(try Paper(row: row))
            }
        }
        return papers
    }

    /// A mark's time as stored, or now for a value that is there but unreadable.
    private static func time(_ value: DatabaseValue) -> Date? {
        if value.isNull { return nil }
        return Date.fromDatabaseValue(value) ?? Date()
    }

    /// True when `Paper(row:)` can read the row: GRDB stops the process on a value of the wrong type.
    private static func isReadable(_ row: Row) -> Bool {
        func text(_ column: String, optional: Bool = false) -> Bool {
            guard row.hasColumn(column) else { return optional }
            let value: DatabaseValue = row[column]
            return (optional && value.isNull) || String.fromDatabaseValue(value) != nil
        }
        func date(_ column: String) -> Bool {
            let value: DatabaseValue = row[column]
            return value.isNull || Date.fromDatabaseValue(value) != nil
        }
        return ["id", "title", "authors", "abstract", "primary_category", "categories"].allSatisfy { text($0) }
            && ["comments", "journal_ref", "doi", "link_url", "pdf_link"].allSatisfy { text($0, optional: true) }
            && Int.fromDatabaseValue(row["version"]) != nil && date("published") && date("updated")
    }

    private static func readOnlyQueue(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Renames the cache and its WAL files to `<path>.broken-<stamp>` (the WAL keeps its pairing), so
    /// nothing is deleted. The WAL files go first: a WAL left beside a missing cache would be deleted
    /// by the next open. A failure puts back what had moved. Returns the new path.
    public static func moveAside(path: String, stamp: String) throws(StoreError) -> String {
        let aside = "\(path).broken-\(stamp)"
        let files = FileManager.default
        var moved: [(from: String, to: String)] = []
        do {
            for suffix in ["-wal", "-shm", ""] where files.fileExists(atPath: path + suffix) {
                try files.moveItem(atPath: path + suffix, toPath: aside + suffix)
                moved.append((path + suffix, aside + suffix))
            }
        } catch {
            for move in moved.reversed() { try? files.moveItem(atPath: move.to, toPath: move.from) }
            throw ErrorCauses.shared.noted(
                StoreError.cannotOpen(path: path, reason: "cannot move it aside (\(error.localizedDescription)); it was left where it is"),
                causedBy: error)
        }
        return aside
    }

    /// Puts salvaged papers and marks into a (new) cache, keeping each mark's original time.
    public static func restore(marks: [Mark], papers: [Paper], into store: PaperStore) throws(StoreError) {
        _ = try store.savePapers(papers)
        try store.restoreMarks(marks)
    }
}
