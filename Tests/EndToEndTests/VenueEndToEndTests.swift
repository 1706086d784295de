import Foundation
import Testing
import TestSupport

@Suite("venues through the binary and in the reader")
struct VenueEndToEndTests {
    @Test("v, pick a venue, edition and group: the list shows its titles; s stars one; list --venue --starred --json holds it")
    func pickAndStar() async throws {
        let (cli, command) = try await ReaderTerminalTests.sampleCache()
        let imported = try await cli.run(["venues", "import", Fixtures.url("venues/papercopilot_colm2025_accepted.trimmed.jsonl").path,
                                          "--edition", "COLM.2025"])
        #expect(imported.status == 0, "import failed: \(imported.stderr)")
        #expect(imported.stdout.hasPrefix("COLM.2025: 418 new"))
        let listed = try await cli.run(["venues", "list"])
        #expect(listed.stdout.contains("COLM.2025"))
        #expect(listed.stdout.contains("Poster 418"))
        try await TmuxSession.with(command, width: 140, height: 40) { tmux in
            try await tmux.waitFor(text: "/9 · seen")
            try await tmux.send("v")
            try await tmux.waitFor(text: "Venues")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "COLM: editions")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "COLM.2025: groups")
            try await tmux.send("j", "Enter")
            // The count can be drawn a moment before the rows: wait for both.
            let list = try await tmux.waitFor("the Poster list with its rows") {
                $0.contains("COLM.2025 · Poster · 1/418 · seen 1") && $0.contains("0JzWiigkUy@OpenReview")
            }
            #expect(list.contains("BEARCUBS: A benchmark"))
            #expect(list.contains("0JzWiigkUy@OpenReview"))
            try await tmux.send("s")
            try await tmux.waitFor(text: "★ 1 ·")
            try await tmux.send("v")
            try await tmux.waitFor(text: "/9 · seen")
            try await tmux.send("q")
        }
        let starred = try #require(try await cli.json(["list", "--venue", "COLM.2025", "--starred", "--json"]) as? [[String: Any]])
        #expect(starred.count == 1)
        #expect(starred.first?["id"] as? String == "0JzWiigkUy@OpenReview")
        #expect(starred.first?["venue"] as? String == "COLM.2025")
        #expect(starred.first?["group"] as? String == "Poster")
        let again = try await cli.run(["venues", "import", Fixtures.url("venues/papercopilot_colm2025_accepted.trimmed.jsonl").path,
                                       "--edition", "COLM.2025"])
        #expect(again.stdout.hasPrefix("COLM.2025: 0 new, 0 updated, 418 unchanged"))
        let stillStarred = try #require(try await cli.json(["list", "--venue", "COLM.2025", "--starred", "--json"]) as? [[String: Any]])
        #expect(stillStarred.count == 1)
        let opened = try #require(try await cli.json(["open", "https://openreview.net/forum?id=0JzWiigkUy", "--json"]) as? [[String: Any]])
        #expect(opened.first?["id"] as? String == "0JzWiigkUy@OpenReview")
        let found = try #require(try await cli.json(["search", "BEARCUBS venue:COLM.2025", "--json"]) as? [[String: Any]])
        #expect(found.first?["venue"] as? String == "COLM.2025")
        let bad = try await cli.run(["list", "--venue", "ICML.2024"])
        #expect(bad.stderr.hasPrefix("papers-tui: ICML.2024 is not cached: run `papers-tui venues sync ICML.2024`"))
    }

    @Test("venues sync pages OpenReview over loopback (PAPERS_TUI_OPENREVIEW_URL)")
    func sync() async throws {
        let note = { (id: String, venue: String) in OpenReviewNotes.note(id, title: "Paper \(id)", venue: venue) }
        let routes = ScriptedRoutes()
        routes.on("/notes", .init(status: 200, contentType: "application/json",
                                  #"{"count": 2, "notes": [\#(note("bbbbbbbb01", "ICLR 2025 Oral")), \#(note("bbbbbbbb02", "ICLR 2025 Poster"))]}"#))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try BinaryRunner(server: server)
        cli.environment["PAPERS_TUI_OPENREVIEW_URL"] = server.baseURL
        let result = try await cli.run(["venues", "sync", "ICLR.2025"])
        #expect(result.status == 0, "sync failed: \(result.stderr)")
        #expect(result.stdout.contains("ICLR.2025: 2 new"))
        let groups = try #require(try await cli.json(["venues", "list", "--json"]) as? [[String: Any]])
        #expect(groups.first?["edition"] as? String == "ICLR.2025")
        #expect((groups.first?["groups"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Oral", "Poster"])
    }
}
