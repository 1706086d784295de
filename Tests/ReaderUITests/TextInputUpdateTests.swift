import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

@Suite("the text input's own update")
struct TextInputUpdateTests {
    @Test("characters append, Backspace and Ctrl-H delete one, Ctrl-U clears; Enter and Esc end it")
    func editing() {
        var input = TextInput(kind: .search, returnTo: .day)
        for character in "gra" { #expect(input.update(.character(character)) == .edited) }
        #expect(input.text == "gra")
        #expect(input.update(.backspace) == .edited)
        #expect(input.update(.control("h")) == .edited)
        #expect(input.text == "g")
        #expect(input.update(.control("u")) == .edited)
        #expect(input.text.isEmpty)
        #expect(input.update(.backspace) == .unchanged)
        #expect(input.update(.down) == .unchanged)
        #expect(input.update(.enter) == .commit)
        #expect(input.update(.escape) == .cancel)
    }

    @Test("the word being typed is a prefix from its third letter; a finished word matches whole")
    func typingQuery() {
        #expect(TextInput.typingQuery("qu") == "qu")
        #expect(TextInput.typingQuery("qua") == "qua*")
        #expect(TextInput.typingQuery("quantum ") == "quantum")
        #expect(TextInput.typingQuery("graph OR") == "graph OR")
        #expect(TextInput.typingQuery("neural-net") == "neural-net")
    }

    @Test(": with something that is not a reference keeps the line and says why; ids open")
    func openReferences() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (typing, _) = type(press(state, .character(":")).0, "nonsense")
        let (kept, none) = press(typing, .enter)
        #expect(none.isEmpty)
        #expect(kept.input?.problem == "'nonsense' is not a paper reference (expected an arXiv id or URL)")
        let (opening, effects) = press(type(press(state, .character(":")).0, "2411.18123 https://arxiv.org/abs/2604.21935").0, .enter)
        #expect(opening.input == nil)
        #expect(effects == [.openPapers(["2411.18123", "2604.21935"])])
        #expect(opening.status == "opening 2411.18123, 2604.21935…")
    }

    @Test("a search that does not parse keeps the list and the line; erasing it all goes back to the day")
    func emptyingTheSearch() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (searching, _) = type(press(state, .character("/")).0, "agent")
        #expect(searching.source == .search("agent*"))
        let (broken, _) = type(searching, " \"")
        #expect(broken.source == .search("agent"))
        #expect(broken.input?.problem != nil)
        let (erased, effects) = press(broken, .control("u"))
        #expect(erased.source == .day)
        #expect(effects.contains { if case .loadCounts(let query) = $0 { query.scope == .day("2026-04-27") } else { false } })
    }

    @Test("the prompt's hint names the input's own keys")
    func hint() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let search = render(press(state, .character("/")).0).textLines().last ?? ""
        #expect(search.contains("search titles, authors, abstracts (Enter goes to the results, Esc back, Ctrl-S saves it)"))
        let open = render(press(state, .character(":")).0).textLines().last ?? ""
        #expect(open.contains("arXiv ids or URLs (Enter opens)"))
    }
}
