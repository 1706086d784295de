import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

@Suite("update and render: K edits the preference keywords, which light up in titles and abstracts")
struct KeywordsUpdateTests {
    static func keywords(_ line: String) throws -> PreferenceKeywords {
        try KeywordLine.parse(line)
    }

    /// The cells of the first run of `word` (in ASCII) in a row holding `rowText`, from `column` on.
    static func cells(of word: String, inRowWith rowText: String, from column: Int = 0, _ buffer: ScreenBuffer) throws -> [Cell] {
        let lines = buffer.textLines()
        let row = try #require(lines.firstIndex { $0.contains(rowText) && $0.dropFirst(column).contains(word) })
        let line = lines[row]
        let start = try #require(line.dropFirst(column).range(of: word))
        // Columns, not characters: a CJK character or an emoji before the word takes two.
        let offset = TextWidth.width(of: String(line[..<start.lowerBound]))
        return (offset..<(offset + word.count)).map { buffer[row, $0] }
    }

    @Test("K opens the keywords as one line; Enter shows them at once and asks for them to be saved")
    func enterSaves() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.keywords = try Self.keywords(#"diffusion, "kv cache""#)
        let (open, none) = press(state, .character("K"))
        #expect(none.isEmpty)
        #expect(open.input?.kind == .keywords)
        #expect(open.input?.text == #"diffusion, "kv cache""#)
        #expect(render(open).textLines()[39].contains(#"keywords: diffusion, "kv cache"▏  Enter saves, Ctrl-E in $EDITOR, Esc back"#))
        let (typed, _) = type(open, " -survey")
        let (saved, effects) = press(typed, .enter)
        #expect(effects == [.saveKeywords(["diffusion", "kv cache", "-survey"])])
        #expect(saved.input == nil)
        #expect(saved.keywords.entries == ["diffusion", "kv cache", "-survey"])
        #expect(saved.status?.contains("saving") == true)
        let (done, _) = apply(saved, .keywordsSaved("keywords saved in /home/me/.config/papers-tui/config.toml", saved: true))
        #expect(done.status == "keywords saved in /home/me/.config/papers-tui/config.toml (S sorts by them)")
        #expect(!done.statusIsError)
    }

    @Test("Esc leaves the keywords as they were, and saves nothing")
    func escapeCancels() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.keywords = try Self.keywords("diffusion")
        let (typed, _) = type(press(state, .character("K")).0, ", agent")
        let (cancelled, effects) = press(typed, .escape)
        #expect(effects.isEmpty)
        #expect(cancelled.input == nil)
        #expect(cancelled.keywords == state.keywords)
        #expect(cancelled.source == state.source)
    }

    @Test("a line that cannot be read keeps the editor open and says why; nothing is saved")
    func malformed() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (typed, _) = type(press(state, .character("K")).0, "agent - survey")
        #expect(typed.input?.problem == KeywordLineError.lonePushDown.description)
        let (kept, effects) = press(typed, .enter)
        #expect(effects.isEmpty)
        #expect(kept.input?.kind == .keywords)
        #expect(kept.keywords.isEmpty)
        // A quote being typed is a phrase begun, not yet a mistake; Enter on it is.
        let (quoting, _) = type(press(state, .character("K")).0, #""kv ca"#)
        #expect(quoting.input?.problem == nil)
        let (unclosed, none) = press(quoting, .enter)
        #expect(none.isEmpty)
        #expect(unclosed.input?.problem == KeywordLineError.unclosedQuote.description)
    }

    @Test("emptying the line clears the keywords; the same line again saves nothing")
    func clearAndUnchanged() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.keywords = try Self.keywords("agent")
        let (cleared, effects) = press(press(state, .character("K")).0, .control("u"), .enter)
        #expect(cleared.keywords.isEmpty)
        #expect(effects == [.saveKeywords([])])
        let (same, none) = press(state, .character("K"), .enter)
        #expect(none.isEmpty)
        #expect(same.status == "keywords unchanged")
    }

    @Test("a save that failed says so as an error, and the keywords stay for the session")
    func saveFailed() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (saved, _) = press(type(press(state, .character("K")).0, "agent").0, .enter)
        let (failed, _) = apply(saved, .keywordsSaved("keywords not saved (they hold until the reader quits): locked", saved: false))
        #expect(failed.statusIsError)
        #expect(failed.keywords.entries == ["agent"])
    }

    @Test("the list shows a keyword in its colour, one written with - in another; the text and layout stay")
    func listHighlight() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        let plain = render(state)
        state.keywords = try Self.keywords("reasoning, -agent")
        let buffer = render(state)
        #expect(buffer.textLines() == plain.textLines())
        let theme = Theme.standard
        // Row 1 is not under the cursor, so the keyword's own colour shows.
        for cell in try Self.cells(of: "Agent", inRowWith: "Artifact-based", buffer) {
            #expect(cell.style.foreground == theme.disliked.foreground)
        }
        let before = try Self.cells(of: "Framework", inRowWith: "Artifact-based", buffer)
        #expect(before.allSatisfy { $0.style.foreground != theme.disliked.foreground })
        // The CJK row: "agents" is a word form of agent.
        for cell in try Self.cells(of: "agents", inRowWith: "👩‍💻", buffer) {
            #expect(cell.style.foreground == theme.disliked.foreground)
        }
        // Under the cursor the keyword keeps its own colour over the row's, or it would not show.
        for cell in try Self.cells(of: "reasoning", inRowWith: "Math Takes Two", buffer) {
            #expect(cell.style.bold)
            #expect(cell.style.foreground == theme.liked.foreground)
            #expect(cell.style.background == theme.selected.background)
        }
        let rest = try Self.cells(of: "Takes", inRowWith: "Math Takes Two", buffer)
        #expect(!rest.isEmpty && rest.allSatisfy { $0.style.foreground != theme.liked.foreground })
        // A minus keyword under the cursor too.
        var negative = state
        negative.keywords = try Self.keywords("-reasoning")
        for cell in try Self.cells(of: "reasoning", inRowWith: "Math Takes Two", render(negative)) {
            #expect(cell.style.foreground == theme.disliked.foreground)
        }
    }

    @Test("the abstract pane lights up keywords in the title and the abstract")
    func abstractHighlight() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.keywords = try Self.keywords("communication")
        let buffer = render(state)
        let listWidth = try #require(state.layout.verticalBorder)
        let cells = try Self.cells(of: "communication", inRowWith: "communication", from: listWidth + 1, buffer)
        #expect(cells.allSatisfy { $0.style.foreground == Theme.standard.liked.foreground })
    }

    @Test("a search's own matches keep their look where a keyword matches too")
    func searchWins() {
        let highlighting = Highlighting(terms: ["math"], keywords: (try? Self.keywords("math, reasoning")) ?? .none, theme: .standard)
        let text = "Math Takes Two: emergent mathematical reasoning"
        let marks = Highlight.marks(in: text, highlighting)
        #expect(marks.map { String(text[$0.range]) } == ["Math", "math", "reasoning"])
        #expect(marks.map { $0.kind } == [.search, .search, .liked])
        var buffer = ScreenBuffer(width: 60, height: 1)
        Highlight.write(text, highlighting, row: 0, column: 0, limit: 60, style: .plain, buffer: &buffer)
        #expect(buffer[0, 0].style.underline && buffer[0, 0].style.bold)
        #expect(buffer[0, 40].style.foreground == Theme.standard.liked.foreground)
        #expect(buffer.textLines() == [text])
    }

    @Test("K is in the help, bound by default, and rebindable as \"keywords\"")
    func help() throws {
        #expect(Keymap().command(for: .character("K")) == .editKeywords)
        #expect(Command(rawValue: "keywords") == .editKeywords)
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.overlay = .help
        #expect(render(state).textLines().contains { $0.contains("K") && $0.contains("preference keywords") })
    }
}
