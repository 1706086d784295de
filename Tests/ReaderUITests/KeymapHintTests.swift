import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

@Suite("[keys]: a binding replaces the defaults, a list keeps several, and every hint follows")
struct KeymapHintTests {
    @Test("for every command, binding it to z takes its default keys away and gives it z alone")
    func everyCommandIsReplaced() throws {
        for command in Command.allCases {
            let keymap = try Keymap.parse([command.rawValue: ["z"]])
            #expect(keymap.keys(for: command) == [.character("z")], "\(command)")
            for key in Keymap().keys(for: command) {
                #expect(keymap.command(for: key) == nil, "\(command) keeps its default \(key.label)")
            }
            for other in Command.allCases where other != command {
                #expect(keymap.keys(for: other) == Keymap().keys(for: other), "\(other) changed when \(command) was bound")
            }
        }
    }

    @Test("a list binds several keys: star = [\"s\", \"w\"] keeps s and adds w")
    func listKeepsBoth() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.keymap = try Keymap.parse(["star": ["s", "w"]])
        #expect(state.keymap.keys(for: .toggleStar) == [.character("s"), .character("w")])
        let (starred, effects) = press(state, .character("w"))
        #expect(effects == [.applyMark(.star, paperID: "2604.21935")])
        #expect(press(starred, .character("s")).1 == [.applyMark(.unstar, paperID: "2604.21935")])
    }

    @Test("hints name a letter first, then a named key before Space or a Ctrl chord")
    func labels() throws {
        let keymap = Keymap()
        #expect(keymap.label(for: .pageDown) == "PgDn")
        #expect(keymap.label(for: .pageUp) == "b")
        #expect(keymap.label(for: .back) == "q")
        #expect(keymap.keyName(for: .back, preferring: .escape) == "Esc")
        #expect(keymap.label(for: .redraw) == "Ctrl-L")
        #expect(try Keymap.parse(["page-down": ["C-f", "Space"]]).label(for: .pageDown) == "Space")
        #expect(try Keymap.parse(["back": ["q"]]).keyName(for: .back, preferring: .escape) == "q")
    }

    @Test("the panes' scroll hints, the help's footer and the empty lists name the bound keys")
    func hintsFollowBindings() throws {
        var state = try ScreenFixtures.state(width: 80, height: 12)
        state.keymap = try Keymap.parse(["focus": ["backtab"], "down": ["C-n"], "up": ["C-p"], "top": ["Home"],
                                         "page-down": ["PgDn"], "unread-only": ["X"], "starred-only": ["Z"],
                                         "sync": ["C-r"], "search": ["C-s"], "back": ["Q"], "quit": ["C-q"]])
        state = press(state, .enter).0
        var screen = render(state).textLines().joined(separator: "\n")
        // The opened paper has the focus: its hint names only the scrolling keys.
        #expect(screen.contains("more (Ctrl-N/Ctrl-P)"))
        var wide = state
        wide.width = 120
        wide.height = 40
        wide.paperOpen = false
        wide.focus = .list
        // Beside the list, which has the focus, it names the key that moves the focus too.
        #expect(render(wide).textLines().joined(separator: "\n").contains("more (S-Tab, then Ctrl-N/Ctrl-P)"))
        state = press(state, .end).0
        screen = render(state).textLines().joined(separator: "\n")
        #expect(screen.contains("↑ top: Home"))

        var help = try ScreenFixtures.state(width: 40, height: 12)
        help.keymap = state.keymap
        help.overlay = .help
        #expect(render(help).textLines().contains { $0.contains("Ctrl-N/Ctrl-P PgDn scroll") })

        var empty = try ScreenFixtures.state(width: 120, height: 40)
        empty.keymap = state.keymap
        empty.counts = ListCounts(total: 0, starred: 0, unread: 0)
        empty.window = .empty
        empty.unreadOnly = true
        #expect(ListPane.emptyListMessage(empty) == "Nothing matches the filter (X / Z to clear it).")
        empty.unreadOnly = false
        empty.source = .papers([], label: "opened")
        #expect(ListPane.emptyListMessage(empty) == "No papers here: Q goes back to the day.")
        empty.source = .day
        empty.day = nil
        empty.cachedPapers = 3
        #expect(ListPane.emptyListMessage(empty) == "3 papers cached, none in a day's list: Ctrl-S searches them all, Ctrl-R syncs today's list.")
    }

    @Test("Esc stops a FAQ while it is back's key; bound elsewhere, hints and help name stop-faq's key")
    func stopKey() throws {
        let job = FAQJob(paperID: "2604.21935", lang: .en)
        var state = try ScreenFixtures.state(width: 160, height: 40)
        #expect(state.keymap.stopFAQKeyName == "Esc")
        state.keymap = try Keymap.parse(["back": ["q"]])
        #expect(state.keymap.stopFAQKeyName == "x")
        let (running, _) = apply(state, .key(.character("f")), .faqProgress(job, .streaming(source: .pdf, model: "m")))
        #expect(render(running).textLines().contains { $0.contains("⟳ m is writing · from the PDF · x stops") })
        #expect(press(running, .character("f")).0.status == "the FAQ is already being generated (x stops it)")
        #expect(press(running, .escape).1.isEmpty)
        #expect(press(running, .character("x")).1 == [.cancelFAQ(job)])
        #expect(Command.stopFAQ.summary(in: state.keymap) == "FAQ: stop writing (keeps the part)")
        #expect(Command.stopFAQ.summary(in: Keymap()) == "FAQ: stop (Esc too; keeps the part)")
    }

    @Test("the search's no-match sentence names the keys that edit it and go back")
    func noMatches() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.keymap = try Keymap.parse(["search": ["C-s"], "back": ["q"]])
        state = press(state, .control("s")).0
        state = type(state, "zzz").0
        state = press(state, .enter).0
        state = Reader.update(state, .countsLoaded(ListCounts(total: 0, starred: 0, unread: 0))).0
        #expect(state.status == "no papers match: Ctrl-S edits the search, q goes back")
    }
}
