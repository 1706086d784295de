import Foundation
import Testing
import TestSupport
@testable import ReaderStore

@Suite("the watch on other processes' changes")
struct ChangeWatchTests {
    /// Two stores on one file, each a connection of its own as two processes would have.
    private func twoStores() throws -> (PaperStore, PaperStore) {
        let store = try makeTemporaryStore()
        let papers = (1...3).map { (StoreTests.paper("2604.0000\($0)"), AnnounceType.new) }
        _ = try store.saveDailyFeed(StoreTests.feed("2026-04-27", papers), categories: ["cs.AI"])
        return (store, try PaperStore(path: store.path))
    }

    @Test("a store's own write is not news to its watch; another store's is, once")
    func ownAndOther() throws {
        let (mine, other) = try twoStores()
        let watch = try #require(mine.makeChangeWatch())
        #expect(try !watch.check())
        try mine.apply(.star, to: ["2604.00001"])
        #expect(try !watch.check())
        try other.apply(.star, to: ["2604.00002"])
        #expect(try watch.check())
        #expect(try !watch.check())
    }

    @Test("marking seen a paper already seen changes nothing, so it is not news")
    func alreadySeenIsNoNews() throws {
        let (mine, other) = try twoStores()
        let watch = try #require(mine.makeChangeWatch())
        #expect(try other.markSeen(["2604.00003"]) == 1)
        #expect(try watch.check())
        #expect(try other.markSeen(["2604.00003"]) == 0)
        #expect(try !watch.check())
    }

    @Test("another store's change is still news when this store writes after it")
    func otherThenOwn() throws {
        let (mine, other) = try twoStores()
        let watch = try #require(mine.makeChangeWatch())
        try other.apply(.read, to: ["2604.00001"])
        try mine.apply(.star, to: ["2604.00002"])
        #expect(try watch.check())
        #expect(try !watch.check())
    }
}
