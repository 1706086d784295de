import Foundation
import Testing
@testable import ReaderUI

@Suite("80x24: the help and the status line show every word")
struct NarrowScreenTests {
    @Test("at 80x24 the help fits one screen in two columns, every command with all its keys and no word cut")
    func helpAt80x24() throws {
        var state = try ScreenFixtures.state(width: 80, height: 24)
        state.overlay = .help
        let lines = HelpLayout.bodyLines(state)
        #expect(lines.count <= HelpLayout.bodyRows(state), "no scrolling at 80x24")
        #expect(lines.allSatisfy { !$0.contains("…") }, "\(lines.filter { $0.contains("…") })")
        let screen = render(state).textLines().joined(separator: "\n")
        for command in Command.allCases {
            let keys = state.keymap.keys(for: command).map(\.label).joined(separator: " ")
            #expect(screen.contains(keys + " "), "\(command): \(keys)")
            #expect(screen.contains(command.brief(in: state.keymap)) || screen.contains(command.summary(in: state.keymap)), "\(command)")
        }
        #expect(screen.contains("Ctrl-F PgDn Space"))
        // Two columns with a clear gap, the box reaching both edges of the screen.
        // The box is as wide as its widest line and 4 cells more: 80.
        #expect(lines.map { TextWidth.width(of: $0) }.max() == 76, "\(lines.map { TextWidth.width(of: $0) })")
        let left = HelpLayout.bodyLines(state).first ?? ""
        #expect(left.dropFirst(37).hasPrefix("  "), "a gap of two cells between the columns: \(left)")
    }

    @Test("the 80-column footer gives up its least used hints, never help and quit")
    func footerAt80() throws {
        let state = try ScreenFixtures.state(width: 80, height: 24)
        let footer = Chrome.footerHints(state)
        #expect(TextWidth.width(of: footer) <= 79, "\(footer)")
        #expect(footer.contains("? help") && footer.contains("q quit"), "\(footer)")
        #expect(footer.contains("s star") && footer.contains("Enter open"), "\(footer)")
        let wide = try ScreenFixtures.state(width: 200, height: 60)
        #expect(Chrome.footerHints(wide).contains("R sync"), "nothing left out when it fits")
        var search = wide
        search.source = .search("agent")
        #expect(!Chrome.footerHints(search).contains("] day"), "[ and ] change the day only where a day is shown")
        var failed = wide
        failed.sync = .failed("sync failed: no categories chosen")
        failed.overlay = .categoryPicker(CategoryPicker(listed: ["cs.AI"], chosen: nil))
        #expect(press(failed, .enter).0.sync == .idle, "a failed sync's mark goes once other categories are chosen")
    }

    @Test("at 80x24, going to later papers in the full-width paper then back shows the list scrolled as if it had been shown")
    func backFromPaperKeepsScroll() throws {
        var state = SeenAndSectionsTests.day(total: 60, new: 60, height: 24)
        state.width = 80
        let (open, _) = press(state, .enter)
        #expect(open.paperOpen)
        // n in the paper goes to the next unread paper: a jump, three papers down.
        let (moved, _) = Reader.update(open, .jump(to: 3))
        #expect(moved.cursor == 3)
        let (back, _) = press(moved, .character("q"))
        #expect(!back.paperOpen)
        #expect(back.listTop == 0, "the list's top stays where it was, not on the paper opened")
        // Far down: the list follows so that the cursor's row is on screen, at its bottom.
        let (far, _) = Reader.update(open, .jump(to: 40))
        let (farBack, _) = press(far, .character("q"))
        #expect(farBack.visibleRows.contains(40))
        #expect(farBack.listTop < 40, "the cursor on the bottom rows, not the top one")
    }

    @Test("= from the full-width paper shows the related papers as a list, not the first of them opened")
    func relatedFromThePaper() throws {
        var state = SeenAndSectionsTests.day(total: 20, new: 20, height: 24)
        state.width = 80
        let (open, _) = press(state, .enter)
        #expect(open.paperOpen)
        let (related, _) = Reader.update(open, .papersOpened(["2604.00005", "2604.00006"], label: "related to 2604.00000"))
        #expect(!related.paperOpen)
        #expect(related.focus == .list)
        let (one, _) = Reader.update(open, .papersOpened(["2604.00005"], label: "2604.00005"))
        #expect(one.paperOpen, "a single paper asked for opens at once")
    }

    @Test("every brief summary is at most 18 cells, with the default keys and rebound ones")
    func briefWidths() throws {
        for keymap in [Keymap(), try Keymap.parse(["back": ["q"], "stop-faq": ["x"]])] {
            for command in Command.allCases {
                #expect(TextWidth.width(of: command.brief(in: keymap)) <= 18, "\(command): \(command.brief(in: keymap))")
            }
        }
    }

    @Test("wide enough, the help keeps the full summaries")
    func helpWide() throws {
        var state = try ScreenFixtures.state(width: 200, height: 60)
        state.overlay = .help
        let screen = render(state).textLines().joined(separator: "\n")
        #expect(screen.contains(Command.cycleSort.summary(in: state.keymap)))
        #expect(screen.contains(Command.inbox.summary(in: state.keymap)))
    }

    @Test("what is wrong with a typed line, too long to stand beside it at 80 columns, is shown whole on the row above")
    func inputProblemAbove() throws {
        var state = SeenAndSectionsTests.day(total: 60, new: 60, height: 24)
        state.width = 80
        state = press(state, .character(":")).0
        state = type(state, "nonsense-that-is-long").0
        state = press(state, .enter).0
        let problem = "'nonsense-that-is-long' is not a paper reference (expected an arXiv id or URL)"
        #expect(state.input?.problem == problem)
        #expect(state.statusRows == 2)
        let lines = render(state).textLines()
        #expect(lines[22].trimmingCharacters(in: .whitespaces) == problem)
        #expect(lines[23].hasPrefix(" :nonsense-that-is-long▏"))
        #expect(!lines[23].contains("not a paper"))
        // Edited, the problem goes and the row is the list's again.
        state = press(state, .backspace).0
        #expect(state.input?.problem == nil)
        #expect(state.statusRows == 1)
        // A short problem stays beside the text, on one row.
        state.input?.problem = "not yet"
        #expect(StatusLines.problemLines(try #require(state.input), state: state, rows: 3).isEmpty)
    }

    @Test("a status sentence longer than 80 columns takes rows from the list until the next key, its end shown, the cursor in view")
    func longStatus() throws {
        var state = SeenAndSectionsTests.day(total: 60, new: 60, height: 24)
        state.width = 80
        // The cursor on the list's last row on screen.
        state = Reader.update(state, .jump(to: state.listRows - 2)).0
        let bottom = state.cursor
        #expect(state.visibleRows.upperBound == bottom + 1)
        let sentence = "arXiv answered 503 (service unavailable) three times: nothing was changed; press R to try again in a minute"
        state = Reader.update(state, .syncFinished(.success(sentence))).0
        #expect(state.statusRows == 2)
        #expect(state.visibleRows.contains(bottom), "the cursor's row is not covered by the status")
        let lines = render(state).textLines()
        let shown = (lines[22] + " " + lines[23]).split(separator: " ").joined(separator: " ")
        #expect(shown == sentence)
        state = press(state, .character("k")).0
        #expect(state.statusRows == 1)
        let after = render(state).textLines()
        #expect(!after[22].contains("arXiv answered"), "the row above is the list's again")
        // Longer still: three rows, never more.
        let long = Array(repeating: sentence, count: 3).joined(separator: "; ")
        state = Reader.update(state, .syncFinished(.success(long))).0
        #expect(state.statusRows == 3)
        let three = render(state).textLines()
        #expect(three[21].hasPrefix(" arXiv answered"))
        #expect(three[23].hasSuffix("…"), "cut at the end of the third row: \(three[23])")
    }

    @Test("a short status keeps to its own line")
    func shortStatus() throws {
        var state = try ScreenFixtures.state(width: 80, height: 24)
        let before = render(state).textLines()[22]
        state.status = "starred"
        let lines = render(state).textLines()
        #expect(lines[22] == before)
        #expect(lines[23].trimmingCharacters(in: .whitespaces) == "starred")
    }
}
