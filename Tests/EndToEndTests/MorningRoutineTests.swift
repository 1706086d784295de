import Foundation
import Testing
import TestSupport

/// The daily job in a real terminal: where you are in the day, where you left off, and the same
/// paper selected whatever changes the list.
@Suite("the morning routine in a real terminal (tmux)")
struct MorningRoutineTests {
    /// The reader in tmux, with the shell's exit status shown when it ends.
    static func reader(_ cli: BinaryRunner, _ arguments: [String] = []) throws -> String {
        let command = try cli.readerCommand(arguments).replacingOccurrences(of: "\"", with: "\\\"")
        return "sh -c \"\(command); echo EXITED-\\$?; sleep 30\""
    }

    static func sampleCache() async throws -> BinaryRunner {
        let cli = try BinaryRunner()
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        return cli
    }

    @Test("skim 10 papers with j, quit, reopen: the 11th paper is selected, 11/ and seen 11 in the title")
    func skimQuitResume() async throws {
        let cli = try await Self.sampleCache()
        try await TmuxSession.with(try Self.reader(cli, ["--date", "2025-04-28"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/50 · seen 1 ·")
            for _ in 0..<10 { try await tmux.send("j") }
            try await tmux.waitFor(text: "11/50 · seen 11 ·")
            try await tmux.send("q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        let seen = try #require(try await cli.json(["list", "--date", "2025-04-28", "--json"]) as? [[String: Any]])
        let eleventh = try #require(seen.count > 10 ? seen[10]["title"] as? String : nil)
        #expect(seen.prefix(11).allSatisfy { $0["seen"] as? Bool == true })
        #expect(seen.dropFirst(11).allSatisfy { $0["seen"] as? Bool == false })
        // Without --date the reader resumes: the same day and the same paper, not the latest day.
        try await TmuxSession.with(try Self.reader(cli), width: 120, height: 40) { tmux in
            let screen = try await tmux.waitFor(text: "2025-04-28 · all categories · 11/50 · seen 11 ·")
            #expect(screen.contains(String(eleventh.prefix(30))), "\(screen)")
            try await tmux.send("q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        // --date overrides where it was left.
        try await TmuxSession.with(try Self.reader(cli, ["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "2026-04-27 · all categories · 1/9 ·")
            try await tmux.send("q")
        }
    }

    @Test("a terminal closed under the reader (SIGHUP) still resumes near where it was")
    func resumeAfterHangup() async throws {
        let cli = try await Self.sampleCache()
        let session = try await TmuxSession.start(try cli.readerCommand(["--date", "2025-04-28"]), width: 120, height: 40)
        do {
            try await session.waitFor(text: "1/50 · seen 1 ·")
            for _ in 0..<5 { try await session.send("j") }
            try await session.waitFor(text: "6/50 · seen 6 ·")
            // Kept every few seconds while it moves: wait for that, then close the terminal.
            try await Task.sleep(for: .seconds(3))
        } catch {
            await session.kill()
            throw error
        }
        _ = try? await session.tmux(["kill-server"])
        try await Task.sleep(for: .milliseconds(500))
        // Under load the kill-server above can time out: nothing of this test may outlive it.
        await session.kill()
        try await TmuxSession.with(try Self.reader(cli), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "2025-04-28 · all categories · 6/50 · seen 6 ·")
            try await tmux.send("q")
        }
    }

    @Test("the category expression and the unread filter are resumed; -c overrides them")
    func resumeFilter() async throws {
        let cli = try await Self.sampleCache()
        try await TmuxSession.with(try Self.reader(cli, ["-c", "cs.CL"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "2026-04-27 · cs.CL · 1/3 ·")
            try await tmux.send("u")
            try await tmux.waitFor(text: "[unread only]")
            try await tmux.send("q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        try await TmuxSession.with(try Self.reader(cli), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "2026-04-27 · cs.CL · 1/3 · seen 1 · ★ 0 · unread 3 · [unread only]")
            try await tmux.send("q")
        }
        try await TmuxSession.with(try Self.reader(cli, ["-c", "cs.AI"]), width: 120, height: 40) { tmux in
            let screen = try await tmux.waitFor(text: "2026-04-27 · cs.AI · 1/")
            #expect(!screen.contains("[unread only]"))
            try await tmux.send("q")
        }
    }

    @Test("u then u keeps the same paper selected, also when the paper left the filtered list for the next")
    func filterKeepsPaper() async throws {
        let cli = try await Self.sampleCache()
        try await TmuxSession.with(try Self.reader(cli, ["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1 ·")
            // Read the second paper, then stand on the third (When Cow Urine…).
            try await tmux.send("j", "r", "j")
            try await tmux.waitFor(text: "3/9 · seen 3 · ★ 0 · unread 8")
            try await tmux.send("u")
            var screen = try await tmux.waitFor(text: "2/8 · seen 2 · ★ 0 · unread 8 · [unread only]")
            #expect(screen.contains("When Cow Urine Cures Constipation on YouTube: Limits of"), "\(screen)")
            try await tmux.send("u")
            screen = try await tmux.waitFor(text: "3/9 · seen 3 · ★ 0 · unread 8")
            #expect(screen.contains("When Cow Urine Cures Constipation on YouTube: Limits of"), "\(screen)")
            // The read paper itself: gone from the unread list, the cursor goes to the one after it.
            try await tmux.send("k", "u")
            screen = try await tmux.waitFor(text: "2/8 · seen 2 · ★ 0 · unread 8 · [unread only]")
            #expect(screen.contains("When Cow Urine Cures Constipation on YouTube: Limits of"), "\(screen)")
            try await tmux.send("q")
        }
    }

    /// Every paper of the sample's two days marked seen, through the command line: the inbox is empty.
    static func seeEverything(_ cli: BinaryRunner) async throws {
        for day in ["2026-04-27", "2025-04-28"] {
            let papers = try #require(try await cli.json(["list", "--date", day, "--replacements", "--json"]) as? [[String: Any]])
            #expect(try await cli.run(["seen"] + papers.compactMap { $0["id"] as? String }).status == 0)
        }
        #expect(try await cli.run(["list", "--inbox"]).stdout.contains("Total 0 "))
    }

    @Test("left on the inbox: resumed there while it holds papers; once everything is seen, the latest day opens instead, saying why")
    func resumeEmptyInbox() async throws {
        let cli = try await Self.sampleCache()
        try await TmuxSession.with(try Self.reader(cli, ["--date", "2025-04-28"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "2025-04-28 · all categories · 1/50 · seen 1 ·")
            try await tmux.send("i")
            try await tmux.waitFor(text: "inbox · all categories · 1/58 ·")
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        try await TmuxSession.with(try Self.reader(cli), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "inbox · all categories · 1/")
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        try await Self.seeEverything(cli)
        try await TmuxSession.with(try Self.reader(cli), width: 120, height: 40) { tmux in
            let screen = try await tmux.waitFor(text: "2026-04-27 · all categories · 1/9 · seen 9 ·")
            #expect(screen.contains("nothing new in the inbox: every paper of the last 30 days' lists has been seen; here is the latest day"),
                    "\(screen)")
            #expect(!screen.contains("inbox · all categories"))
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
    }

    @Test("[reader] start = \"inbox\": the inbox while it holds papers; an empty one opens the latest day, saying why")
    func startOnEmptyInbox() async throws {
        let cli = try await Self.sampleCache()
        try cli.writeConfig("[reader]\nstart = \"inbox\"\n")
        try await TmuxSession.with(try Self.reader(cli), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "inbox · all categories · 1/59 · seen 1 ·")
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        try await Self.seeEverything(cli)
        try await TmuxSession.with(try Self.reader(cli), width: 120, height: 40) { tmux in
            let screen = try await tmux.waitFor(text: "2026-04-27 · all categories · 1/9 · seen 9 ·")
            #expect(screen.contains("nothing new in the inbox"), "\(screen)")
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
    }

    @Test("a background R that adds a paper above keeps the same paper selected")
    func syncKeepsPaper() async throws {
        let original = try Fixtures.text("arxiv/arxiv_rss_cs.CL_2026-04-27_trimmed.xml")
        let first = try #require(original.range(of: "    <item>"))
        let item = """
                <item>
                  <title>A Paper Announced Late On The Same Day</title>
                  <link>https://arxiv.org/abs/2604.21999</link>
                  <description>arXiv:2604.21999v1 Announce Type: new
            Abstract: Added by the sync to the top of the list.</description>
                  <guid isPermaLink="false">oai:arXiv.org:2604.21999v1</guid>
                  <category>cs.CL</category>
                  <pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>
                  <arxiv:announce_type>new</arxiv:announce_type>
                  <dc:creator>Ada Lovelace</dc:creator>
                </item>

            """
        var feed = original
        feed.insert(contentsOf: item, at: first.lowerBound)
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.CL", .init(status: 200, contentType: "application/rss+xml", feed))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        try await TmuxSession.with(try Self.reader(cli, ["-c", "cs.CL"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/3 · seen 1 ·")
            try await tmux.send("j")
            try await tmux.waitFor(text: "2/3 · seen 2 ·")
            try await tmux.send("R")
            let screen = try await tmux.waitFor(text: "3/4 · seen 2 ·")
            #expect(screen.contains("A Paper Announced Late"))
            #expect(screen.contains("Shared Lexical Task Representations Explain Behavioral"), "\(screen)")
            try await tmux.send("q")
        }
    }

    @Test("a star and a read mark given from another process show in the open reader within a second")
    func marksFromElsewhere() async throws {
        let cli = try await Self.sampleCache()
        try await TmuxSession.with(try Self.reader(cli, ["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1 · ★ 0 · unread 9")
            try await tmux.send("j", "j")
            try await tmux.waitFor(text: "3/9 · seen 3 ·")
            #expect(try await cli.run(["star", "2604.21935"]).status == 0)
            #expect(try await cli.run(["read", "2604.21952", "2604.22038"]).status == 0)
            let started = Date()
            try await tmux.waitFor(text: "3/9 · seen 4 · ★ 1 · unread 7", seconds: 5)
            #expect(Date().timeIntervalSince(started) < 2.5)
            // Ctrl-L reads the list again too; the cursor stays on its paper.
            try await tmux.send("C-l")
            try await tmux.waitFor(text: "3/9 · seen 4 · ★ 1 · unread 7")
            try await tmux.send("q")
        }
    }

    @Test("i: the inbox after two days of which one was seen shows the other day under its divider; list --inbox agrees")
    func inboxAfterTwoDays() async throws {
        let cli = try await Self.sampleCache()
        let older = try #require(try await cli.json(["list", "--date", "2025-04-28", "--json"]) as? [[String: Any]])
        #expect(try await cli.run(["seen"] + older.compactMap { $0["id"] as? String }).status == 0)
        let listed = try await cli.run(["list", "--inbox"])
        #expect(listed.stdout.contains("── Mon 2026-04-27 · 9 ──"), "\(listed.stdout)")
        #expect(!listed.stdout.contains("2025-04-28"))
        try await TmuxSession.with(try Self.reader(cli, ["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1 ·")
            try await tmux.send("i")
            // Opened after the first paper was seen: 8 papers wait in it.
            let screen = try await tmux.waitFor(text: "inbox · all categories · 1/8 · seen 1 ·")
            #expect(screen.contains("── Mon 2026-04-27 · 8 ─"), "\(screen)")
            #expect(!screen.contains("quant-ph"))
            try await tmux.send("j", "j")
            try await tmux.waitFor(text: "inbox · all categories · 3/8 · seen 3 ·")
            try await tmux.send("q")
            try await tmux.waitFor(text: "2026-04-27 · all categories · 1/9 · seen 4 ·")
            try await tmux.send("q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        // Every paper of both days seen: the inbox says there is nothing new.
        try await TmuxSession.with(try Self.reader(cli, ["--date", "2026-04-27", "-c", "cs.CL"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/3 ·")
            try await tmux.send("j", "j", "i")
            try await tmux.waitFor(text: "Nothing new")
            try await tmux.send("q")
        }
    }

    @Test("a starred paper replaced by v2 shows v1→v2 in the inbox, on the day of its replacement")
    func replacedStarInInbox() async throws {
        var feed = try Fixtures.text("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")
            .replacingOccurrences(of: "Mon, 27 Apr 2026", with: "Tue, 28 Apr 2026")
            .replacingOccurrences(of: "arXiv:2604.21935v1 Announce Type: new", with: "arXiv:2604.21935v2 Announce Type: replace")
            .replacingOccurrences(of: "oai:arXiv.org:2604.21935v1", with: "oai:arXiv.org:2604.21935v2")
        // Only the replaced paper: the first item, its announce type made a replacement.
        let firstEnd = try #require(feed.range(of: "</item>"))
        let channelEnd = try #require(feed.range(of: "</channel>"))
        feed.replaceSubrange(firstEnd.upperBound..<channelEnd.lowerBound, with: "\n  ")
        let type = try #require(feed.range(of: "<arxiv:announce_type>new</arxiv:announce_type>"))
        feed.replaceSubrange(type, with: "<arxiv:announce_type>replace</arxiv:announce_type>")
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI", .init(status: 200, contentType: "application/rss+xml", feed))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        #expect(try await cli.run(["star", "2604.21935"]).status == 0)
        let day = try #require(try await cli.json(["list", "--date", "2026-04-27", "--json"]) as? [[String: Any]])
        #expect(try await cli.run(["seen"] + day.compactMap { $0["id"] as? String }).status == 0)
        let synced = try await cli.run(["sync", "-c", "cs.AI"])
        #expect(synced.status == 0, "\(synced.stderr)")
        let changed = try await cli.run(["list", "--changed"])
        #expect(changed.stdout.contains("2604.21935"), "\(changed.stdout)")
        #expect(changed.stdout.contains("v1→v2"))
        let status = try #require(try await cli.json(["status", "--json"]) as? [String: Any])
        let days = try #require(status["days"] as? [[String: Any]])
        #expect(days.first { $0["day"] as? String == "2026-04-28" }?["changed"] as? Int == 1)
        #expect((status["totals"] as? [String: Any])?["changed"] as? Int == 1)
        #expect(try await cli.run(["status"]).stdout.split(separator: "\n").last?.split(separator: " ").last == "1")
        // Opened on the other day: on 2026-04-27 the cursor would stand on the paper and see its v2 at once.
        try await TmuxSession.with(try Self.reader(cli, ["--date", "2025-04-28"]), width: 140, height: 40) { tmux in
            try await tmux.waitFor(text: "1/50 ·")
            try await tmux.send("i")
            // 49 quant-ph papers not seen, then the changed paper (seen at v1) on the day of its replacement.
            try await tmux.waitFor(text: "inbox · all categories · 1/50 · seen 2 · ★ 1 ·")
            try await tmux.send("G")
            let screen = try await tmux.waitFor(text: "inbox · all categories · 50/50 · seen 2 · ★ 1 ·")
            #expect(screen.contains("── Tue 2026-04-28 · 1 ─"), "\(screen)")
            #expect(screen.contains("v1→v2"), "\(screen)")
            #expect(screen.contains("Changed since you saw it: v1→v2"), "\(screen)")
            try await tmux.send("q", "q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        // Seen again in the inbox: no longer changed.
        #expect(try await cli.run(["list", "--changed"]).stdout.contains("Total 0"))
    }
}
