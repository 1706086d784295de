import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

/// Issue 14's reader items: rebinding, the too-small screen, the help overlay, stale status lines,
/// and links that leave the reader.
@Suite("reader fixes from real use and a hostile probe")
struct RuntimeFixesTests {
    @Test("a binding replaces the command's default key; the footer and sentences name the bound key")
    func bindingReplacesDefault() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.keymap = try Keymap.parse(["star": ["x"], "stop-faq": ["X"]])
        #expect(state.keymap.command(for: .character("x")) == .toggleStar)
        #expect(state.keymap.command(for: .character("s")) == nil)
        let footer = try #require(render(state).textLines().last)
        #expect(footer.contains("x star"))
        #expect(!footer.contains("s star"))
        let (starred, effects) = press(state, .character("x"))
        #expect(effects == [.applyMark(.star, paperID: try #require(state.selected?.paper.id))])
        #expect(press(starred, .character("s")).1.isEmpty)
        state.keymap = try Keymap.parse(["unread-only": ["X"]])
        let (filtered, _) = press(state, .character("X"))
        #expect(filtered.status == "showing unread papers only (X: show all)")
    }

    @Test("a key bound to two commands is an error naming both, with a default not rebound too")
    func clashes() {
        #expect(throws: KeymapError.clash(key: "x", first: "stop-faq", second: "star", otherIsDefault: true)) {
            try Keymap.parse(["star": ["x"]])
        }
        #expect(throws: KeymapError.clash(key: "z", first: "read", second: "star", otherIsDefault: false)) {
            try Keymap.parse(["read": ["z"], "star": ["z"]])
        }
        let message = KeymapError.clash(key: "x", first: "stop-faq", second: "star", otherIsDefault: true).description
        #expect(message.contains("star") && message.contains("stop-faq"))
    }

    @Test("while the terminal-too-small notice shows, keys do nothing but quit")
    func tooSmallIgnoresKeys() throws {
        let state = try ScreenFixtures.state(width: 12, height: 4)
        let (after, effects) = press(state, .character("j"), .character("j"), .enter, .character("f"), .character("s"),
                                     .character("R"), .mouseClick(row: 1, column: 1))
        #expect(effects.isEmpty)
        #expect(after.cursor == state.cursor)
        #expect(!after.paperOpen)
        #expect(after.sync == .idle)
        #expect(press(state, .character("q")).0.wantsQuit)
        #expect(press(state, .control("c")).0.wantsQuit)
        let (resized, _) = apply(state, .resize(width: 120, height: 40))
        #expect(!resized.layout.isTooSmall)
        #expect(press(resized, .character("j")).0.cursor == 1)
    }

    @Test("at 200 columns every help row keeps a gap between the keys and the summary")
    func helpWide() throws {
        var state = try ScreenFixtures.state(width: 200, height: 60)
        state.overlay = .help
        let text = render(state).textLines().joined(separator: "\n")
        #expect(text.contains("Ctrl-F PgDn Space  page down"))
        #expect(!text.contains("Spacpage"))
        for command in Command.allCases { #expect(text.contains(command.summary), "help lacks \(command)") }
    }

    @Test("at 40x12 the help scrolls with j and PgDn to its last command, and another key closes it")
    func helpScrolls() throws {
        var state = try ScreenFixtures.state(width: 40, height: 12)
        state.overlay = .help
        let first = render(state).textLines().joined(separator: "\n")
        #expect(first.contains("move down"))
        #expect(!first.contains("redraw the screen"))
        #expect(first.contains("scroll"))
        let (down, _) = press(state, .character("j"))
        #expect(down.helpScroll == 1)
        #expect(down.overlay == .help)
        var end = down
        for _ in 0..<20 { end = press(end, .pageDown).0 }
        #expect(end.helpScroll == HelpLayout.maxScroll(end))
        let last = render(end).textLines().joined(separator: "\n")
        #expect(last.contains("redraw the scr"))
        let (closed, _) = press(end, .character("z"))
        #expect(closed.overlay == nil)
    }

    @Test("a result replaces 'looking for related papers…' and 'fetching … from arXiv…'")
    func staleStatus() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let (looking, effects) = press(state, .character("="))
        #expect(looking.status?.hasPrefix("looking for papers related to") == true)
        #expect(effects.contains { if case .loadRelated = $0 { true } else { false } })
        let (found, _) = apply(looking, .papersOpened(["2604.21935", "2604.30001"], label: "related to 2604.21935: math"))
        #expect(found.status == "related to 2604.21935: math · 2 papers")
        let (fetching, _) = apply(state, .notFound("fetching 2411.18123 from arXiv…"))
        let (failed, _) = apply(fetching, .failed("cannot fetch 2411.18123: arXiv answered 503"))
        #expect(failed.status == "cannot fetch 2411.18123: arXiv answered 503")
        #expect(failed.statusIsError)
    }

    @Test("o, O and y pass on only http(s) links with a host; others get a sentence and no effect")
    func hostileLinks() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        var paper = try #require(state.window.rows.first)
        paper.paper.pdfLink = "--gpu-launcher=touch /tmp/x"
        paper.paper.linkURL = "https://openreview.net/forum?id=a\u{1B}]52;c;cm0gLXJmIH4=\u{07}\nrm -rf ~"
        state.window.rows[0] = paper
        for key in ["o", "O", "y"] {
            let (after, effects) = press(state, .character(Character(key)))
            #expect(effects.isEmpty, "\(key)")
            #expect(after.statusIsError, "\(key)")
            #expect(after.status?.contains("not a plain http(s) address") == true, "\(key)")
        }
        paper.paper.linkURL = "javascript:alert(1)"
        paper.paper.pdfLink = "https://example.org/paper.pdf"
        state.window.rows[0] = paper
        #expect(press(state, .character("O")).1.isEmpty)
        #expect(press(state, .character("o")).1 == [.openURL("https://example.org/paper.pdf")])
    }

    @Test("SafeLink refuses schemes other than http(s), missing hosts, controls, spaces and bidi marks")
    func safeLink() {
        #expect(SafeLink.checked("https://arxiv.org/pdf/2411.18123v1") == "https://arxiv.org/pdf/2411.18123v1")
        #expect(SafeLink.checked("HTTP://example.org/x") != nil)
        for bad in ["javascript:alert(1)", "file:///etc/passwd", "https://", "http:///path", "--help", "https://a.org/x y",
                    "https://a.org/\u{1B}]52;c;x\u{07}", "https://a.org/\u{202E}gpj", "https://a.org/\u{85}x", "//a.org/x", ""] {
            #expect(SafeLink.checked(bad) == nil, "\(bad)")
        }
    }

    @Test("$BROWSER is read as shell words: quotes, backslashes, %s, and -- only for openers that take it")
    func browserCommand() throws {
        let url = "https://arxiv.org/abs/2411.18123"
        #expect(try BrowserCommand(browser: nil, url: url).arguments == ["xdg-open", url])
        #expect(try BrowserCommand(browser: "  ", url: url).arguments == ["xdg-open", url])
        #expect(try BrowserCommand(browser: "firefox --new-tab", url: url).arguments == ["firefox", "--new-tab", url])
        #expect(try BrowserCommand(browser: "/usr/bin/chromium --incognito", url: url).arguments
            == ["/usr/bin/chromium", "--incognito", "--", url])
        #expect(try BrowserCommand(browser: "'/opt/My Browser/run' -u '%s' --x", url: url).arguments
            == ["/opt/My Browser/run", "-u", url, "--x"])
        #expect(try BrowserCommand(browser: #"open\ it "a \"b\" \c" x"#, url: url).arguments == ["open it", #"a "b" \c"#, "x", url])
        #expect(throws: BrowserCommand.Problem.unterminatedQuote) { try BrowserCommand(browser: "firefox 'oops", url: url) }
        #expect(throws: BrowserCommand.Problem.empty) { try BrowserCommand(browser: "''", url: url) }
    }
}
