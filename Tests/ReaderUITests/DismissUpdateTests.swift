import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

@Suite("update: d marks a paper not interested, D shows the papers so marked")
struct DismissUpdateTests {
    @Test("d dismisses at once: the row, the count and a mark effect; star and read stay as they were")
    func dismiss() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (moved, _) = press(state, .character("j"))
        let before = try #require(moved.selected)
        let (dismissed, effects) = press(moved, .character("d"))
        let kept = try #require(dismissed.query)
        #expect(kept.markedHere == [before.paper.id])
        #expect(effects == [.applyMark(.dismiss, paperID: before.paper.id), .loadWholeCounts(kept)])
        #expect(dismissed.selected?.isDismissed == true)
        #expect(dismissed.selected?.isStarred == before.isStarred)
        #expect(dismissed.selected?.isRead == before.isRead)
        #expect(dismissed.counts.dismissed == 1)
        #expect(dismissed.counts.starred == moved.counts.starred)
        #expect(dismissed.status?.contains("hidden once you leave this list") == true)
        // The write failed: the dismissal is taken back.
        let (failed, _) = apply(dismissed, .markFailed(.dismiss, paperID: before.paper.id, message: "not dismissed: locked"))
        #expect(failed.selected?.isDismissed == false)
        #expect(failed.counts.dismissed == 0)
    }

    @Test("a dismissed paper stays greyed at its row until the list is left; a list counted without it elsewhere is read again")
    func leavesTheList() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.window.query = state.query
        let (moved, _) = press(state, .character("j"))
        let query = try #require(moved.query)
        #expect(query.hidesDismissed)
        let (dismissed, _) = press(moved, .character("d"))
        let kept = try #require(dismissed.query)
        let (settled, effects) = apply(dismissed, .countsLoaded(dismissed.counts, query: kept))
        #expect(!effects.contains { if case .locate = $0 { true } else { false } }, "nothing is read again")
        #expect(settled.selected?.isDismissed == true)
        #expect(settled.selected?.paper.id == moved.selected?.paper.id)
        // To the next day and back, or any other list: the paper is hidden from then on.
        let (shown, _) = press(settled, .character("D"))
        #expect(shown.query?.markedHere == [])
        // Counted without it (dismissed by another process) while its rows were held: read again.
        var fewer = moved.counts
        fewer.total -= 1
        let (reloaded, reread) = apply(moved, .countsLoaded(fewer, query: query))
        let following = moved.window.rows[1...].prefix(Reader.windowMargin).map(\.paper.id)
        #expect(reread.contains(.locate(following, in: query)))
        #expect(reloaded.locating)
    }

    @Test("D shows dismissed papers in the list asked for, and again hides them; the selection is followed")
    func showDismissed() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (shown, effects) = press(state, .character("D"))
        #expect(shown.showDismissed)
        #expect(shown.query?.dismissed == .shown)
        #expect(effects.contains { if case .locate(let ids, _) = $0 { ids.first == "2604.21935" } else { false } })
        #expect(shown.status?.contains("showing") == true)
        let (hidden, _) = press(shown, .character("D"))
        #expect(!hidden.showDismissed)
        #expect(hidden.query?.dismissed == .hidden)
    }

    @Test("d on a dismissed paper takes the dismissal back")
    func undismiss() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.showDismissed = true
        state.window.rows[0].dismissedAt = Date(timeIntervalSince1970: 1_777_000_000)
        state.counts.dismissed = 1
        let (back, effects) = press(state, .character("d"))
        #expect(effects == [.applyMark(.undismiss, paperID: "2604.21935")])
        #expect(back.selected?.isDismissed == false)
        #expect(back.counts.dismissed == 0)
    }

    @Test("the title line says how many are hidden, and when they are shown")
    func titleLine() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        #expect(!render(state).textLines()[0].contains("dismissed"))
        state.counts.dismissed = 3
        #expect(render(state).textLines()[0].contains("[3 dismissed hidden]"))
        state.showDismissed = true
        state.window.rows[0].dismissedAt = Date(timeIntervalSince1970: 1_777_000_000)
        let lines = render(state).textLines()
        #expect(lines[0].contains("[dismissed shown: 3]"))
        #expect(lines.contains { $0.contains("✗") && $0.contains("MolClaw") } || lines.contains { $0.hasPrefix("1  ✗") || $0.contains(" ✗ ") })
    }
}
