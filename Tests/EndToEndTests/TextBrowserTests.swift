import Foundation
import Testing
import TestSupport

/// A text-mode `$BROWSER` (w3m, lynx…) gets the terminal while it runs, and the reader comes back.
@Suite("a text-mode browser in the reader's terminal (tmux)")
struct TextBrowserTests {
    @Test("o with $BROWSER a text-mode browser: it has the screen and the keys, then the reader is back as it was")
    func textBrowserHasTheTerminal() async throws {
        var (cli, _) = try await ReaderTerminalTests.sampleCache()
        let folder = URL(fileURLWithPath: cli.database).deletingLastPathComponent()
        // `w3m` is a link to sh, so the reader takes it for a text-mode browser, and sh runs the script,
        // which reads a line from the terminal. The script is read, never executed itself: a script
        // just written can fail to run ("text file busy") while another test's child still holds it.
        let shell = folder.appendingPathComponent("w3m")
        try FileManager.default.createSymbolicLink(atPath: shell.path, withDestinationPath: "/bin/sh")
        let browser = folder.appendingPathComponent("browse.sh")
        let opened = folder.appendingPathComponent("opened.txt")
        try """
            #!/bin/sh
            printf 'TEXT-BROWSER showing %s\\n' "$1"
            read answer
            printf '%s %s\\n' "$1" "$answer" > '\(opened.path)'
            """.write(to: browser, atomically: true, encoding: .utf8)
        cli.environment["BROWSER"] = "\(shell.path) \(browser.path)"
        try await TmuxSession.with(try cli.readerCommand(), width: 120, height: 30) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            try await tmux.send("o")
            let browsing = try await tmux.waitFor(text: "TEXT-BROWSER showing https://arxiv.org/pdf/")
            #expect(!browsing.contains("Math Takes Two"), "the reader is still drawn over the browser:\n\(browsing)")
            try await tmux.send("-l", "done")
            try await tmux.send("Enter")
            let back = try await tmux.waitFor(text: "Math Takes Two")
            #expect(!back.contains("TEXT-BROWSER"), "the browser's text is left on the reader's screen:\n\(back)")
            try await tmux.send("q")
        }
        let text = try String(contentsOf: opened, encoding: .utf8)
        #expect(text.hasPrefix("https://arxiv.org/pdf/2604.21935v1 done"), "\(text)")
    }
}
