import Foundation
import Testing
import TestSupport

@Suite("import --remove-sample, through the binary")
struct RemoveSampleTests {
    @Test("a starred sample paper stays on its day, the rest goes from lists and search, and a second run finds nothing")
    func removesAllButMarked() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        _ = try await cli.run(["star", "2604.21935"])
        _ = try await cli.run(["seen", "2604.22002"])
        #expect(try await cli.run(["search", "Cow Urine"]).stdout.contains("When Cow Urine Cures Constipation"))

        let removed = try await cli.run(["import", "--remove-sample"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout == "removed the bundled sample: 89 papers removed, 1 paper kept because starred or read\n")

        let day = try #require(try await cli.json(["list", "--date", "2026-04-27", "--json"]) as? [[String: Any]])
        #expect(day.map { $0["id"] as? String } == ["2604.21935"])
        #expect(day.first?["starred"] as? Bool == true)
        let otherDay = try await cli.run(["list", "--date", "2025-04-28"])
        #expect(otherDay.status == 1)
        #expect(otherDay.stderr.hasPrefix("papers-tui: no cached list for 2025-04-28"))
        let searched = try await cli.run(["search", "Cow Urine"])
        #expect(searched.status == 0)
        #expect(!searched.stdout.contains("Cow Urine"))
        #expect(try await cli.run(["search", "Math Takes Two"]).stdout.contains("2604.21935"))
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper;") == "1")
        #expect(try await cli.sqlite("SELECT paper_id FROM mark;") == "2604.21935")
        #expect(try await cli.sqlite("PRAGMA integrity_check;") == "ok")
        // The index checked against the paper table: sqlite3 fails on any difference.
        _ = try await cli.sqlite("INSERT INTO paper_fts(paper_fts, rank) VALUES ('integrity-check', 1);")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper_fts;") == "1")

        let again = try await cli.run(["import", "--remove-sample"])
        #expect(again.status == 0)
        #expect(again.stdout == "nothing of the bundled sample was left to remove (1 paper kept because starred or read)\n")
    }

    @Test("a real sync of the sample's day since: its list and the marks given on it stay when the sample goes")
    func keepsWhatASyncListed() async throws {
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.CL", .init(status: 200, contentType: "application/rss+xml",
                                      try Fixtures.text("arxiv/arxiv_rss_cs.CL_2026-04-27_trimmed.xml")))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        let synced = try await cli.run(["sync", "-c", "cs.CL"])
        #expect(synced.status == 0, "\(synced.stderr)")
        let day = ["list", "--date", "2026-04-27", "-c", "cs.CL", "--json"]
        let listed = try #require(try await cli.json(day) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(listed.count == 3)
        #expect(try await cli.run(["seen", listed[0]]).status == 0)

        let removed = try await cli.run(["import", "--remove-sample"])
        #expect(removed.status == 0, "\(removed.stderr)")
        let after = try #require(try await cli.json(day) as? [[String: Any]])
        #expect(after.compactMap { $0["id"] as? String } == listed)
        #expect(after.map { $0["seen"] as? Bool } == [true, false, false])
        #expect(try await cli.run(["search", "Shared Lexical Task Representations"]).stdout.contains("Shared Lexical Task"))
        // The rest of the sample is gone.
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper;") == "3")
        #expect(try await cli.sqlite("PRAGMA integrity_check;") == "ok")
    }

    @Test("--sample with --remove-sample is one sentence and exit 1, and changes nothing")
    func bothFlags() async throws {
        let cli = try BinaryRunner()
        let both = try await cli.run(["import", "--sample", "--remove-sample"])
        #expect(both.status == 1)
        #expect(both.stderr == "papers-tui: --sample loads the bundled sample and --remove-sample removes it: pass one of them\n")
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }
}
