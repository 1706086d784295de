import Foundation
import GRDB

/// A tag's name as papers-tui keeps it: lower case letters, digits and `- _ . /`, 1 to 40 of them.
public enum TagName {
    public static let maximumLength = 40

    /// The name as kept (lower-cased, a leading `#` dropped), or nil when it cannot be a tag.
    public static func normalized(_ text: String) -> String? {
        var name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if name.hasPrefix("#") { name.removeFirst() }
        return isValid(name) ? name : nil
    }

    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.count <= maximumLength && name.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic && !$0.properties.isUppercase) || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0)
        }
    }
}

/// A tag in use, with how many papers carry it.
public struct TagCount: Hashable, Sendable {
    public var name: String
    public var papers: Int
}

extension PaperStore {
    /// The paper's tags, in name order (none on a cache older than tags opened read-only).
    public func tags(for id: String) throws(StoreError) -> [String] {
        try read { db in
            guard try db.tableExists("tag") else { return [] }
            return try String.fetchAll(db, sql: "SELECT name FROM tag WHERE paper_id = ? ORDER BY name", arguments: [id])
        }
    }

    /// Every tag in use, with its papers, the most used first (for completion and `tag --list`).
    public func allTags() throws(StoreError) -> [TagCount] {
        try read { db in
            guard try db.tableExists("tag") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT name, COUNT(*) AS papers FROM tag GROUP BY name ORDER BY papers DESC, name")
                .map { TagCount(name: $0["name"], papers: $0["papers"]) }
        }
    }

    /// Every tagged paper's tags, for the list's rows (a few hundred rows, read once and after changes).
    public func paperTags() throws(StoreError) -> [String: [String]] {
        try read { db in
            guard try db.tableExists("tag") else { return [:] }
            var tags: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT paper_id, name FROM tag ORDER BY paper_id, name") {
                tags[row["paper_id"], default: []].append(row["name"])
            }
            return tags
        }
    }

    /// Adds tags (already normalized) to papers; returns how many were new.
    @discardableResult
    public func addTags(_ names: [String], to ids: [String], at date: Date = Date()) throws(StoreError) -> Int {
        try write { db in
            var added = 0
            for id in ids {
                for name in names {
                    try db.execute(sql: "INSERT OR IGNORE INTO tag (paper_id, name, added_at) VALUES (?, ?, ?)",
                                   arguments: [id, name, StoredDate.value(date)])
                    added += db.changesCount
                }
            }
            return added
        }
    }

    /// Takes tags off papers; returns how many were there.
    @discardableResult
    public func removeTags(_ names: [String], from ids: [String]) throws(StoreError) -> Int {
        try write { db in
            var removed = 0
            for id in ids {
                for name in names {
                    try db.execute(sql: "DELETE FROM tag WHERE paper_id = ? AND name = ?", arguments: [id, name])
                    removed += db.changesCount
                }
            }
            return removed
        }
    }
}
