import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

@Suite("update: keys to state and effects")
struct UpdateTests {
    func press(_ state: AppState, _ keys: Key...) -> (AppState, [Effect]) {
        var current = state
        var effects: [Effect] = []
        for key in keys {
            let (next, more) = Reader.update(current, .key(key))
            current = next
            effects += more
        }
        return (current, effects)
    }

    @Test("j/k and arrows move the cursor within the list")
    func movement() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (down, _) = press(state, .character("j"), .down, .character("j"))
        #expect(down.cursor == 3)
        let (up, _) = press(down, .character("k"), .up, .up, .up, .up)
        #expect(up.cursor == 0)
        let (bottom, _) = press(state, .character("G"))
        #expect(bottom.cursor == 4)
        let (top, _) = press(bottom, .home)
        #expect(top.cursor == 0)
    }

    @Test("s stars at once: the row, the count and a mark effect")
    func star() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (starred, effects) = press(state, .character("s"))
        #expect(starred.selected?.isStarred == true)
        #expect(starred.counts.starred == state.counts.starred + 1)
        #expect(effects == [.applyMark(.star, paperID: "2604.21935")])
        let (unstarred, undo) = press(starred, .character("s"))
        #expect(unstarred.selected?.isStarred == false)
        #expect(undo == [.applyMark(.unstar, paperID: "2604.21935")])
    }

    @Test("Enter opens the paper and marks it read; on a narrow terminal it opens full-width")
    func open() throws {
        let narrow = try ScreenFixtures.state(width: 80, height: 24)
        let (opened, effects) = press(narrow, .enter)
        #expect(opened.paperOpen)
        #expect(opened.focus == .abstract)
        #expect(effects == [.applyMark(.read, paperID: "2604.21935")])
        let (back, _) = press(opened, .character("q"))
        #expect(!back.paperOpen)
        #expect(!back.wantsQuit)
        let (quit, _) = press(back, .character("q"))
        #expect(quit.wantsQuit)
    }

    @Test("u, *, [ and ] ask the store for the right things")
    func filtersAndDays() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (unread, effects) = press(state, .character("u"))
        #expect(unread.unreadOnly)
        #expect(effects.contains(.loadCounts(ListQuery(scope: .day("2026-04-27"), categories: state.categories, onlyUnread: true))))
        let (_, dayEffects) = press(state, .character("["))
        #expect(dayEffects == [.findDay(from: "2026-04-27", before: true, categories: state.categories)])
        let (moved, _) = Reader.update(state, .dayFound("2026-04-24", before: true))
        #expect(moved.day == "2026-04-24")
        #expect(moved.cursor == 0)
    }

    @Test("moving far loads another window of rows from the store, never the whole list")
    func paging() throws {
        var state = AppState(width: 120, height: 40, day: "2026-04-27", categories: nil)
        state.counts = ListCounts(total: 5_000, starred: 0, unread: 5_000)
        state.window = ListWindow(offset: 0, rows: [])
        let (moved, effects) = Reader.update(state, .jump(to: 3_000))
        guard case .loadWindow(_, let offset, let limit)? = effects.first else {
            Issue.record("no window load: \(effects)")
            return
        }
        #expect(offset <= moved.listTop)
        #expect(offset + limit >= moved.listTop + moved.listRows)
        #expect(limit < 500)
    }

    @Test("R starts one background sync; progress and the result reach the state")
    func sync() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (running, effects) = press(state, .character("R"))
        #expect(effects == [.startSync(state.categories)])
        let (again, none) = press(running, .character("R"))
        #expect(none.isEmpty)
        #expect(again.status == "a sync is already running")
        let (progress, _) = Reader.update(running, .syncProgress("daily list cs.AI 0/1"))
        #expect(progress.sync == .running("daily list cs.AI 0/1"))
        let (done, reload) = Reader.update(progress, .syncFinished(.success("synced: 3 new papers")))
        #expect(done.sync == .finished("synced: 3 new papers"))
        #expect(reload.contains { if case .loadCounts = $0 { true } else { false } })
    }

    @Test("keys are rebindable from config, and unknown names are a clear error")
    func keymap() throws {
        let keymap = try Keymap.parse(["star": ["x"], "down": ["C-n"]])
        #expect(keymap.command(for: .character("x")) == .toggleStar)
        #expect(keymap.command(for: .control("n")) == .moveDown)
        #expect(keymap.command(for: .character("s")) == .toggleStar)
        #expect(throws: KeymapError.unknownCommand("launch")) { try Keymap.parse(["launch": ["l"]]) }
    }

    @Test("the category picker includes and excludes")
    func picker() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (_, effects) = press(state, .character("c"))
        #expect(effects == [.loadCategories(day: "2026-04-27")])
        var (picking, _) = Reader.update(state, .categoriesLoaded(["cs.AI", "cs.CL", "cs.CY"]))
        (picking, _) = press(picking, .down, .character("+"), .down, .character("-"))
        let (applied, reload) = press(picking, .enter)
        #expect(applied.categories == CategoryExpression(included: ["cs.AI", "cs.CL"], excluded: ["cs.CY"]))
        #expect(!reload.isEmpty)
    }
}

@Suite("update: failures")
struct UpdateFailureTests {
    @Test("a store failure is shown and asks for nothing more, so a broken store cannot loop")
    func failure() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (failed, effects) = Reader.update(state, .failed("the cache … is read-only: check its permissions"))
        #expect(effects.isEmpty)
        #expect(failed.statusIsError)
        #expect(render(failed).textLines().last?.contains("read-only") == true)
    }
}

@Suite("update: scrolling, resizing, long pickers")
struct UpdateLayoutTests {
    @Test("the abstract scrolls down to its last line, which then shows above the hint")
    func abstractScrollsToTheEnd() throws {
        var state = try ScreenFixtures.state(width: 80, height: 12)
        (state, _) = Reader.update(state, .key(.enter))
        (state, _) = Reader.update(state, .key(.character("G")))
        let lines = AbstractPane.lines(for: try #require(state.selected), width: 80)
        let screen = render(state).textLines().joined(separator: "\n")
        #expect(screen.contains(try #require(lines.last?.text)))
    }

    @Test("shrinking from wide to narrow gives the focus back to the list")
    func resizeKeepsAVisibleFocus() throws {
        var state = try ScreenFixtures.state(width: 130, height: 40)
        (state, _) = Reader.update(state, .key(.tab))
        #expect(state.focus == .abstract)
        (state, _) = Reader.update(state, .resize(width: 80, height: 24))
        #expect(state.focus == .list)
        (state, _) = Reader.update(state, .key(.character("j")))
        #expect(state.cursor == 1)
    }

    @Test("a long category picker keeps its cursor and its key hints on screen")
    func longPicker() throws {
        var state = try ScreenFixtures.state(width: 80, height: 24)
        let categories = (1...60).map { String(format: "cs.X%02d", $0) }
        (state, _) = Reader.update(state, .categoriesLoaded(categories))
        for _ in 0..<45 { (state, _) = Reader.update(state, .key(.character("j"))) }
        let screen = render(state).textLines().joined(separator: "\n")
        #expect(screen.contains("› [ ] cs.X45"))  // cs.AI, the current category, sorts first
        #expect(screen.contains("Enter apply"))
    }
}
