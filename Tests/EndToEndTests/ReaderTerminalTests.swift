import Foundation
import Testing
import TestSupport

@Suite("the reader in a real terminal (tmux)")
struct ReaderTerminalTests {
    /// A cache filled with the bundled sample, and the command line that opens the reader on it.
    static func sampleCache() async throws -> (BinaryRunner, String) {
        let cli = try BinaryRunner()
        let loaded = try await cli.run(["import", "--sample"])
        #expect(loaded.status == 0)
        return (cli, try cli.readerCommand())
    }

    @Test("the list shows the day's titles; s then q stars the paper for `list --starred --json`")
    func starAndQuit() async throws {
        let (cli, command) = try await Self.sampleCache()
        try await TmuxSession.with(command, width: 130, height: 40) { tmux in
            let screen = try await tmux.waitFor(text: "Math Takes Two")
            #expect(screen.contains("2026-04-27"))
            #expect(screen.contains("1/9 · seen 1"))
            try await tmux.send("s")
            try await tmux.waitFor(text: "★ 1")
            try await tmux.send("q")
            let starred = try #require(try await cli.json(["list", "--starred", "--json"]) as? [[String: Any]])
            #expect(starred.compactMap { $0["id"] as? String } == ["2604.21935"])
        }
    }

    @Test("[ and ] switch announcement days")
    func switchDays() async throws {
        let (_, command) = try await Self.sampleCache()
        try await TmuxSession.with(command, width: 130, height: 40) { tmux in
            try await tmux.waitFor(text: "2026-04-27")
            try await tmux.send("[")
            let earlier = try await tmux.waitFor(text: "2025-04-28")
            #expect(earlier.contains("1/50 · seen 1"))  // 81 items less 31 replacements
            try await tmux.send("]")
            try await tmux.waitFor(text: "1/9 · seen")
        }
    }

    @Test("a resize mid-session re-lays the screen, and a tiny terminal gets a notice")
    func resize() async throws {
        let (_, command) = try await Self.sampleCache()
        try await TmuxSession.with(command, width: 130, height: 40) { tmux in
            let wide = try await tmux.waitFor(text: "Math Takes Two")
            #expect(wide.contains("─ FAQ "))
            try await tmux.resize(width: 80, height: 24)
            let narrow = try await tmux.waitFor("the narrow layout") { !$0.contains("─ FAQ ") && $0.contains("Math Takes") }
            #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 80 })
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "abs https://arxiv.org/abs/2604.21935v1")
            try await tmux.resize(width: 30, height: 8)
            try await tmux.waitFor(text: "Terminal too small")
            try await tmux.resize(width: 130, height: 40)
            try await tmux.waitFor(text: "─ FAQ ")
        }
    }

    @Test("quitting restores the terminal")
    func quitRestores() async throws {
        let (_, command) = try await Self.sampleCache()
        try await TmuxSession.with("sh -c \"\(command.replacingOccurrences(of: "\"", with: "\\\"")); echo EXITED-$?; sleep 30\"", width: 130, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            try await tmux.send("?")
            try await tmux.waitFor(text: "star / unstar")
            try await tmux.send("Escape")
            try await tmux.send("q")
            let after = try await tmux.waitFor(text: "EXITED-0")
            #expect(!after.contains("Math Takes Two"))
            #expect(!after.contains("1/9 · seen"))
        }
    }
}

@Suite("syncing from inside the reader")
struct ReaderSyncTests {
    @Test("R syncs in the background against loopback arXiv and the title line reports it")
    func syncKey() async throws {
        let feed = try Fixtures.text("arxiv/arxiv_rss_cs.CL_2026-04-27_trimmed.xml")
            .replacingOccurrences(of: "Mon, 27 Apr 2026", with: "Tue, 28 Apr 2026")
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.CL", .init(status: 200, contentType: "application/rss+xml", feed))
        let server = try await LoopbackServer.start { routes.respond($0) }
        let cli = try BinaryRunner(server: server)
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        try await TmuxSession.with(try cli.readerCommand(["--category", "cs.CL"]), width: 130, height: 40) { tmux in
            try await tmux.waitFor(text: "When Cow Urine")
            try await tmux.send("R")
            try await tmux.waitFor(text: "✓ synced: 0 new papers, 0 updated, 1 day (2026-04-28)")
            try await tmux.send("]")
            let next = try await tmux.waitFor(text: "2026-04-28")
            #expect(next.contains("1/3 · seen 1"))
        }
        await server.stop()
        #expect(server.requests.map(\.path) == ["/rss/cs.CL"])
    }
}
