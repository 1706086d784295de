import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

/// `A` (every paper of the list read, after a y/n question) and `U` (the last one taken back),
/// through `update` and `render`: no terminal, no store.
@Suite("update: marking a whole list read, and taking it back")
struct BulkMarksTests {
    /// The day of the fixtures: five papers, the second read (and starred) before.
    static func day() throws -> AppState { try ScreenFixtures.state(width: 120, height: 40) }

    static func footer(_ state: AppState) -> String { render(state).textLines().last ?? "" }

    /// What the store answers `A` on the fixtures' day: the four unread papers marked read, and the
    /// three of them not seen yet (the first is: the cursor is on it) made seen.
    static func change(_ state: AppState, at date: Date = Date()) -> BulkReadChange {
        let unread = state.window.rows.filter { !$0.isRead }
        let unseen = unread.filter { !$0.isSeen }.map { ($0.paper.id, BulkReadChange.PriorSeen(seenAt: nil, seenVersion: nil)) }
        return BulkReadChange(readIDs: unread.map(\.paper.id), madeSeen: Dictionary(uniqueKeysWithValues: unseen), date: date)
    }

    /// The day once `A` and `y` are pressed, the store has marked the four unread papers, and the
    /// list has been read again.
    static func marked() throws -> (AppState, BulkReadChange) {
        let state = try day()
        let change = Self.change(state)
        let asked = press(state, .character("A"), .character("y")).0
        var marked = Reader.update(asked, .bulkMarked(change, undo: false)).0
        marked = Reader.update(marked, .located(0)).0
        var rows = state.window.rows.map { $0.markedAllRead(at: change.date) }
        // Read before, so seen then (as the store keeps it).
        rows[1].seenAt = rows[1].readAt
        marked = Reader.update(marked, .countsLoaded(ListCounts(total: 5, starred: 1, unread: 0, seen: 5), query: marked.query)).0
        marked = Reader.update(marked, .windowLoaded(ListWindow(offset: 0, rows: rows, query: marked.query))).0
        return (marked, change)
    }

    @Test("A asks in the status line, naming the day and its categories; nothing is written yet")
    func asks() throws {
        let (asking, effects) = press(try Self.day(), .character("A"))
        #expect(effects.isEmpty)
        #expect(asking.confirm?.question == "mark all 5 papers of 2026-04-27 · cs.AI read? y/n")
        #expect(Self.footer(asking) == " mark all 5 papers of 2026-04-27 · cs.AI read? y/n")
        // The filters shown are named too.
        var unread = try Self.day()
        unread.unreadOnly = true
        unread.counts = ListCounts(total: 4, starred: 0, unread: 4)
        #expect(press(unread, .character("A")).0.confirm?.question == "mark all 4 unread papers of 2026-04-27 · cs.AI read? y/n")
    }

    @Test("y marks every paper of the list at once on screen, asks the store for the whole list, and reads it again after")
    func yesMarks() throws {
        let state = try Self.day()
        let query = try #require(state.query)
        let (marking, effects) = press(state, .character("A"), .character("y"))
        #expect(effects == [.markAllRead(query)])
        #expect(marking.confirm == nil)
        #expect(marking.window.rows.allSatisfy { $0.isRead })
        // The papers it marks read are seen too, as the store marks them, and the title counts them.
        #expect(zip(state.window.rows, marking.window.rows).allSatisfy { before, after in before.isRead || after.isSeen })
        #expect(marking.counts.unread == 0)
        #expect(marking.counts.seen == 5)
        #expect(marking.status == "marking the papers of 2026-04-27 · cs.AI read…")
        let change = Self.change(state)
        let (done, reload) = Reader.update(marking, .bulkMarked(change, undo: false))
        #expect(done.status == "marked 4 papers of 2026-04-27 · cs.AI read (U puts them back)")
        #expect(done.lastBulkChange == BulkChange(query: query, listName: "2026-04-27 · cs.AI", marks: change))
        #expect(done.bulkWriting == nil)
        #expect(reload.contains(.loadCounts(query)))
        #expect(reload.contains { if case .locate(let ids, _) = $0 { ids.first == "2604.21935" } else { false } })
    }

    @Test("n, Esc or any other key cancels with a sentence, writes nothing and does nothing else", arguments: [
        Key.character("n"), .escape, .character("j"), .enter, .character("q"),
    ])
    func otherKeyCancels(_ key: Key) throws {
        let asking = press(try Self.day(), .character("A")).0
        let (cancelled, effects) = press(asking, key)
        #expect(effects.isEmpty)
        #expect(cancelled.confirm == nil)
        #expect(cancelled.status == "cancelled: no paper of 2026-04-27 · cs.AI was marked read")
        #expect(cancelled.cursor == 0)
        #expect(!cancelled.paperOpen && !cancelled.wantsQuit)
        #expect(cancelled.window == asking.window)
        #expect(cancelled.counts == asking.counts)
    }

    @Test("U puts back exactly the papers A marked, not the one read before, and unseen those it made seen; after that there is nothing to undo")
    func undo() throws {
        let (marked, change) = try Self.marked()
        let query = try #require(marked.query)
        #expect(marked.window.rows.count == 5)
        let (undoing, effects) = press(marked, .character("U"))
        #expect(effects == [.undoMarkAllRead(change)])
        #expect(undoing.window.rows.filter { !$0.isRead }.map(\.paper.id) == change.readIDs)
        #expect(undoing.window.rows[1].isRead)
        #expect(undoing.counts.unread == 4)
        // The first paper was seen before A, the others only because of it.
        #expect(undoing.window.rows.map(\.isSeen) == [true, true, false, false, false])
        #expect(undoing.counts.seen == 2)
        #expect(undoing.status == "putting 4 papers of 2026-04-27 · cs.AI back as unread…")
        let (undone, reload) = Reader.update(undoing, .bulkMarked(change, undo: true))
        #expect(undone.status == "put 4 papers of 2026-04-27 · cs.AI back as unread")
        #expect(undone.lastBulkChange == nil)
        #expect(reload.contains(.loadCounts(query)))
        let (again, none) = press(undone, .character("U"))
        #expect(none.isEmpty)
        #expect(again.status == "nothing to undo: A marks a whole list read, U then puts it back")
    }

    @Test("nothing to undo at first; a list read already or empty is said, not asked about")
    func nothingToDo() throws {
        let state = try Self.day()
        #expect(press(state, .character("U")).0.status == "nothing to undo: A marks a whole list read, U then puts it back")
        var allRead = state
        allRead.counts.unread = 0
        let (said, effects) = press(allRead, .character("A"))
        #expect(effects.isEmpty)
        #expect(said.confirm == nil)
        #expect(said.status == "every paper of 2026-04-27 · cs.AI is read already")
        var empty = state
        empty.counts = ListCounts(total: 0, starred: 0, unread: 0)
        empty.window = .empty
        #expect(press(empty, .character("A")).0.status == "nothing to mark read: 2026-04-27 · cs.AI holds no papers")
    }

    @Test("a search, the inbox and a venue list are named as such")
    func namesTheList() throws {
        var search = try Self.day()
        search.source = .search("agent")
        search.counts = ListCounts(total: 12, starred: 0, unread: 3)
        #expect(press(search, .character("A")).0.confirm?.question == "mark these 12 search results read? y/n")
        var inbox = try Self.day()
        inbox.source = .inbox(since: Date())
        #expect(press(inbox, .character("A")).0.confirm?.question == "mark all 5 papers of the inbox read? y/n")
        var venue = try Self.day()
        venue.source = .venue(edition: "ICLR.2025", group: "Oral")
        #expect(press(venue, .character("A")).0.confirm?.question == "mark all 5 papers of ICLR.2025 · Oral read? y/n")
    }

    @Test("a bulk write that fails says why and reads the list again; the change before it can still be undone")
    func failure() throws {
        let (marked, ids) = try Self.marked()
        let asked = press(marked, .character("A"), .character("y")).0
        let (failed, reload) = Reader.update(asked, .bulkMarkFailed("nothing was marked read: the cache is read-only"))
        #expect(failed.statusIsError)
        #expect(failed.status == "nothing was marked read: the cache is read-only")
        #expect(failed.bulkWriting == nil)
        #expect(reload.contains { if case .loadCounts = $0 { true } else { false } })
        #expect(failed.lastBulkChange?.marks.readIDs == ids.readIDs)
    }

    @Test("a paper the cursor reaches after A (or while A is written) is seen by the user: U leaves it seen")
    func reachedStaysSeen() throws {
        let (marked, change) = try Self.marked()
        let third = marked.window.rows[2].paper.id
        let moved = press(marked, .character("j"), .character("j")).0
        #expect(moved.cursor == 2)
        let (undoing, effects) = press(moved, .character("U"))
        var kept = change
        kept.keepSeen([third])
        #expect(effects == [.undoMarkAllRead(kept)])
        #expect(undoing.window.rows.map(\.isSeen) == [true, true, true, false, false])
        #expect(undoing.counts.seen == 3)

        // Reached while the store is still writing A: its answer does not know that yet.
        let state = try Self.day()
        let writing = press(state, .character("A"), .character("y"), .character("j"), .character("j")).0
        let written = Reader.update(writing, .bulkMarked(Self.change(state), undo: false)).0
        #expect(written.lastBulkChange?.marks.madeSeen.keys.sorted() == Self.change(state).madeSeen.keys.filter { $0 != third }.sorted())
    }

    @Test("while a bulk change is written, A and U wait for it")
    func oneAtATime() throws {
        let marking = press(try Self.day(), .character("A"), .character("y")).0
        for key in ["A", "U"] {
            let (waiting, effects) = press(marking, .character(Character(key)))
            #expect(effects.isEmpty)
            #expect(waiting.confirm == nil)
            #expect(waiting.status == "still writing the marks of 2026-04-27 · cs.AI: a moment")
        }
    }
}

@Suite("update: n and p in the full-width paper view")
struct OpenPaperStepTests {
    /// A narrow terminal with the first paper open full-width, scrolled down a little.
    static func opened(markReadOnOpen: Bool = true) throws -> AppState {
        var state = try ScreenFixtures.state(width: 80, height: 24)
        state.markReadOnOpen = markReadOnOpen
        state = press(state, .enter).0
        state.abstractScroll = 2
        return state
    }

    static func marks(_ effects: [Effect]) -> [Effect] {
        effects.filter { if case .applyMark = $0 { true } else { false } }
    }

    @Test("n asks for the next unread paper to open; it opens at its top, marked read, and only it")
    func nextOpens() throws {
        let state = try Self.opened()
        let query = try #require(state.query)
        let (asked, effects) = press(state, .character("n"))
        #expect(effects == [.seekUnreadToOpen(query, from: 0, forward: true)])
        #expect(asked.paperOpen)
        let (shown, opened) = Reader.update(asked, .openUnread(at: 2, in: query))
        #expect(shown.cursor == 2)
        #expect(shown.paperOpen)
        #expect(shown.focus == .abstract)
        #expect(shown.abstractScroll == 0)
        #expect(Self.marks(opened) == [.applyMark(.read, paperID: shown.window.rows[2].paper.id)])
        #expect(shown.selected?.isRead == true)
        #expect(shown.counts.unread == state.counts.unread - 1)
        let (_, back) = press(shown, .character("p"))
        #expect(back == [.seekUnreadToOpen(query, from: 2, forward: false)])
    }

    @Test("with mark_read_on_open off, n opens the paper and marks nothing")
    func noMarkWhenOff() throws {
        let state = try Self.opened(markReadOnOpen: false)
        let (shown, effects) = Reader.update(state, .openUnread(at: 2, in: try #require(state.query)))
        #expect(shown.cursor == 2 && shown.paperOpen)
        #expect(Self.marks(effects).isEmpty)
    }

    @Test("a paper whose row is still being read is marked once it arrives, if it is still the one open")
    func waitsForTheRow() throws {
        var state = try Self.opened()
        state.counts = ListCounts(total: 1_000, starred: 0, unread: 1_000)
        state.window = ListWindow(offset: 0, rows: WindowTests.rows(0..<160), query: state.query)
        let query = try #require(state.query)
        let (far, effects) = Reader.update(state, .openUnread(at: 500, in: query))
        #expect(far.cursor == 500)
        #expect(Self.marks(effects).isEmpty)
        let rows = ListWindow(offset: 480, rows: WindowTests.rows(480..<520), query: query)
        let (arrived, arrivedEffects) = Reader.update(far, .windowLoaded(rows))
        #expect(Self.marks(arrivedEffects) == [.applyMark(.read, paperID: "2604.00500")])
        #expect(arrived.opening == nil)
        // Closed before its row came: the paper was never on screen, so it stays unread.
        let closed = press(far, .escape).0
        #expect(!closed.paperOpen)
        #expect(Self.marks(Reader.update(closed, .windowLoaded(rows)).1).isEmpty)
    }

    @Test("an answer that comes after the paper was closed moves the cursor and marks nothing; one for another list is dropped")
    func lateAnswers() throws {
        let state = try Self.opened()
        let query = try #require(state.query)
        let closed = press(state, .escape).0
        let (moved, effects) = Reader.update(closed, .openUnread(at: 3, in: query))
        #expect(moved.cursor == 3)
        #expect(!moved.paperOpen)
        #expect(Self.marks(effects).isEmpty)
        let (other, none) = Reader.update(state, .openUnread(at: 3, in: ListQuery(scope: .day("2020-01-01"))))
        #expect(other.cursor == 0)
        #expect(none.isEmpty)
    }

    @Test("in the list (not the paper view) n still only moves the cursor")
    func listUnchanged() throws {
        let state = try ScreenFixtures.state(width: 80, height: 24)
        let query = try #require(state.query)
        #expect(press(state, .character("n")).1 == [.seekUnread(query, from: 0, forward: true)])
        let (moved, effects) = Reader.update(state, .jump(to: 2))
        #expect(moved.cursor == 2)
        #expect(Self.marks(effects).isEmpty)
    }

    @Test("in a search's paper view n opens the next hit and marks it read")
    func searchHits() throws {
        var state = try Self.opened()
        state.source = .search("agent")
        state.window.query = state.query
        let (next, effects) = press(state, .character("n"))
        #expect(next.cursor == 1)
        #expect(next.paperOpen)
        // The second paper was read already: nothing to write.
        #expect(Self.marks(effects).isEmpty)
        let (third, more) = press(next, .character("n"))
        #expect(third.cursor == 2)
        #expect(Self.marks(more) == [.applyMark(.read, paperID: third.window.rows[2].paper.id)])
    }
}

@Suite("footer: where the focus is")
struct FocusFooterTests {
    @Test("Enter in the wide layout says the paper has the focus and how to come back; Tab and Esc do")
    func enterSaysFocus() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let opened = press(state, .enter).0
        #expect(opened.focus == .abstract)
        #expect(BulkMarksTests.footer(opened) == " paper focused: j/k scroll · Tab next pane · Esc back to the list")
        let faq = press(opened, .tab).0
        #expect(BulkMarksTests.footer(faq) == " FAQ focused: j/k scroll · Tab next pane · Esc back to the list")
        let list = press(faq, .tab).0
        #expect(list.focus == .list)
        #expect(BulkMarksTests.footer(list).hasPrefix(" j/k move · Enter open"))
        let back = press(opened, .escape).0
        #expect(back.focus == .list)
        #expect(!back.wantsQuit)
        #expect(BulkMarksTests.footer(back).hasPrefix(" j/k move · Enter open"))
    }

    @Test("the focus footer names the keys as bound")
    func boundKeys() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.keymap = try Keymap.parse(["down": ["C-n"], "up": ["C-p"], "focus": ["backtab"], "back": ["q"]])
        let opened = press(state, .enter).0
        #expect(BulkMarksTests.footer(opened) == " paper focused: Ctrl-N/Ctrl-P scroll · S-Tab next pane · q back to the list")
    }
}
