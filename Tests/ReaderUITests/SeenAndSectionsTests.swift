import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

/// The seen rules and the section dividers, through `update` and `render` (no terminal, no store).
@Suite("update: seen papers and section dividers")
struct SeenAndSectionsTests {
    /// A day of `total` papers held whole: `new` new submissions, the rest cross-lists; none seen.
    static func day(total: Int, new: Int, height: Int = 24, rows style: ListRowStyle = .oneLine) -> AppState {
        var state = AppState(width: 120, height: height, day: "2026-04-27", categories: nil)
        state.listRowStyle = style
        let rows = WindowTests.rows(0..<total)
        state.counts = ListCounts(total: total, starred: 0, unread: total)
        state.counts.sections = [ListSection(type: .new, count: new), ListSection(type: .cross, count: total - new)]
        state.window = ListWindow(offset: 0, rows: rows, query: state.query)
        return state
    }

    static func seenIDs(_ effects: [Effect]) -> [String] {
        effects.flatMap { effect -> [String] in if case .markSeen(let ids) = effect { ids } else { [] } }
    }

    @Test("the row that arrives under the cursor is seen; j sees the next one only")
    func cursorReaches() {
        let (loaded, first) = Reader.update(Self.day(total: 50, new: 30), .countsLoaded(Self.day(total: 50, new: 30).counts))
        #expect(Self.seenIDs(first) == ["2604.00000"])
        #expect(loaded.counts.seen == 1)
        let (moved, effects) = press(loaded, .character("j"), .character("j"))
        #expect(Self.seenIDs(effects) == ["2604.00001", "2604.00002"])
        #expect(moved.counts.seen == 3)
        // Back up: already seen, nothing written.
        let (back, again) = press(moved, .character("k"))
        #expect(Self.seenIDs(again).isEmpty)
        #expect(back.counts.seen == 3)
        #expect(render(back).textLines()[0].contains("2/50 · seen 3 · ★ 0 · unread 50"))
    }

    @Test("a page key sees every row it moves past; G sees only the last")
    func pageMovesPast() {
        var state = Self.day(total: 200, new: 100)
        state.window.rows[0].seenAt = Date()
        state.counts.seen = 1
        let (paged, effects) = press(state, .control("f"))
        let seen = Self.seenIDs(effects)
        #expect(seen.count == paged.cursor)
        #expect(seen.first == "2604.00001")
        #expect(seen.last == String(format: "2604.%05d", paged.cursor))
        let (bottom, last) = press(state, .character("G"))
        #expect(Self.seenIDs(last) == ["2604.00199"])
        #expect(bottom.counts.seen == 2)
    }

    @Test("nothing is seen while typing a search, nor while the cursor goes to a paper followed")
    func notWhileTypingOrLocating() {
        var state = Self.day(total: 50, new: 30)
        state.input = TextInput(kind: .search, returnTo: .day)
        #expect(Self.seenIDs(Reader.update(state, .countsLoaded(state.counts)).1).isEmpty)
        state.input = nil
        state.locating = true
        #expect(Self.seenIDs(Reader.update(state, .countsLoaded(state.counts)).1).isEmpty)
        let (arrived, effects) = Reader.update(state, .located(7))
        #expect(arrived.cursor == 7)
        #expect(Self.seenIDs(effects) == ["2604.00007"])
    }

    @Test("u keeps the paper: the filter asks where it went, and the cursor follows; unknown: it stays")
    func filterFollows() {
        var state = Self.day(total: 50, new: 30)
        state.cursor = 12
        let (filtered, effects) = press(state, .character("u"))
        guard case .locate(let ids, let query)? = effects.last else {
            Issue.record("no locate: \(effects)")
            return
        }
        #expect(ids.first == "2604.00012")
        #expect(query.onlyUnread)
        #expect(filtered.locating)
        #expect(filtered.cursor == 12)
        let (found, _) = Reader.update(filtered, .located(4))
        #expect(found.cursor == 4)
        #expect(!found.locating)
        let (lost, _) = Reader.update(filtered, .located(nil))
        #expect(lost.cursor == 12)
    }

    @Test("u asks for the rows on screen once: its counts and the paper found in it both want them")
    func filterReadsRowsOnce() {
        var state = Self.day(total: 50, new: 30)
        state.cursor = 12
        let (filtered, _) = press(state, .character("u"))
        guard let query = filtered.query else {
            Issue.record("no list asked for")
            return
        }
        func windowReads(_ effects: [Effect]) -> [Int] {
            effects.compactMap { effect in if case .loadWindow(query, let offset, _) = effect { offset } else { nil } }
        }
        var counts = ListCounts(total: 40, starred: 0, unread: 40)
        counts.sections = [ListSection(type: .new, count: 40)]
        let (counted, first) = Reader.update(filtered, .countsLoaded(counts, query: query))
        #expect(windowReads(first) == [0])
        let (found, second) = Reader.update(counted, .located(10))
        #expect(found.cursor == 10)
        #expect(windowReads(second).isEmpty, "the same rows asked for again: \(second)")
        // Once read, the same rows are asked for again when the list is read anew.
        let rows = WindowTests.rows(0..<found.listRows)
        let (shown, _) = Reader.update(found, .windowLoaded(ListWindow(offset: 0, rows: rows, query: query)))
        #expect(shown.windowAsked == nil)
        let (reloaded, _) = press(shown, .control("l"))
        #expect(windowReads(Reader.update(reloaded, .countsLoaded(counts, query: query)).1) == [0])
    }

    @Test("a resumed inbox whose paper was seen (and so has left it) opens at its first paper, and says so")
    func resumedInbox() {
        var state = Self.day(total: 50, new: 30)
        state.source = .inbox(since: Date())
        state.resume = ResumePoint(day: nil, categories: nil, paperID: "2604.00007", cursor: 7)
        state.locating = true
        state.cursor = 7
        let (opened, _) = Reader.update(state, .located(nil))
        #expect(opened.cursor == 0)
        #expect(opened.status?.contains("oldest paper not seen yet") == true, "\(String(describing: opened.status))")
        state.source = .day
        #expect(Reader.update(state, .located(nil)).0.cursor == 7)
    }

    @Test("a search begun in the inbox goes back to the inbox where its cursor was, by Esc while typing and by q after")
    func searchFromInboxGoesBackThere() {
        var state = Self.day(total: 50, new: 30)
        let inbox = ListSource.inbox(since: Date(timeIntervalSince1970: 1_780_000_000))
        state.source = inbox
        state.cursor = 12
        let (typed, _) = press(state, .character("/"), .character("a"))
        #expect(typed.isSearch)
        let (cancelled, _) = press(typed, .escape)
        #expect(cancelled.source == inbox)
        #expect(cancelled.cursor == 12)
        var committed = typed
        committed.input = nil
        let (back, _) = press(committed, .character("q"))
        #expect(back.source == inbox, "not the day")
        #expect(back.cursor == 12)
        #expect(back.outerList == nil)
        // From the day, a search still goes back to the day, and then q quits.
        var fromDay = state
        fromDay.source = .day
        var search = press(fromDay, .character("/"), .character("a")).0
        search.input = nil
        let (day, _) = press(search, .character("q"))
        #expect(day.source == .day)
        #expect(day.cursor == 12)
        #expect(press(day, .character("q")).0.wantsQuit)
    }

    @Test("another process's change reads the list again, following the paper")
    func storeChanged() {
        var state = Self.day(total: 50, new: 30)
        state.cursor = 20
        let (changed, effects) = Reader.update(state, .storeChanged)
        #expect(effects.contains(.loadCounts(state.query!)))
        #expect(effects.contains { if case .locate(let ids, _) = $0 { ids.first == "2604.00020" } else { false } })
        #expect(changed.locating)
    }

    @Test("dividers head each section; j crosses one without stopping and the cursor stays on screen")
    func dividers() {
        let state = Self.day(total: 40, new: 5, height: 12)
        let screen = render(state).textLines()
        #expect(screen[1].hasPrefix("── New submissions · 5 ─"))
        #expect(screen[7].hasPrefix("── Cross-lists · 35 ─"))
        #expect(screen[8].contains("Paper 5"))
        // j from the last new submission lands on the first cross-list, the divider passed over.
        var moved = state
        moved.cursor = 4
        moved = press(moved, .character("j")).0
        #expect(moved.cursor == 5)
        #expect(moved.selected?.paper.id == "2604.00005")
        // Far down, the cursor's row is always drawn, whatever the dividers took.
        for _ in 0..<20 { moved = press(moved, .character("j")).0 }
        #expect(moved.cursor == 25)
        #expect(render(moved).textLines().contains { $0.contains("Paper 25") })
        let bottom = press(moved, .character("G")).0
        let lines = render(bottom).textLines()
        #expect(lines.contains { $0.contains("Paper 39") })
        #expect(bottom.listTop == ListSections(bottom.counts.sections).lastTop(rows: bottom.listRows, total: 40))
    }

    @Test("a click on a divider selects nothing; on a paper below it, that paper")
    func clickDivider() {
        let state = Self.day(total: 40, new: 5, height: 12)
        let layout = state.layout
        let list = try! #require(layout.list)
        let (onDivider, _) = Reader.update(state, .key(.mouseClick(row: list.row + 6, column: 2)))
        #expect(onDivider.cursor == 0)
        let (onPaper, _) = Reader.update(state, .key(.mouseClick(row: list.row + 7, column: 2)))
        #expect(onPaper.cursor == 5)
    }

    @Test("two lines a paper: a divider takes one line, j crosses it, a click on either line of a paper selects it")
    func twoLineRows() {
        let state = Self.day(total: 40, new: 3, height: 12, rows: .twoLine)
        #expect(state.paperLines == 2)
        let screen = render(state).textLines()
        #expect(screen[1].hasPrefix("── New submissions · 3 ─"))
        #expect(screen[2].contains("Paper 0"))
        #expect(screen[8].hasPrefix("── Cross-lists · 37 ─"))
        #expect(screen[9].contains("Paper 3"))
        // 10 lines: a divider and 3 papers (7), a divider and 1 paper (3).
        #expect(state.papersOnScreen == 4)
        let list = try! #require(state.layout.list)
        #expect(Reader.update(state, .key(.mouseClick(row: list.row + 4, column: 8))).0.cursor == 1)
        #expect(Reader.update(state, .key(.mouseClick(row: list.row + 7, column: 8))).0.cursor == 0, "the divider selects nothing")
        #expect(Reader.update(state, .key(.mouseClick(row: list.row + 9, column: 8))).0.cursor == 3)
        var moved = state
        for _ in 0..<4 { moved = press(moved, .character("j")).0 }
        #expect(moved.cursor == 4)
        #expect(render(moved).textLines().contains { $0.contains("Paper 4") }, "the cursor's paper is on screen")
        let bottom = press(moved, .character("G")).0
        #expect(render(bottom).textLines().contains { $0.contains("Paper 39") })
        #expect(bottom.listTop == 35, "10 lines hold the last 5 papers")
        // A page moves by the papers a screen holds, not by its lines.
        #expect(press(state, .pageDown).0.cursor == 4)
    }

    @Test("a page key shows the next screenful: the top moves by a page with the cursor")
    func pageShowsNextScreen() {
        let state = Self.day(total: 200, new: 200, height: 24)
        let down = press(state, .pageDown).0
        #expect(down.cursor == 21)
        #expect(down.listTop == 21, "the rows after the last on screen, not the screen scrolled by one")
        let up = press(down, .pageUp).0
        #expect(up.cursor == 0)
        #expect(up.listTop == 0)
    }

    @Test("a paper marked read in the unread-only list stays at its row until the list is left; r again takes it back on it")
    func markedPaperStaysInFilteredList() throws {
        var state = Self.day(total: 10, new: 10)
        state.unreadOnly = true
        let query = try #require(state.query)
        state.window = ListWindow(offset: 0, rows: WindowTests.rows(0..<10), query: query)
        state.cursor = 3
        let (marked, effects) = press(state, .character("r"))
        let kept = try #require(marked.query)
        #expect(kept.markedHere == ["2604.00003"])
        #expect(Array(effects.prefix(2)) == [.applyMark(.read, paperID: "2604.00003"), .loadWholeCounts(kept)])
        #expect(marked.window.query == kept, "the rows held are those of the list with the paper kept")
        #expect(marked.status?.contains("stays here until you leave this list") == true)
        // Its counts come with the paper still in: nothing is read again, the cursor stays.
        var counted = marked.counts
        counted.unread = 9
        let (settled, afterCounts) = Reader.update(marked, .countsLoaded(counted, query: kept))
        #expect(!afterCounts.contains { if case .locate = $0 { true } else { false } })
        #expect(settled.selected?.paper.id == "2604.00003")
        let (again, undo) = press(settled, .character("r"))
        #expect(undo.first == .applyMark(.unread, paperID: "2604.00003"), "the same paper, not the next one")
        #expect(again.selected?.isRead == false)
        // Leaving the filter lets the kept papers go; coming back does not bring them again.
        let (all, _) = press(again, .character("u"))
        #expect(all.query?.markedHere == [])
        let (unreadAgain, _) = press(all, .character("u"))
        #expect(unreadAgain.query?.markedHere == [])
        #expect(unreadAgain.query == query)
    }

    @Test("a filtered list whose count moved by another process's marks is read again, following the paper")
    func filteredListShrinks() {
        var state = Self.day(total: 10, new: 10)
        state.unreadOnly = true
        let query = try! #require(state.query)
        state.window = ListWindow(offset: 0, rows: WindowTests.rows(0..<10), query: query)
        state.cursor = 3
        var counted = state.counts
        counted.total = 9
        counted.sections = [ListSection(type: .new, count: 9)]
        let (reread, effects) = Reader.update(state, .countsLoaded(counted, query: query))
        #expect(reread.counts.total == 9)
        // The paper under the cursor stays in the list (another process may have read it): the next
        // key acts on it, not on the paper after it.
        let kept = try! #require(reread.query)
        #expect(kept.markedHere == ["2604.00003"])
        #expect(effects.contains(.loadCounts(kept)))
        #expect(effects.contains { if case .locate(let ids, _) = $0 { ids.first == "2604.00003" } else { false } })
        let (changed, _) = Reader.update(state, .storeChanged)
        #expect(changed.query?.markedHere == ["2604.00003"])
        var unfiltered = state
        unfiltered.unreadOnly = false
        #expect(Reader.update(unfiltered, .storeChanged).0.query?.markedHere.isEmpty == true)
    }

    @Test("an inbox shown afresh is counted quickly; its first day's counts ask for the whole, whose arrival reads the rows again")
    func partialInbox() {
        var state = AppState(width: 120, height: 24, day: "2026-04-27", categories: nil)
        state.source = .inbox(since: Date())
        let query = try! #require(state.query)
        #expect(Reader.opening(state).first == .loadCountsQuickly(query))
        var partial = ListCounts(total: 5, starred: 0, unread: 5)
        partial.isPartial = true
        partial.sections = [ListSection(heading: .day("2026-04-27"), count: 5)]
        let (first, asked) = Reader.update(state, .countsLoaded(partial, query: query))
        #expect(asked.contains(.loadWholeCounts(query)), "the whole is counted next")
        #expect(render(first).textLines()[0].contains("5+ · counting…"))
        #expect(Reader.update(first, .key(.character("A"))).0.confirm == nil, "A waits for the whole count")
        var held = first
        held.window = ListWindow(offset: 0, rows: WindowTests.rows(0..<5), query: query)
        var whole = ListCounts(total: 40, starred: 0, unread: 40)
        whole.sections = [ListSection(heading: .day("2026-04-27"), count: 5), ListSection(heading: .day("2026-04-28"), count: 35)]
        let (counted, reread) = Reader.update(held, .countsLoaded(whole, query: query))
        #expect(reread.contains { if case .loadWindow(query, 0, _) = $0 { true } else { false } }, "\(reread)")
        #expect(!render(counted).textLines()[0].contains("counting"))
    }

    @Test("the layout of dividers: papers shown from a top, and the last top")
    func sectionArithmetic() {
        let sections = ListSections([ListSection(type: .new, count: 3), ListSection(type: .cross, count: 4)])
        #expect(sections.papersShown(from: 0, rows: 5, total: 7) == 3)  // divider, 3 papers, divider
        #expect(sections.papersShown(from: 1, rows: 5, total: 7) == 4)  // 2 papers, divider, 2 papers
        #expect(sections.screenRows(from: 2, rows: 4, total: 7).map(\.row) == [.paper(2), .divider(ListSection(type: .cross, count: 4)), .paper(3), .paper(4)])
        #expect(sections.lastTop(rows: 5, total: 7) == 3)  // divider + 4 cross-lists
        #expect(ListSections([]).papersShown(from: 5, rows: 10, total: 8) == 3)
    }

    @Test("a filter that empties the list, turned off again, comes back to the paper selected before")
    func emptyFilterFollows() {
        var state = Self.day(total: 50, new: 30)
        state.cursor = 5
        let (starred, _) = press(state, .character("*"))
        var empty = starred
        empty = Reader.update(empty, .countsLoaded(ListCounts(total: 0, starred: 0, unread: 0), query: empty.query)).0
        empty = Reader.update(empty, .located(nil)).0
        #expect(empty.selected == nil)
        let (back, effects) = press(empty, .character("*"))
        #expect(effects.contains { if case .locate(let ids, _) = $0 { ids == ["2604.00005"] } else { false } })
        #expect(back.locating)
    }

    @Test("at 80 columns the title keeps the counts and the filter, dropping the name first")
    func narrowTitle() {
        var state = Self.day(total: 48, new: 40)
        state.width = 80
        state.unreadOnly = true
        state.cursor = 15
        state.counts.seen = 42
        let title = render(state).textLines()[0]
        #expect(title.contains("16/48 · seen 42 · ★ 0 · unread 48 · [unread only]"), "\(title)")
        #expect(!title.contains("papers-tui"))
    }
}

