import Foundation
import Testing
import TestSupport

/// A Kaggle snapshot import gives its papers browsable days, estimated from submission times until a
/// daily feed of the day replaces them.
@Suite("real use: imported papers have days")
struct RealUseImportTests {
    static func snapshot(_ lines: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString).json")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// A snapshot line: submitted `created` (as Kaggle writes it), in `categories`.
    static func line(_ id: String, created: String?, categories: String) -> String {
        let versions = created.map { #"[{"version": "v1", "created": "\#($0)"}]"# } ?? "[]"
        return #"{"id": "\#(id)", "authors": "Ann Author", "title": "Imported paper \#(id)", "categories": "\#(categories)", "#
            + #""abstract": "An abstract about imported estimates.", "versions": \#(versions)}"#
    }

    @Test("after an import, list opens on the latest estimated day, says it is estimated, and each paper is on its day")
    func importedDays() async throws {
        let cli = try BinaryRunner()
        let imported = try await cli.run(["import", Fixtures.url("arxiv/kaggle_arxiv-metadata-oai-snapshot_head200.jsonl").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("announcement days estimated from submission times"))
        let latest = try await cli.run(["list"])
        #expect(latest.status == 0, "\(latest.stderr)")
        let header = String(latest.stdout.split(separator: "\n").first ?? "")
        #expect(header.contains("estimated from submission times"), "\(header)")
        #expect(!header.contains("Total 0"))
        // 0704.0001 was submitted Monday 2 April 2007 at 19:18 GMT, 15:18 in New York: after the 14:00
        // deadline, so it was announced on Tuesday evening and listed on Wednesday 4 April.
        let day = try #require(try await cli.json(["list", "--date", "2007-04-04", "--json"]) as? [[String: Any]])
        let first = try #require(day.first { $0["id"] as? String == "0704.0001" })
        #expect(first["announce_type"] as? String == "new")
        #expect(first["date"] as? String == "2007-04-04")
    }

    @Test("papers with no day at all: list says how many are cached and how to find them, not that there are none")
    func papersWithoutDays() async throws {
        let cli = try BinaryRunner()
        let file = try Self.snapshot([Self.line("2604.99101", created: nil, categories: "cs.AI"),
                                      Self.line("2604.99102", created: nil, categories: "cs.CL")])
        #expect(try await cli.run(["import", file]).status == 0)
        let listed = try await cli.run(["list"])
        #expect(listed.status == 1)
        #expect(listed.stderr == "papers-tui: the cache has no lists yet, but 2 papers: `papers-tui search WORDS` finds them, "
                + "`papers-tui sync` fetches today's list\n")
        let found = try await cli.run(["search", "imported"])
        #expect(found.stdout.contains("2604.99101"))
    }

    @Test("a daily feed of the day replaces the estimated list for its category; a paper a feed listed gets no estimate")
    func feedReplacesEstimate() async throws {
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI", .init(status: 200, headers: [("Content-Type", "application/rss+xml")],
                                     body: try Fixtures.data("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        // Friday 24 April 2026, 10:00 in New York: before the deadline, listed on Monday the 27th.
        let file = try Self.snapshot([Self.line("2604.99001", created: "Fri, 24 Apr 2026 14:00:00 GMT", categories: "cs.AI cs.LG")])
        #expect(try await cli.run(["import", file]).status == 0)
        let estimated = try await cli.run(["list", "--date", "2026-04-27", "-c", "cs.AI"])
        #expect(estimated.stdout.contains("2026-04-27 · cs.AI · Total 1"), "\(estimated.stdout)")
        #expect(estimated.stdout.contains("estimated from submission times"))
        #expect(estimated.stdout.contains("2604.99001"))
        let crossListed = try #require(try await cli.json(["list", "--date", "2026-04-27", "-c", "cs.LG", "--json"]) as? [[String: Any]])
        #expect(crossListed.first?["announce_type"] as? String == "cross")

        #expect(try await cli.run(["sync", "-c", "cs.AI"]).status == 0)
        let fed = try await cli.run(["list", "--date", "2026-04-27", "-c", "cs.AI"])
        #expect(!fed.stdout.contains("estimated"), "\(fed.stdout)")
        #expect(!fed.stdout.contains("2604.99001"))
        #expect(fed.stdout.contains("2604.21935"))
        let stillEstimated = try await cli.run(["list", "--date", "2026-04-27", "-c", "cs.LG"])
        #expect(stillEstimated.stdout.contains("estimated"))
        #expect(stillEstimated.stdout.contains("2604.99001"))

        // 2604.21935 is on the feed's day: a snapshot saying it was submitted a week earlier adds no other day.
        let again = try Self.snapshot([Self.line("2604.21935", created: "Tue, 21 Apr 2026 12:00:00 GMT", categories: "cs.AI")])
        #expect(try await cli.run(["import", again]).status == 0)
        let shown = try await cli.run(["show", "2604.21935"])
        #expect(shown.stdout.contains("Announced: 2026-04-27 (new)"))
        let earlier = try await cli.run(["list", "--date", "2026-04-22"])
        #expect(earlier.status == 1)
    }
}
