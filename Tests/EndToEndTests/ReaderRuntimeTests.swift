import Foundation
import Testing
import TestSupport

/// Issue 14's reader items in a real terminal (tmux), through the built binary.
@Suite("the reader's runtime fixes in a real terminal (tmux)")
struct ReaderRuntimeTests {
    static func folder(_ cli: BinaryRunner) -> URL {
        URL(fileURLWithPath: cli.database).deletingLastPathComponent()
    }

    /// Runs the reader under a shell in tmux; once it ends, the shell writes its exit status and
    /// `stty -a` to a file and prints AFTER. `during` acts on the running reader.
    static func endReader(_ cli: BinaryRunner, expectStatus: Int, during: (TmuxSession) async throws -> Void) async throws {
        let report = Self.folder(cli).appendingPathComponent("after-\(UUID().uuidString).txt").path
        let script = Self.folder(cli).appendingPathComponent("reader-\(UUID().uuidString).sh")
        try """
            \(try cli.readerCommand())
            echo "exit $?" > '\(report)'
            stty -a >> '\(report)'
            echo AFTER-THE-READER
            sleep 30
            """.write(to: script, atomically: true, encoding: .utf8)
        try await TmuxSession.with("sh '\(script.path)'", width: 120, height: 30) { tmux in
            try await during(tmux)
            let screen = try await tmux.waitFor(text: "AFTER-THE-READER", seconds: 20)
            #expect(!screen.contains("Math Takes Two"), "the reader's screen is still shown:\n\(screen)")
            let flags = try await tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"])
            #expect(flags.trimmingCharacters(in: .whitespacesAndNewlines) == "0 1 0", "alternate screen, cursor, mouse")
            let text = try String(contentsOfFile: report, encoding: .utf8)
            #expect(text.hasPrefix("exit \(expectStatus)\n"), "\(text)")
            let words = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
            #expect(words.contains("echo") && words.contains("icanon") && words.contains("icrnl"), "\(text)")
            #expect(!words.contains("-echo") && !words.contains("-icanon"), "\(text)")
        }
    }

    @Test("a crash after the first frame leaves the normal screen, the cursor shown, no mouse, and echo and icanon on")
    func crashRestoresTerminal() async throws {
        var (cli, _) = try await ReaderTerminalTests.sampleCache()
        cli.environment["PAPERS_TUI_TEST_CRASH"] = "1"
        // 132: SIGILL (the trap), re-raised with its default action after the terminal is restored.
        try await Self.endReader(cli, expectStatus: 132) { _ in }
    }

    @Test("SIGTERM restores the terminal and exits 143")
    func terminateRestoresTerminal() async throws {
        let (cli, _) = try await ReaderTerminalTests.sampleCache()
        try await Self.endReader(cli, expectStatus: 143) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            let shell = try await tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{pane_pid}"])
            let reader = try await cli.tool(["pgrep", "-P", shell.trimmingCharacters(in: .whitespacesAndNewlines)])
            let pid = try #require(Int32(reader.split(separator: "\n").first ?? ""))
            kill(pid, SIGTERM)
        }
    }

    @Test("at 12x4 j j Enter f neither marks a paper read nor starts a FAQ; q still quits")
    func tooSmallIgnoresKeys() async throws {
        let (cli, command) = try await ReaderTerminalTests.sampleCache()
        let unreadBefore = try #require(try await cli.json(["list", "--unread", "--json"]) as? [[String: Any]]).count
        try await TmuxSession.with(command, width: 12, height: 4) { tmux in
            try await tmux.waitFor(text: "Terminal")
            try await tmux.send("j")
            try await tmux.send("j")
            try await tmux.send("Enter")
            try await tmux.send("f")
            try await tmux.send("s")
            try await Task.sleep(for: .milliseconds(500))
            try await tmux.resize(width: 130, height: 40)
            let screen = try await tmux.waitFor(text: "Math Takes Two")
            #expect(screen.contains("★ 0"))
            #expect(!screen.contains("FAQ ⟳"))
            try await tmux.resize(width: 12, height: 4)
            try await tmux.waitFor(text: "Terminal")
            try await tmux.send("q")
            // The pane closes with the reader, so a capture that fails means it quit too.
            var quit = false
            for _ in 0..<50 where !quit {
                quit = (try? await tmux.capture()).map { !$0.contains("Terminal") } ?? true
                if !quit { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(quit, "q did not quit on the too-small screen")
        }
        let unreadAfter = try #require(try await cli.json(["list", "--unread", "--json"]) as? [[String: Any]]).count
        #expect(unreadAfter == unreadBefore)
        let shown = try #require(try await cli.json(["show", "2604.21935", "--json"]) as? [String: Any])
        #expect(shown["faq"] is NSNull)
    }

    @Test("? at 200 columns keeps keys and summaries apart; at 40x12 it scrolls to the last command")
    func helpOverlay() async throws {
        let (_, command) = try await ReaderTerminalTests.sampleCache()
        try await TmuxSession.with(command, width: 200, height: 50) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            try await tmux.send("?")
            let wide = try await tmux.waitFor(text: "Keys")
            #expect(wide.contains("Ctrl-F PgDn Space  page down"), "\(wide)")
            #expect(!wide.contains("Spacpage"))
            try await tmux.send("q")
            try await tmux.resize(width: 40, height: 12)
            try await tmux.waitFor("the narrow list") { !$0.contains("Keys") && $0.contains("Math") }
            try await tmux.send("?")
            let top = try await tmux.waitFor(text: "move down")
            #expect(!top.contains("redraw the screen"))
            #expect(top.contains("scroll"))
            try await tmux.send("G")
            try await tmux.waitFor(text: "redraw the screen")
            try await tmux.send("k")
            try await tmux.send("z")
            try await tmux.waitFor("the help to close") { !$0.contains("Keys") }
        }
    }

    @Test("[keys] star = \"x\" replaces s: the footer says x star, s does nothing, x stars")
    func rebindStar() async throws {
        let (cli, command) = try await ReaderTerminalTests.sampleCache()
        try cli.writeConfig("[keys]\nstar = \"x\"\nstop-faq = \"X\"\n")
        try await TmuxSession.with(command, width: 130, height: 40) { tmux in
            let screen = try await tmux.waitFor(text: "Math Takes Two")
            #expect(screen.contains("x star"))
            #expect(!screen.contains("s star"))
            try await tmux.send("s")
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await tmux.capture().contains("★ 0"))
            try await tmux.send("x")
            try await tmux.waitFor(text: "★ 1")
        }
    }

    @Test("[keys] star = [\"s\", \"w\"] keeps s and adds w: both star and unstar")
    func bindStarToTwoKeys() async throws {
        let (cli, command) = try await ReaderTerminalTests.sampleCache()
        try cli.writeConfig("[keys]\nstar = [\"s\", \"w\"]\n")
        try await TmuxSession.with(command, width: 130, height: 40) { tmux in
            let screen = try await tmux.waitFor(text: "Math Takes Two")
            #expect(screen.contains("s star"))
            try await tmux.send("w")
            try await tmux.waitFor(text: "★ 1")
            try await tmux.send("s")
            try await tmux.waitFor(text: "★ 0")
        }
    }

    @Test("= replaces 'looking for papers related to…' with the result")
    func relatedStatus() async throws {
        let (_, command) = try await ReaderTerminalTests.sampleCache()
        try await TmuxSession.with(command, width: 130, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            try await tmux.send("=")
            let screen = try await tmux.waitFor("the related list") { $0.contains("related to 2604.21935") }
            let status = screen.split(separator: "\n").last.map(String.init) ?? ""
            #expect(!status.contains("looking for"), "\(status)")
            #expect(status.contains("related to 2604.21935") && status.contains("papers"), "\(status)")
        }
    }

    @Test("o, O and y refuse a venue's hostile links; a real link reaches $BROWSER split as words, and its failure shows")
    func browserLinks() async throws {
        var (cli, _) = try await ReaderTerminalTests.sampleCache()
        let folder = Self.folder(cli)
        let log = folder.appendingPathComponent("browser.log").path
        let venueFile = folder.appendingPathComponent("hostile.jsonl")
        let hostile: [String: Any] = [
            "title": "Hostile Links Paper", "author": "Mallory", "abstract": "Links that try to escape.", "status": "Poster",
            "site": "javascript:alert(1)//\u{1B}]52;c;cm0gLXJmIH4=\u{07}\nrm -rf ~", "pdf": "--gpu-launcher=touch /tmp/x",
        ]
        try JSONSerialization.data(withJSONObject: hostile).write(to: venueFile)
        let imported = try await cli.run(["venues", "import", venueFile.path, "--edition", "HOSTILE.2025"])
        #expect(imported.status == 0, "\(imported.stderr)")
        // sh -c SCRIPT URL: the URL arrives as $0, and the browser fails with status 3.
        cli.environment["BROWSER"] = "sh -c 'printf \"%s\\n\" \"$0\" >> \(log); exit 3' %s"
        try await TmuxSession.with(try cli.readerCommand(), width: 130, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            try await tmux.send("o")
            try await tmux.waitFor(text: "failed with exit status 3")
            try await tmux.send("v")
            try await tmux.waitFor(text: "Venues")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "editions")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "groups")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "Hostile Links Paper")
            for key in ["o", "O", "y"] {
                try await tmux.send(key)
                try await tmux.waitFor(text: "not a plain http(s) address")
                try await tmux.send("j")
                try await tmux.waitFor("the status to clear") { !$0.contains("not a plain http(s) address") }
            }
        }
        let opened = try String(contentsOfFile: log, encoding: .utf8)
        #expect(opened == "https://arxiv.org/pdf/2604.21935v1\n")
    }
}
