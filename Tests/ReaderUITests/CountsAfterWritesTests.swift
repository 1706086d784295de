import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

/// When the runner reads a list's own counts again after its writes: after a star or a read mark (the
/// counts shown were changed row by row), not after seen marks alone (the kept list took them in place).
@Suite("the runner: counts read again after marks, not after seen marks alone")
struct CountsAfterWritesTests {
    struct Runner {
        let store: PaperStore
        let inbox = ActionInbox()
        let runner: EffectRunner
        let day: ListQuery
        let ids: [String]

        init() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-counts-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            store = try PaperStore(path: folder.appendingPathComponent("papers.sqlite").path)
            _ = try BundledSample.load(into: store)
            day = ListQuery(scope: .day(try #require(try store.latestDay(for: nil))))
            ids = try store.page(day, offset: 0, limit: 5).map(\.paper.id)
            runner = EffectRunner(store: store, inbox: inbox, faqModel: "test-model") { _, _ in }
        }

        /// Submits the effect and returns every action posted until the runner is idle.
        func run(_ effect: Effect) throws -> [Action] {
            #expect(runner.submit(effect))
            let deadline = ContinuousClock.now + .seconds(10)
            var actions: [Action] = []
            while ContinuousClock.now < deadline {
                inbox.wait(milliseconds: 20)
                actions += inbox.drain()
                if runner.isIdle {
                    actions += inbox.drain()
                    return actions
                }
            }
            Issue.record("the runner never went idle after \(effect)")
            return actions
        }

        static func counts(_ actions: [Action]) -> [ListCounts] {
            actions.compactMap { action in if case .countsLoaded(let counts, _) = action { counts } else { nil } }
        }
    }

    @Test("seen marks are written without a count; a star is followed by the list's own counts")
    func seenAloneIsNotCountedAgain() throws {
        let fixture = try Runner()
        let first = Runner.counts(try fixture.run(.loadCounts(fixture.day)))
        #expect(first.count == 1)
        #expect(first.first?.seen == 0)

        let afterSeen = try fixture.run(.markSeen(Array(fixture.ids.prefix(3))))
        #expect(Runner.counts(afterSeen).isEmpty, "counted again after seen marks alone: \(afterSeen)")
        // Written all the same, and the kept list says so when it is counted next.
        #expect(Runner.counts(try fixture.run(.loadCounts(fixture.day))).first?.seen == 3)

        let afterStar = Runner.counts(try fixture.run(.applyMark(.star, paperID: fixture.ids[4])))
        #expect(afterStar.count == 1)
        #expect(afterStar.first?.starred == 1)
        #expect(afterStar.first?.seen == 3)
    }

    @Test("in a list of papers not seen, a seen mark changes the list, so its counts are read again")
    func unseenOnlyIsCountedAgain() throws {
        let fixture = try Runner()
        var unseen = fixture.day
        unseen.onlyUnseen = true
        let total = try #require(Runner.counts(try fixture.run(.loadCounts(unseen))).first?.total)
        let afterSeen = Runner.counts(try fixture.run(.markSeen([fixture.ids[0]])))
        #expect(afterSeen.map(\.total) == [total - 1])
    }
}
