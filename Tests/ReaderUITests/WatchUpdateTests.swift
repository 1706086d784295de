import Foundation
@testable import ReaderStore
import Testing
@testable import ReaderUI

@Suite("W: watching a paper's authors or a keyword, ◆ in the list, the watched papers in the v picker")
struct WatchUpdateTests {
    @Test("W lists the paper's authors and a row for a keyword; Enter watches one at once, the write follows")
    func watchAnAuthor() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let paper = try #require(state.selected?.paper)
        let first = try #require(Watch(.author, paper.authors[0]))
        let (opened, none) = press(state, .character("W"))
        #expect(none.isEmpty)
        guard case .watchPicker(let picker) = opened.overlay else { Issue.record("no picker"); return }
        #expect(picker.rows.first == .watch(first))
        #expect(picker.rows.last == .newKeyword)
        #expect(render(opened).textLines().contains { $0.contains("  author  \(first.value)") })

        let (watching, effects) = press(opened, .enter)
        #expect(effects == [.setWatch(first, on: true)])
        #expect(watching.watches.watched(first) != nil)
        #expect(watching.status == "watching \(first.value): ◆ marks their papers in every list, v lists them all")
        let screen = render(watching).textLines()
        #expect(screen.contains { $0.contains("◆ author  \(first.value)") }, "the picker shows it watched")

        // Closed: the paper's row carries ◆ after its number, the paper pane says whom it matches.
        let (closed, _) = press(watching, .escape)
        #expect(closed.overlay == nil)
        let lines = render(closed).textLines()
        #expect(lines.contains { $0.hasPrefix("1◆ • Math Takes Two") })
        #expect(!lines.contains { $0.hasPrefix("2◆") }, "the next paper is not by them")
        #expect(lines.contains { $0.contains("◆ Watching: \(first.value)") })
        // Pressed again on the same author, it stops.
        let (stopped, again) = press(closed, .character("W"), .enter)
        #expect(again == [.setWatch(first, on: false)])
        #expect(stopped.watches.isEmpty)
        #expect(!render(press(stopped, .escape).0).textLines().contains { $0.contains("◆ Watching") })
    }

    @Test("the picker's last row asks for a keyword in the status line; a line with no word says so and stays")
    func watchAKeyword() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        var (typing, _) = press(state, .character("W"), .character("G"))
        guard case .watchPicker(let picker) = typing.overlay else { Issue.record("no picker"); return }
        typing = apply(typing, Array(repeating: Action.key(.down), count: picker.rows.count)).0
        (typing, _) = press(typing, .enter)
        #expect(typing.overlay == nil)
        #expect(typing.input?.kind == .watchKeyword)
        #expect(render(typing).textLines().contains { $0.contains("watch keyword: ") })
        let (refused, nothing) = press(type(typing, "!!").0, .enter)
        #expect(nothing.isEmpty)
        #expect(refused.input?.problem != nil)
        let (done, effects) = press(type(typing, "kv cache").0, .enter)
        let keyword = try #require(Watch(.keyword, "kv cache"))
        #expect(effects == [.setWatch(keyword, on: true)])
        #expect(done.input == nil)
        #expect(done.watches.keywordWatches == [keyword])
        // The keyword is a row of the picker from then on, to stop watching it.
        guard case .watchPicker(let again) = press(done, .character("W")).0.overlay else { Issue.record("no picker"); return }
        #expect(again.rows.contains(.watch(keyword)))
    }

    @Test("a write that failed brings back what the cache holds and says why")
    func failedWrite() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (watching, _) = press(state, .character("W"), .enter)
        #expect(!watching.watches.isEmpty)
        let (back, _) = Reader.update(watching, .watchesLoaded(.none, failure: "the cache is read-only"))
        #expect(back.watches.isEmpty)
        #expect(back.statusIsError)
        #expect(back.status == "the watch list could not be saved: the cache is read-only")
    }

    @Test("v lists the watched papers first among the searches; Enter shows them newest first and takes them as looked at")
    func watchedInPicker() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        let watches = WatchList([try #require(Watch(.author, "Jane Doe")), try #require(Watch(.keyword, "agents"))])
        let query = try #require(watches.query)
        #expect(query == "au:\"Jane Doe\" OR agents sort:date")
        (state, _) = Reader.update(state, .watchesLoaded(watches))
        let watched = SavedSearch(name: "watched", query: query, savedAt: Date(), lookedAt: Date(), newMatches: 4)
        let saved = SavedSearch(name: "agents", query: "agent", savedAt: Date(), lookedAt: Date(), newMatches: 1)
        (state, _) = Reader.update(state, .editionsLoaded([], saved: [saved], watched: watched))
        #expect(render(state).textLines().contains { $0.contains("watched: 1 author, 1 keyword · new") })
        let (shown, effects) = press(state, .enter)
        #expect(shown.source == .search(query))
        #expect(render(shown).textLines().first?.hasPrefix(" papers-tui · watched: 1 author, 1 keyword · ") == true)
        #expect(shown.status == "watched 1 author, 1 keyword: 4 new since you last looked · W changes what is watched")
        #expect(effects.contains(.markWatchedLooked))
        // The saved search after it is still the saved search.
        let (second, more) = press(state, .down, .enter)
        #expect(second.source == .search("agent sort:date"))
        #expect(more.contains(.markSavedSearchLooked(name: "agents")))
    }
}
