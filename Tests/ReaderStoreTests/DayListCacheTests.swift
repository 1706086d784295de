import Foundation
import Testing
import GRDB
import Synchronization
@testable import ReaderStore

@Suite("lists kept in memory: this process's seen marks keep them current, also one read while the mark was written")
struct DayListCacheTests {
    private let seenAt = Date(timeIntervalSince1970: 1_780_000_000)

    /// A cache file with only the change count, at `count`.
    private func changeCountFile(at count: Int64) throws -> DatabaseQueue {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-daylists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("cache.sqlite").path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE change_count (subject TEXT PRIMARY KEY, value INTEGER NOT NULL)")
            try db.execute(sql: "INSERT INTO change_count VALUES ('lists', ?)", arguments: [count])
        }
        return queue
    }

    private func setCount(_ count: Int64, in queue: DatabaseQueue) throws {
        try queue.write { try $0.execute(sql: "UPDATE change_count SET value = ? WHERE subject = 'lists'", arguments: [count]) }
    }

    private func entries(_ ids: [String]) -> [DayListCache.Entry] {
        ids.map { DayListCache.Entry(paperID: $0, typeRank: 0, starred: false, read: false, estimated: false, seen: false) }
    }

    @Test("a day read as of the count before a seen mark, and kept after it, is kept current with the paper seen")
    func readDuringSeenWrite() throws {
        let queue = try changeCountFile(at: 5)
        let cache = DayListCache()
        var reads = 0
        let first = try queue.read { db in
            try cache.entries(of: "2026-04-27", in: db) {
                reads += 1
                // The seen mark commits while this read, as of count 5, is under way.
                cache.noteSeen(["b"], at: seenAt, before: 5, after: 6)
                return entries(["a", "b", "c"])
            }
        }
        #expect(first.map(\.seen) == [false, false, false], "the read itself answers as of what it read")
        try setCount(6, in: queue)
        let kept = try queue.read { db in
            try cache.entries(of: "2026-04-27", in: db) {
                reads += 1
                return entries(["a", "b", "c"])
            }
        }
        #expect(reads == 1, "the list kept is current at count 6: not read again")
        #expect(kept.map(\.seen) == [false, true, false])
    }

    @Test("a kept list is noted for the papers marked seen, and read again once another change moves the count")
    func keptListNotedThenStale() throws {
        let queue = try changeCountFile(at: 7)
        let cache = DayListCache()
        var reads = 0
        let read = { (db: Database) in
            try cache.entries(of: "2026-04-27", in: db) {
                reads += 1
                return entries(["a", "a", "b"])
            }
        }
        _ = try queue.read(read)
        cache.noteSeen(["a"], at: seenAt, before: 7, after: 8)
        try setCount(8, in: queue)
        let noted = try queue.read(read)
        #expect(reads == 1)
        #expect(noted.map(\.seen) == [true, true, false], "every entry of the paper is seen")
        try setCount(9, in: queue)
        _ = try queue.read(read)
        #expect(reads == 2, "a change not noted here makes the list be read again")
    }

    @Test("a seen mark noted as of another count does not bring a list forward")
    func otherCountIgnored() throws {
        let queue = try changeCountFile(at: 3)
        let cache = DayListCache()
        var reads = 0
        let read = { (db: Database) in
            try cache.entries(of: "2026-04-27", in: db) {
                reads += 1
                return entries(["a", "b"])
            }
        }
        cache.noteSeen(["a"], at: seenAt, before: 10, after: 11)
        _ = try queue.read(read)
        try setCount(11, in: queue)
        let again = try queue.read(read)
        #expect(reads == 2)
        #expect(again.map(\.seen) == [false, false])
    }

    @Test("the counts and the page of an inbox opened anew, asked at once, read it once: one waits for the other's answer")
    func oneInboxReadAtOnce() throws {
        let queue = try changeCountFile(at: 2)
        let pool = try DatabasePool(path: queue.path)
        let cache = DayListCache()
        let inbox = ListQuery(scope: .inbox(since: .distantPast, days: 30))
        let reads = Mutex(0)
        let answers = Mutex<[[String]]>([])
        let group = DispatchGroup()
        for _ in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                let found = try? pool.read { db in
                    try cache.inboxEntries(of: inbox, since: seenAt, in: db) {
                        reads.withLock { $0 += 1 }
                        Thread.sleep(forTimeInterval: 0.3)
                        return entries(["a", "b"])
                    }
                }
                answers.withLock { $0.append(found?.map(\.paperID) ?? []) }
            }
        }
        #expect(group.wait(timeout: .now() + 10) == .success)
        #expect(reads.withLock { $0 } == 1)
        #expect(answers.withLock { $0 } == [["a", "b"], ["a", "b"]])
    }
}
