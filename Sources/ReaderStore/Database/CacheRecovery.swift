import Foundation
import GRDB

/// Rescues a damaged cache without destroying anything: reads what it still can of the user's marks
/// (and the papers they are on), moves the file aside, and starts a new cache holding them. Papers
/// themselves come back with the next sync; the marks are the part nobody can download again.
public enum CacheRecovery {
    public struct Salvage: Sendable {
        public var marks: [Mark] = []
        public var papers: [Paper] = []
        /// Why reading stopped early, when it did.
        public var problem: String?
    }

    /// Reads the marks and the marked papers, row by row, keeping every row read before an error.
    /// Never throws: a file that is not SQLite at all salvages nothing.
    public static func salvage(path: String) -> Salvage {
        var salvage = Salvage()
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let marks = try Row.fetchCursor(db, sql: "SELECT paper_id, starred_at, read_at FROM mark")
                while let row = try marks.next() {
                    guard let id: String = row["paper_id"] else { continue }
                    salvage.marks.append(Mark(paperID: id, starredAt: row["starred_at"], readAt: row["read_at"]))
                }
            }
            try queue.read { db in
                let papers = try Row.fetchCursor(db, sql: "SELECT * FROM paper WHERE id IN (SELECT paper_id FROM mark)")
                while let row = try papers.next() {
                    if let paper = try? Paper(row: row) { salvage.papers.append(paper) }
                }
            }
        } catch {
            salvage.problem = (error as? DatabaseError)?.message ?? String(describing: error)
        }
        return salvage
    }

    /// Renames the cache and its WAL files to `<path>.broken-<stamp>` (the WAL keeps its pairing), so
    /// nothing is deleted. Returns the new path.
    public static func moveAside(path: String, stamp: String) throws(StoreError) -> String {
        let aside = "\(path).broken-\(stamp)"
        let files = FileManager.default
        do {
            try files.moveItem(atPath: path, toPath: aside)
            for suffix in ["-wal", "-shm"] where files.fileExists(atPath: path + suffix) {
                try files.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
        } catch {
            throw .cannotOpen(path: path, reason: "cannot move it aside (\(error.localizedDescription))")
        }
        return aside
    }

    /// Puts salvaged papers and marks into a (new) cache, keeping each mark's original time.
    public static func restore(_ salvage: Salvage, into store: PaperStore) throws(StoreError) {
        _ = try store.savePapers(salvage.papers)
        try store.restoreMarks(salvage.marks)
    }
}

/// The marks file written before a cache is moved aside: a JSON array any tool can read, and that
/// `papers-tui recover --marks FILE` puts back.
public enum MarksFile {
    private struct Entry: Codable {
        let id: String
        let starredAt: Date?
        let readAt: Date?

        enum CodingKeys: String, CodingKey {
            case id
            case starredAt = "starred_at"
            case readAt = "read_at"
        }
    }

    public static func encode(_ marks: [Mark]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(marks.map { Entry(id: $0.paperID, starredAt: $0.starredAt, readAt: $0.readAt) })
    }

    public static func decode(_ data: Data) throws(FeedError) -> [Mark] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode([Entry].self, from: data).map { Mark(paperID: $0.id, starredAt: $0.starredAt, readAt: $0.readAt) }
        } catch {
            throw .malformed(source: "the marks file", detail: "it is not a list of {id, starred_at, read_at}")
        }
    }
}
