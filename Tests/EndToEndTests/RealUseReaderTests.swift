import Foundation
import Testing
import TestSupport

/// Issue 14's findings in the reader, under tmux, against loopback servers.
@Suite("real use: the reader in a real terminal (tmux)")
struct RealUseReaderTests {
    /// The recorded cs.AI day with a new paper, 2604.99999, announced before all the others.
    static func feedWithNewFirstPaper() throws -> Data {
        let feed = try Fixtures.text("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")
        let start = try #require(feed.range(of: "<item>"))
        let end = try #require(feed.range(of: "</item>", range: start.upperBound..<feed.endIndex))
        let added = String(feed[start.lowerBound..<end.upperBound])
            .replacingOccurrences(of: "2604.21935", with: "2604.99999")
            .replacingOccurrences(of: "Math Takes Two", with: "A Paper Announced First")
        return Data(feed.replacingCharacters(in: start.lowerBound..<start.lowerBound, with: added + "\n    ").utf8)
    }

    static func sampleCache(server: LoopbackServer?) async throws -> BinaryRunner {
        let cli = try BinaryRunner(server: server)
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        return cli
    }

    @Test("R with new papers above the cursor: the same paper stays selected, not the same row")
    func syncKeepsSelection() async throws {
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI", .init(status: 200, headers: [("Content-Type", "application/rss+xml")], body: try Self.feedWithNewFirstPaper()))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try await Self.sampleCache(server: server)
        let day = try #require(try await cli.json(["list", "--date", "2026-04-27", "-c", "cs.AI", "--json"]) as? [[String: Any]])
        let ids = day.compactMap { $0["id"] as? String }
        try #require(ids.count >= 3)
        try await TmuxSession.with(try cli.readerCommand(["-c", "cs.AI", "--date", "2026-04-27"]), width: 150, height: 40) { tmux in
            try await tmux.waitFor(text: "arXiv:\(ids[0])v")
            try await tmux.send("j")
            try await tmux.waitFor(text: "arXiv:\(ids[1])v")
            try await tmux.send("R")
            let synced = try await tmux.waitFor(text: "synced: 1 new papers")
            try await tmux.waitFor(text: "A Paper Announced First")
            // Its place moves down by one: the row followed the paper.
            let after = try await tmux.waitFor(text: "3/\(ids.count + 1) · seen")
            #expect(after.contains("arXiv:\(ids[1])v"), "the selection moved:\n\(after)")
            #expect(!after.contains("arXiv:\(ids[0])v"), "\(synced)")
            try await tmux.send("q")
        }
    }

    @Test(": with an unknown id and a cached one shows the cached paper and names the unknown id")
    func openPartly() async throws {
        let routes = ScriptedRoutes()
        routes.on("/api/query", .init(status: 200, contentType: "application/atom+xml", RealUseCommandTests.emptyAPIPage))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try await Self.sampleCache(server: server)
        try await TmuxSession.with(try cli.readerCommand(), width: 150, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            try await tmux.send("[")
            try await tmux.waitFor(text: "2025-04-28")
            try await tmux.send(":")
            try await tmux.send("2412.99999 https://papers.cool/arxiv/2604.21935")
            try await tmux.send("Enter")
            // The status line names the unknown id as the list is read: the list is waited for too.
            try await tmux.waitFor(text: "not on arXiv: 2412.99999")
            let screen = try await tmux.waitFor(text: "opened · 1/1 paper")
            #expect(screen.contains("Math Takes Two"))
            #expect(screen.contains("not on arXiv: 2412.99999"))
            try await tmux.send("q")
        }
        #expect(server.requests.filter { $0.path == "/api/query" }.count == 1)
    }

    @Test("c offers arXiv's whole taxonomy, the day's categories marked and first")
    func pickerOffersTaxonomy() async throws {
        let cli = try await Self.sampleCache(server: nil)
        try await TmuxSession.with(try cli.readerCommand(), width: 150, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            try await tmux.send("c")
            let picker = try await tmux.waitFor(text: "Categories (• in the cache on this day)")
            func row(_ code: String, listed: Bool, _ name: String) -> String {
                "[ ] " + code.padding(toLength: 18, withPad: " ", startingAt: 0) + (listed ? "•" : " ") + "  " + name
            }
            #expect(picker.contains(row("cs.AI", listed: true, "Artificial Intelligence")), "\(picker)")
            // Not in the cache: offered from the bundled taxonomy, without the mark, after the listed ones.
            #expect(picker.contains(row("cs.AR", listed: false, "Hardware Architecture")), "\(picker)")
            let listedAt = try #require(picker.range(of: row("cs.LG", listed: true, "Machine Learning")))
            let offeredAt = try #require(picker.range(of: row("cs.AR", listed: false, "Hardware Architecture")))
            #expect(listedAt.lowerBound < offeredAt.lowerBound)
            try await tmux.send("q")
        }
    }

    @Test("R in the all-categories view with none configured says how to choose them")
    func syncWithoutCategories() async throws {
        let server = try await LoopbackServer.start { _ in .init(status: 500) }
        defer { Task { await server.stop() } }
        let cli = try await Self.sampleCache(server: server)
        try await TmuxSession.with(try cli.readerCommand(), width: 150, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            try await tmux.send("R")
            let screen = try await tmux.waitFor(text: "no categories chosen")
            #expect(screen.contains("press c, mark some with + and Enter, then R"))
            try await tmux.send("q")
        }
        #expect(server.requests.isEmpty)
    }

    @Test("V with no venue cached speaks of venues, not categories")
    func venueOnlyEmpty() async throws {
        let cli = try await Self.sampleCache(server: nil)
        try await TmuxSession.with(try cli.readerCommand(), width: 150, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            try await tmux.send("V")
            let screen = try await tmux.waitFor(text: "No paper of this day is at a cached venue")
            #expect(!screen.contains("No papers for these categories"))
            try await tmux.send("q")
        }
    }

    @Test("papers cached but in no day's list: the reader says how many and offers / and R, never 'No papers cached'")
    func papersWithoutDays() async throws {
        let cli = try BinaryRunner()
        let file = try RealUseImportTests.snapshot([
            RealUseImportTests.line("2604.99101", created: nil, categories: "cs.AI"),
            RealUseImportTests.line("2604.99102", created: nil, categories: "cs.CL"),
        ])
        #expect(try await cli.run(["import", file]).status == 0)
        try await TmuxSession.with(try cli.readerCommand(), width: 150, height: 40) { tmux in
            let screen = try await tmux.waitFor(text: "2 papers cached, none in a day's list")
            #expect(screen.contains("/ searches them all, R syncs"))
            #expect(!screen.contains("No papers cached"))
            try await tmux.send("/")
            try await tmux.send("imported")
            try await tmux.waitFor(text: "Imported paper 2604.99101")
            try await tmux.send("Escape")
            try await tmux.send("q")
        }
    }

    @Test("after an import the reader opens on the latest estimated day and says it is estimated")
    func estimatedDayTitle() async throws {
        let cli = try BinaryRunner()
        let file = try RealUseImportTests.snapshot([
            RealUseImportTests.line("2604.99001", created: "Fri, 24 Apr 2026 14:00:00 GMT", categories: "cs.AI"),
            RealUseImportTests.line("2604.99002", created: "Tue, 21 Apr 2026 14:00:00 GMT", categories: "cs.CL"),
        ])
        #expect(try await cli.run(["import", file]).status == 0)
        try await TmuxSession.with(try cli.readerCommand(), width: 150, height: 40) { tmux in
            let screen = try await tmux.waitFor(text: "Imported paper 2604.99001")
            #expect(screen.contains("2026-04-27 · all categories · 1/1 · seen 1"))
            #expect(screen.contains("[days estimated from submission times]"))
            try await tmux.send("[")
            try await tmux.waitFor(text: "Imported paper 2604.99002")
            try await tmux.send("q")
        }
    }

    @Test("a venue's list shows each row's group, not its edition")
    func venueRowsShowGroups() async throws {
        let cli = try await RealUseVenueTests.venueCache()
        try await TmuxSession.with(try cli.readerCommand(), width: 150, height: 40) { tmux in
            try await tmux.send("v")
            try await tmux.waitFor(text: "Venues")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "NeurIPS: editions")
            try await tmux.send("Enter")
            let groups = try await tmux.waitFor(text: "NeurIPS.2018: groups")
            let order = ["Oral", "Spotlight", "Poster"].compactMap { groups.range(of: "  \($0) ")?.lowerBound }
            #expect(order.count == 3 && order == order.sorted(), "\(groups)")
            try await tmux.send("Enter")
            let list = try await tmux.waitFor(text: "An oral about transformers")
            // The list pane only (the abstract pane on the right names the edition of the paper shown),
            // without the title and status lines.
            let pane = Array(list.split(separator: "\n").dropFirst().dropLast().compactMap { $0.split(separator: "│").first.map(String.init) })
            let rows = pane.filter { $0.contains("about") || $0.contains("spotlight on") }
            #expect(rows.count == 4, "\(list)")
            #expect(pane.allSatisfy { !$0.contains("NeurIPS.2018") }, "\(pane)")
            // At 150 columns a paper takes two lines: the group is on the second, with the authors.
            let first = try #require(pane.firstIndex { $0.contains("An oral about transformers") })
            #expect(pane[first...].dropFirst().first?.contains("Oral") == true, "\(pane)")
            try await tmux.send("q")
        }
    }
}
