import Foundation
import GRDB

/// What one read of a device's log did.
public struct LibraryMergeCounts: Equatable, Sendable {
    /// Changes that were later than what this cache held, and are now its marks.
    public var applied = 0
    /// Changes already known here or older than this cache's own.
    public var unchanged = 0
    /// Lines that are not a change papers-tui can read (not JSON, a field malformed).
    public var malformed = 0
    /// Lines from a later papers-tui, left for it.
    public var laterFormat = 0
    /// Changes dated more than a day ahead of this machine's clock, taken as a day ahead.
    public var clampedClocks = 0
    /// Lines in this device's own log that this cache did not write: the cache was copied or restored.
    public var foreignOwnLines = 0

    public init() {}

    public static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.applied += rhs.applied
        sum.unchanged += rhs.unchanged
        sum.malformed += rhs.malformed
        sum.laterFormat += rhs.laterFormat
        sum.clampedClocks += rhs.clampedClocks
        sum.foreignOwnLines += rhs.foreignOwnLines
        return sum
    }
}

extension LibraryMergeCounts {
    /// One sentence per kind of line that was not applied as it stood.
    public var warnings: [String] {
        var warnings: [String] = []
        if malformed > 0 {
            warnings.append("\(malformed) line\(malformed == 1 ? " is" : "s are") not a change papers-tui can read and \(malformed == 1 ? "was" : "were") skipped")
        }
        if laterFormat > 0 {
            warnings.append("\(laterFormat) line\(laterFormat == 1 ? " was" : "s were") written by a newer papers-tui and skipped: update papers-tui on this machine")
        }
        if clampedClocks > 0 {
            warnings.append("\(clampedClocks) change\(clampedClocks == 1 ? " is" : "s are") dated more than a day ahead of this machine's clock and \(clampedClocks == 1 ? "was" : "were") taken as a day ahead: check the other machine's clock")
        }
        return warnings
    }
}

extension PaperStore {
    /// How far ahead of this machine's clock another device's change may be dated.
    static let libraryMaximumSkewMilliseconds: Int64 = 86_400_000
    /// A merge this long reports how far it is every so many lines.
    static let libraryProgressEvery = 10_000

    /// This cache's device id in the library, or nil before the library is first used.
    public func libraryDevice() throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT device FROM library_device") }
    }

    /// Makes this cache a device of the library (once): a new device id, and every mark it holds queued
    /// for the log, each dated by its own time so that a later change on another device wins over it.
    /// Returns the device id.
    @discardableResult
    public func enableLibrary() throws(StoreError) -> String {
        try write { db in
            if let device = try String.fetchOne(db, sql: "SELECT device FROM library_device") { return device }
            let device = Self.newDeviceID()
            try db.execute(sql: "INSERT INTO library_device (id, device, clock) VALUES (1, ?, \(LibrarySchema.nowMilliseconds))",
                           arguments: [device])
            try Self.queueEveryMark(device: device, in: db)
            return device
        }
    }

    /// Queues every mark as a change of this device dated by the mark's time.
    private static func queueEveryMark(device: String, in db: Database) throws {
        for (field, column) in LibrarySchema.fields {
            let version = field == .seen ? "seen_version" : "NULL"
            let clock = "CAST((julianday(\(column)) - 2440587.5) * 86400000 AS INTEGER)"
            try db.execute(sql: """
                INSERT INTO library_outbox (paper_id, field, value, version, clock)
                    SELECT paper_id, '\(field.rawValue)', \(column), \(version), \(clock) FROM mark
                     WHERE \(column) IS NOT NULL ORDER BY paper_id;
                INSERT OR REPLACE INTO library_clock (paper_id, field, clock, device)
                    SELECT paper_id, '\(field.rawValue)', \(clock), ? FROM mark WHERE \(column) IS NOT NULL;
                """, arguments: [device])
        }
        try NoteVersions.queueEveryNote(device: device, in: db)
        let tagClock = "CAST((julianday(added_at) - 2440587.5) * 86400000 AS INTEGER)"
        try db.execute(sql: """
            INSERT INTO library_outbox (paper_id, field, value, version, clock)
                SELECT paper_id, 'tag:' || name, added_at, NULL, \(tagClock) FROM tag ORDER BY paper_id, name;
            INSERT OR REPLACE INTO library_clock (paper_id, field, clock, device)
                SELECT paper_id, 'tag:' || name, \(tagClock), ? FROM tag;
            """, arguments: [device])
        try db.execute(sql: "UPDATE library_device SET clock = MAX(clock, COALESCE((SELECT MAX(clock) FROM library_outbox), 0))")
    }

    static func newDeviceID() -> String {
        "d" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(15)
    }

    /// arXiv papers that carry a mark, a note or a tag (from another machine, or given before a sync)
    /// but are not in the cache, at most `limit`, newest ids first; and how many there are in all.
    public func libraryPapersNotCached(limit: Int) throws(StoreError) -> (ids: [String], total: Int) {
        try read { db in
            let named = """
                SELECT paper_id FROM mark UNION SELECT paper_id FROM note UNION SELECT paper_id FROM tag
                """
            let missing = "SELECT paper_id FROM (\(named)) WHERE paper_id NOT IN (SELECT id FROM paper)"
            let ids = try String.fetchAll(db, sql: missing + " ORDER BY paper_id DESC").filter(Paper.isArxiv(id:))
            return (Array(ids.prefix(limit)), ids.count)
        }
    }

    /// Changes made here and not yet in the log.
    public func pendingLibraryChanges() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM library_outbox") ?? 0 }
    }

    /// Appends the changes made here to this device's log in `folder`, then forgets them, in one
    /// transaction holding the write lock: two processes on this cache never write the same change
    /// twice, and a change is forgotten only once its line is on the disk. Returns how many.
    public func writeLibraryLog(to folder: URL) throws -> Int {
        try libraryWrite { db -> Int in
            guard let device = try String.fetchOne(db, sql: "SELECT device FROM library_device") else { return 0 }
            let rows = try Row.fetchAll(db, sql: "SELECT seq, paper_id, field, value, version, clock, bases FROM library_outbox ORDER BY seq")
            guard let last = rows.last else { return 0 }
            let lines = rows.compactMap { row -> String? in
                let stored: String = row["field"]
                let tag = stored.hasPrefix("tag:") ? String(stored.dropFirst(4)) : nil
                guard let field = tag == nil ? LibraryField(rawValue: stored) : .tag else { return nil }
                let bases = (row["bases"] as String?).flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) }
                return LibraryEvent(device: device, clock: row["clock"], seq: row["seq"], paperID: row["paper_id"], field: field,
                                    value: row["value"], version: row["version"], bases: LibraryClock.list(bases) ?? [], tag: tag).line
            }
            let file = folder.appendingPathComponent(LibraryLogFile.name(device: device))
            try LibraryLogFile.append(lines, to: file)
            try db.execute(sql: "DELETE FROM library_outbox WHERE seq <= ?", arguments: [last["seq"] as Int64])
            let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int64) ?? 0
            try Self.setCursor(file: file.lastPathComponent, offset: size, in: db)
            return rows.count
        }
    }

    /// Where the log named `file` was read to.
    public func libraryCursor(file: String) throws(StoreError) -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT offset FROM library_cursor WHERE file = ?", arguments: [file]) ?? 0 }
    }

    private static func setCursor(file: String, offset: Int64, in db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO library_cursor (file, offset) VALUES (?, ?)", arguments: [file, offset])
    }

    /// Applies the lines of one device's log read up to `end`, and notes `end` as read, all at once:
    /// killed halfway, nothing of it is kept and the next read starts over at the same line. `file`
    /// nil (an import) notes no cursor. Lines of this device's own log that are still queued here are
    /// a write that was cut off before it was forgotten: they are forgotten now.
    public func applyLibraryLines(_ lines: [Substring], file: String?, end: Int64, now: Date = Date(),
                                  progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> LibraryMergeCounts {
        let nowMilliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        return try libraryWrite { db -> LibraryMergeCounts in
            guard let device = try String.fetchOne(db, sql: "SELECT device FROM library_device") else { return LibraryMergeCounts() }
            var counts = LibraryMergeCounts()
            try db.execute(sql: "UPDATE library_device SET applying = 1")
            var latest: Int64 = 0
            for (index, line) in lines.enumerated() {
                if let progress, index % Self.libraryProgressEvery == 0, index > 0 { progress(index, lines.count) }
                let event: LibraryEvent
                switch LibraryEvent.parse(line) {
                case .success(let parsed): event = parsed
                case .failure(.malformed): counts.malformed += 1; continue
                case .failure(.laterFormat): counts.laterFormat += 1; continue
                }
                var clamped = event
                if clamped.clock > nowMilliseconds + Self.libraryMaximumSkewMilliseconds {
                    clamped.clock = nowMilliseconds + Self.libraryMaximumSkewMilliseconds
                    counts.clampedClocks += 1
                }
                if event.device == device {
                    let queued = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM library_outbox WHERE seq = ? AND clock = ?)"),
                                                   arguments: [event.seq, event.clock]) ?? false
                    if queued {
                        try db.cachedStatement(sql: "DELETE FROM library_outbox WHERE seq = ?").execute(arguments: [event.seq])
                        counts.unchanged += 1
                        continue
                    }
                    counts.foreignOwnLines += 1
                }
                latest = max(latest, clamped.clock)
                if try Self.apply(clamped, in: db) { counts.applied += 1 } else { counts.unchanged += 1 }
            }
            try db.execute(sql: "UPDATE library_device SET applying = 0, clock = MAX(clock, ?)", arguments: [latest])
            if let file { try Self.setCursor(file: file, offset: end, in: db) }
            return counts
        }
    }

    /// Applies one change when it is later than the latest this cache holds for its paper and field.
    private static func apply(_ event: LibraryEvent, in db: Database) throws -> Bool {
        if event.field == .note { return try NoteVersions.apply(event, in: db) }
        let current = try Row.fetchOne(db.cachedStatement(sql: "SELECT clock, device FROM library_clock WHERE paper_id = ? AND field = ?"),
                                       arguments: [event.paperID, event.clockField])
        if let current, !event.isLater(thanClock: current["clock"], device: current["device"]) { return false }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO library_clock (paper_id, field, clock, device) VALUES (?, ?, ?, ?)")
            .execute(arguments: [event.paperID, event.clockField, event.clock, event.device])
        if event.field == .tag, let name = event.tag {
            if let value = event.value {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO tag (paper_id, name, added_at) VALUES (?, ?, ?)")
                    .execute(arguments: [event.paperID, name, value])
            } else {
                try db.cachedStatement(sql: "DELETE FROM tag WHERE paper_id = ? AND name = ?").execute(arguments: [event.paperID, name])
            }
            return true
        }
        guard let column = LibrarySchema.fields.first(where: { $0.field == event.field })?.column else { return false }
        let versionColumn = event.field == .seen ? ", seen_version" : ""
        let versionValue = event.field == .seen ? ", ?" : ""
        let versionUpdate = event.field == .seen ? ", seen_version = excluded.seen_version" : ""
        var arguments: StatementArguments = [event.paperID, event.value]
        if event.field == .seen { arguments += [event.version] }
        try db.cachedStatement(sql: """
            INSERT INTO mark (paper_id, \(column)\(versionColumn)) VALUES (?, ?\(versionValue))
            ON CONFLICT(paper_id) DO UPDATE SET \(column) = excluded.\(column)\(versionUpdate)
            """).execute(arguments: arguments)
        try db.cachedStatement(sql: Mark.deleteIfEmpty).execute(arguments: [event.paperID])
        return true
    }

    /// Every mark as the library knows it, as changes (the latest of each paper and field), for an
    /// export: read by `library import` on another machine as if it were a device's log.
    public func libraryState() throws(StoreError) -> [LibraryEvent] {
        try read { db in
            let device = try String.fetchOne(db, sql: "SELECT device FROM library_device") ?? "export"
            var events: [LibraryEvent] = []
            for (field, column) in LibrarySchema.fields {
                let version = field == .seen ? "m.seen_version" : "NULL"
                let rows = try Row.fetchAll(db, sql: """
                    SELECT k.paper_id AS paper_id, m.\(column) AS value, \(version) AS version,
                           COALESCE(c.clock, CAST((julianday(m.\(column)) - 2440587.5) * 86400000 AS INTEGER)) AS clock,
                           COALESCE(c.device, ?) AS device
                      FROM (SELECT paper_id FROM mark WHERE \(column) IS NOT NULL
                            UNION SELECT paper_id FROM library_clock WHERE field = ?) AS k
                      LEFT JOIN mark AS m ON m.paper_id = k.paper_id
                      LEFT JOIN library_clock AS c ON c.paper_id = k.paper_id AND c.field = ?
                     ORDER BY k.paper_id
                    """, arguments: [device, field.rawValue, field.rawValue])
                for row in rows {
                    events.append(LibraryEvent(device: row["device"], clock: row["clock"] ?? 0, seq: 0, paperID: row["paper_id"],
                                               field: field, value: row["value"], version: row["version"]))
                }
            }
            events += try NoteVersions.all(in: db)
            let tags = try Row.fetchAll(db, sql: """
                SELECT k.paper_id AS paper_id, k.field AS field, t.added_at AS value,
                       COALESCE(c.clock, CAST((julianday(t.added_at) - 2440587.5) * 86400000 AS INTEGER)) AS clock,
                       COALESCE(c.device, ?) AS device
                  FROM (SELECT paper_id, 'tag:' || name AS field FROM tag
                        UNION SELECT paper_id, field FROM library_clock WHERE field LIKE 'tag:%') AS k
                  LEFT JOIN tag AS t ON t.paper_id = k.paper_id AND 'tag:' || t.name = k.field
                  LEFT JOIN library_clock AS c ON c.paper_id = k.paper_id AND c.field = k.field
                 ORDER BY k.paper_id, k.field
                """, arguments: [device])
            for row in tags {
                let field: String = row["field"]
                events.append(LibraryEvent(device: row["device"], clock: row["clock"] ?? 0, seq: 0, paperID: row["paper_id"],
                                           field: .tag, value: row["value"], tag: String(field.dropFirst(4))))
            }
            return events
        }
    }

    /// A new device id for this cache, for a cache whose id another copy also writes with. Its log
    /// from now on is a new file; the old one is read like any other device's.
    public func renewLibraryDevice() throws(StoreError) -> String {
        try write { db in
            let device = Self.newDeviceID()
            try db.execute(sql: "UPDATE library_device SET device = ?", arguments: [device])
            return device
        }
    }

    /// A write that is not noted as this process's own: marks applied from other devices must reach
    /// a reader of this process as news, as another process's would.
    private func libraryWrite<T: Sendable>(_ work: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try pool.write(work)
        } catch let error as LibraryError {
            throw error
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
