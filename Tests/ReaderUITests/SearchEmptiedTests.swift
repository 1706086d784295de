import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

/// Erasing a search back to nothing (Backspace, Ctrl-U) keeps the prompt open: a key typed next is
/// text, never a command (`q` would quit, `s` would star).
@Suite("a search erased to nothing")
struct SearchEmptiedTests {
    @Test("Backspace to empty shows the day again with the prompt still open; the next letters search")
    func backspaceKeepsPrompt() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.cursor = 2
        for key in [Key.character("/"), .character("x"), .backspace] { state = Reader.update(state, .key(key)).0 }
        #expect(state.source == .day)
        #expect(state.input?.kind == .search)
        #expect(state.input?.text == "")
        #expect(state.cursor == 2)
        for character in "quantum" { state = Reader.update(state, .key(.character(character))).0 }
        #expect(!state.wantsQuit)
        #expect(state.input?.text == "quantum")
        #expect(state.source == .search("quantum*"))
        // Esc goes back to the day where its cursor was.
        state = Reader.update(state, .key(.escape)).0
        #expect(state.source == .day)
        #expect(state.input == nil)
        #expect(state.cursor == 2)
    }

    @Test("Ctrl-U empties the line and keeps it open; s then stays text")
    func controlUKeepsPrompt() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        var effects: [Effect] = []
        for key in [Key.character("/"), .character("a"), .character("b"), .control("u"), .character("s")] {
            let (next, asked) = Reader.update(state, .key(key))
            state = next
            effects += asked
        }
        #expect(state.input?.text == "s")
        #expect(!effects.contains { if case .applyMark = $0 { true } else { false } }, "s starred a paper: \(effects)")
    }
}
