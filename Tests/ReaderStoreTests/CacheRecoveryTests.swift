import Foundation
import GRDB
import Testing
import TestSupport
@testable import ReaderStore

@Suite("salvaging marks from a damaged cache")
struct CacheRecoveryTests {
    /// The sample with a star and a read mark, then values of the wrong type written over them, as a
    /// damaged page can hold: GRDB would stop the process reading them as dates or numbers.
    static func damagedValues() throws -> PaperStore {
        let store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        try store.apply(.star, to: ["2604.21935"])
        try store.apply(.read, to: ["2604.21936"])
        try store.apply(.star, to: ["2604.21952"])
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE mark SET starred_at = X'00FF17' WHERE paper_id = '2604.21935'")
            try db.execute(sql: "UPDATE mark SET read_at = 'not a time' WHERE paper_id = '2604.21936'")
            try db.execute(sql: "UPDATE paper SET version = 'v-one', published = 42 WHERE id = '2604.21952'")
        }
        return store
    }

    @Test("values of the wrong type: the marks are kept (times unreadable become now), the unreadable paper is skipped")
    func wrongTypes() throws {
        let store = try Self.damagedValues()
        #expect(try CacheRecovery.health(path: store.path) == .sound)
        let (marks, problem) = CacheRecovery.salvageMarks(path: store.path)
        #expect(problem == nil)
        #expect(Set(marks.filter(\.isStarred).map(\.paperID)) == ["2604.21935", "2604.21952"])
        #expect(marks.filter(\.isRead).map(\.paperID) == ["2604.21936"])
        let papers = CacheRecovery.salvagePapers(path: store.path, for: marks)
        #expect(Set(papers.map(\.id)) == ["2604.21935", "2604.21936"])
    }

    @Test("the health check reads only: the file's bytes are the same after it")
    func healthDoesNotWrite() throws {
        let store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        try store.apply(.star, to: ["2604.21935"])
        let queue = try DatabaseQueue(path: store.path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        #expect(try CacheRecovery.health(path: store.path) == .sound)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
    }

    @Test("the marks file keeps times to the millisecond and reads files written with whole seconds")
    func marksFileTimes() throws {
        let time = Date(timeIntervalSince1970: 1_780_000_000.123)
        let marks = try MarksFile.decode(MarksFile.encode([Mark(paperID: "2604.21935", starredAt: time, readAt: nil)]))
        let kept = try #require(marks.first?.starredAt)
        #expect(abs(kept.timeIntervalSince(time)) < 0.001)
        let plain = try MarksFile.decode(Data(#"[{"id": "2604.21936", "read_at": "2026-04-27T08:00:00Z"}]"#.utf8))
        #expect(plain.first?.isRead == true)
    }
}
