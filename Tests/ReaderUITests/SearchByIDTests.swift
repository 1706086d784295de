import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

/// An arXiv id or URL typed into the search line names a paper, not words to look for: the list shows
/// that paper as it is typed, and Enter opens it as `:` does (fetched when the cache lacks it).
@Suite("update: an arXiv id in the search line")
struct SearchByIDTests {
    static func typed(_ text: String) throws -> (AppState, [Effect]) {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        var effects: [Effect] = []
        for key in [Key.character("/")] + text.map(Key.character) {
            let (next, asked) = Reader.update(state, .key(key))
            state = next
            effects = asked
        }
        return (state, effects)
    }

    @Test("an id shows that paper while the line stays open; Enter opens it as : does")
    func idShowsThePaper() throws {
        let (state, effects) = try Self.typed("2604.21935")
        #expect(state.source == .papers(["2604.21935"], label: "2604.21935"))
        #expect(state.input?.text == "2604.21935")
        let line = render(state).textLines().last ?? ""
        #expect(line.contains("/2604.21935▏  a paper id: Enter opens it, from arXiv if not cached"), "\(line)")
        #expect(effects.contains { if case .loadCounts(let query) = $0 { query.scope == .papers(["2604.21935"]) } else { false } },
                "the paper is not read: \(effects)")
        let (opened, openEffects) = Reader.update(state, .key(.enter))
        #expect(opened.input == nil)
        #expect(openEffects == [.openPapers(["2604.21935"])])
        #expect(opened.status == "opening 2604.21935…")
    }

    @Test("an id the cache lacks: the empty list says Enter fetches it")
    func uncachedID() throws {
        var (state, _) = try Self.typed("2611.99999")
        state.counts = ListCounts(total: 0, starred: 0, unread: 0)
        state.counting = false
        state.window = ListWindow(offset: 0, rows: [], query: state.query)
        let screen = render(state).textLines().joined(separator: "\n")
        #expect(screen.contains("2611.99999 is not in the cache: Enter fetches it from arXiv."), "\(screen)")
    }

    @Test("a filter on marks may hide a cached paper: the empty list does not say it is not cached")
    func filteredIsNotUncached() throws {
        var (state, _) = try Self.typed("2604.21935")
        state.unreadOnly = true
        state.counts = ListCounts(total: 0, starred: 0, unread: 0)
        state.counting = false
        state.window = ListWindow(offset: 0, rows: [], query: state.query)
        let screen = render(state).textLines().joined(separator: "\n")
        #expect(!screen.contains("not in the cache"), "\(screen)")
    }

    @Test("a venue paper's id is opened, not promised from arXiv")
    func venueID() throws {
        let (state, _) = try Self.typed("abc123@OpenReview")
        #expect(state.source == .papers(["abc123@OpenReview"], label: "abc123@OpenReview"))
        let line = render(state).textLines().last ?? ""
        #expect(line.contains("a paper id: Enter opens it"), "\(line)")
        #expect(!line.contains("arXiv"), "\(line)")
    }

    @Test("a pasted URL with a version names the same paper; two ids name both")
    func urlAndSeveral() throws {
        #expect(try Self.typed("https://arxiv.org/abs/2604.21935v2").0.source == .papers(["2604.21935"], label: "2604.21935"))
        #expect(try Self.typed("2604.21935 2604.21935v1").0.source == .papers(["2604.21935"], label: "2604.21935"))
        let (both, _) = try Self.typed("2604.21935 arXiv:2604.21936")
        #expect(both.source == .papers(["2604.21935", "2604.21936"], label: "2604.21935, 2604.21936"))
        #expect(render(both).textLines().last?.contains("paper ids: Enter opens them") == true)
    }

    @Test("an id among words is a search for them all; Esc goes back from an id to the day")
    func idAmongWords() throws {
        let (mixed, _) = try Self.typed("agents 2604.21935")
        #expect(mixed.source == .search("agents 2604.21935"))
        let (named, _) = try Self.typed("2604.21935")
        let back = Reader.update(named, .key(.escape)).0
        #expect(back.source == .day)
        #expect(back.input == nil)
    }
}

@Suite("update: Ctrl-S on paper ids")
struct SaveSearchOfIDsTests {
    @Test("ids are not saved as a search: the line stays open and says Enter opens them")
    func idsAreNotSaved() throws {
        let (state, _) = try SearchByIDTests.typed("2604.21935")
        let (next, effects) = Reader.update(state, .key(.control("s")))
        #expect(!effects.contains { if case .saveSearch = $0 { true } else { false } })
        #expect(next.input?.problem == "paper ids are not a search to save: Enter opens them")
    }
}
