import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

@Suite("n and N in the list go on from the other end, as vim's n does")
struct SeekUnreadWrapTests {
    private static func sampleDay() throws -> (PaperStore, ListQuery, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-seek-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try PaperStore(path: folder.appendingPathComponent("papers.sqlite").path)
        _ = try BundledSample.load(into: store)
        let query = ListQuery(scope: .day(try #require(try store.latestDay(for: nil))))
        let ids = try store.page(query, offset: 0, limit: 100).map(\.paper.id)
        return (store, query, ids)
    }

    @Test("past the last unread paper, n goes to the first one from the top and says so; N from the bottom")
    func wraps() throws {
        let (store, query, ids) = try Self.sampleDay()
        #expect(ids.count >= 4)
        // Only the first and the third papers are left unread.
        _ = try store.apply(.read, to: ids.enumerated().filter { $0.offset != 0 && $0.offset != 2 }.map(\.element))
        let seek = { (from: Int, forward: Bool) in try StoreEffects.run(.seekUnread(query, from: from, forward: forward), store: store, faqModel: "m") }
        #expect(try seek(0, true) == [.jump(to: 2)])
        #expect(try seek(2, true) == [.jump(to: 0), .notFound("no unread paper below: from the top")])
        #expect(try seek(0, false) == [.jump(to: 2), .notFound("no unread paper above: from the bottom")])
        _ = try store.apply(.read, to: [ids[2]])
        #expect(try seek(0, true) == [.notFound("this is the only unread paper in this list")])
        _ = try store.apply(.read, to: [ids[0]])
        #expect(try seek(0, true) == [.notFound("no unread paper in this list")])
    }
}
