import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

/// Golden screens reached by typing: a script of keys goes through the reader's own runtime into the
/// in-memory terminal, over a real cache file holding the bundled sample, at a fixed size; the screen
/// it settles on is compared with `Golden/script-NAME.txt` (re-record with RECORD_GOLDEN=1).
@Suite("golden screens reached by a script of keys")
struct KeyScriptScreenTests {
    struct Script: Sendable, CustomStringConvertible {
        let name: String
        let width: Int
        let height: Int
        let keys: [Key]
        var description: String { name }
    }

    static let scripts: [Script] = [
        Script(name: "star-third-paper", width: 100, height: 30, keys: [.character("j"), .character("j"), .character("s")]),
        Script(name: "open-and-mark-read-80x24", width: 80, height: 24, keys: [.character("j"), .enter]),
        Script(name: "unread-only-after-reading", width: 120, height: 32,
               keys: [.enter, .character("q"), .character("j"), .character("r"), .character("u")]),
        Script(name: "search-quantum", width: 120, height: 32, keys: [.character("/")] + "quantum error".map(Key.character) + [.enter]),
        Script(name: "previous-day", width: 120, height: 32, keys: [.character("[")]),
        Script(name: "category-picker", width: 100, height: 30, keys: [.character("c"), .character("j"), .character("+")]),
        Script(name: "help-80x24", width: 80, height: 24, keys: [.character("?")]),
        Script(name: "no-venues", width: 100, height: 30, keys: [.character("v")]),
        Script(name: "dismiss-second-paper", width: 120, height: 32, keys: [.character("j"), .character("d")]),
        Script(name: "dismiss-then-show-dismissed", width: 120, height: 32, keys: [.character("j"), .character("d"), .character("D")]),
        Script(name: "keywords-80x24", width: 80, height: 24, keys: [.character("K")] + "agent, -math".map(Key.character) + [.enter]),
    ]

    @Test("each script settles on its golden screen", arguments: scripts)
    func script(_ script: Script) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try PaperStore(path: folder.appendingPathComponent("papers.sqlite").path)
        _ = try BundledSample.load(into: store)
        var state = AppState(width: script.width, height: script.height, day: try store.latestDay(for: nil), categories: nil)
        state.faqUnavailable = "no LLM is configured: set [llm] in the config"
        let terminal = MemoryTerminal(width: script.width, height: script.height)
        let environment = ReaderEnvironment(store: store) { _, _ in "no sync in a script" }
        ReaderSession(state: state, environment: environment, terminal: terminal).startOnOwnThread()
        defer { terminal.send(.control("c")) }
        try #require(terminal.waitUntilSettled() != nil, "the reader never settled on its first list")
        for key in script.keys {
            terminal.send(key)
            try #require(terminal.waitUntilSettled() != nil, "the reader never settled after \(key)")
        }
        let screen = try #require(terminal.lastFrame)
        try GoldenScreenTests.check(screen, name: "script-\(script.name)")
    }
}
