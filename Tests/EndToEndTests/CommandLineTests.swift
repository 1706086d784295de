import Foundation
import Testing
import TestSupport

@Suite("the papers-tui command line, end to end against loopback arXiv")
struct CommandLineTests {
    static func arxivServer() async throws -> LoopbackServer {
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI", .init(status: 200, contentType: "application/rss+xml",
                                     try Fixtures.text("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")))
        routes.on("/rss/cs.CL", .init(status: 200, contentType: "application/rss+xml",
                                     try Fixtures.text("arxiv/arxiv_rss_cs.CL_2026-04-27_trimmed.xml")))
        routes.on("/rss/astroph", .init(status: 400, contentType: "application/rss+xml",
                                       try Fixtures.text("arxiv/arxiv_rss_error-bad-archive_2024-11-28.xml")))
        routes.on("/rss/cs.LG", .init(status: 503, headers: [("Retry-After", "300")], body: Data("busy".utf8)))
        return try await LoopbackServer.start { routes.respond($0) }
    }

    @Test("sync, then list the day as JSON with the documented fields, offline")
    func syncAndList() async throws {
        let server = try await Self.arxivServer()
        let cli = try BinaryRunner(server: server)
        let sync = try await cli.run(["sync", "--category", "cs.AI"])
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.contains("synced: 3 new papers, 0 updated, 1 day (2026-04-27)"))
        await server.stop()

        let list = try #require(try await cli.json(["list", "--json"]) as? [[String: Any]])
        #expect(list.count == 3)
        let first = try #require(list.first)
        for key in ["id", "version", "title", "authors", "abstract", "categories", "primary_category", "date",
                    "announce_type", "starred", "read", "seen"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["id"] as? String == "2604.21935")
        #expect(first["date"] as? String == "2026-04-27")
        #expect(first["announce_type"] as? String == "new")
        #expect(first["authors"] as? [String] == ["Michael Cooper", "Samuel Cooper"])
        #expect(first["starred"] as? Bool == false)
        #expect(first["seen"] as? Bool == false)

        var offline = cli
        offline.environment["PAPERS_TUI_ARXIV_RSS_URL"] = "http://127.0.0.1:1"
        let again = try await offline.run(["sync", "--category", "cs.AI"])
        #expect(again.status != 0)
        #expect(again.stderr.hasPrefix("papers-tui: cannot reach arXiv"))
        #expect(again.stderr.split(separator: "\n").count == 1)
    }

    @Test("star and read marks are kept across a re-sync and shown in lists")
    func marks() async throws {
        let server = try await Self.arxivServer()
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        _ = try await cli.run(["sync", "-c", "cs.AI", "-c", "cs.CL"])
        let star = try await cli.run(["star", "arXiv:2604.21936v1", "https://arxiv.org/abs/2604.21935"])
        #expect(star.status == 0, "\(star.stderr)")
        _ = try await cli.run(["read", "2604.21936"])
        _ = try await cli.run(["sync", "-c", "cs.AI", "-c", "cs.CL"])
        let starred = try #require(try await cli.json(["list", "--starred", "--json"]) as? [[String: Any]])
        #expect(Set(starred.compactMap { $0["id"] as? String }) == ["2604.21935", "2604.21936"])
        let unread = try #require(try await cli.json(["list", "--unread", "--json", "-c", "cs.AI"]) as? [[String: Any]])
        #expect(!unread.contains { $0["id"] as? String == "2604.21936" })
        let shown = try #require(try await cli.json(["show", "2604.21936", "--json"]) as? [String: Any])
        #expect(shown["starred"] as? Bool == true)
        #expect(shown["read"] as? Bool == true)
    }

    @Test("errors are one plain sentence and a non-zero exit", arguments: [
        (["sync", "-c", "cs.LG"], "papers-tui: arXiv answered 503 (retry after 300 s)"),
        (["sync", "-c", "astroph"], "papers-tui: arXiv does not know the category 'astroph'"),
        (["list", "--date", "2024-11-30"], "papers-tui: the cache has no lists yet"),
        (["show", "not-an-id"], "papers-tui: 'not-an-id' is not a paper id"),
        (["list", "--date", "2024-02-30"], "papers-tui: --date 2024-02-30 is not a date"),
        (["sync"], "papers-tui: no categories to sync"),
    ])
    func errors(arguments: [String], message: String) async throws {
        let server = try await Self.arxivServer()
        defer { Task { await server.stop() } }
        let result = try await BinaryRunner(server: server).run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix(message), "stderr: \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("a missing day says how to get it")
    func missingDay() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        let result = try await cli.run(["list", "--date", "2024-11-30"])
        #expect(result.stderr == "papers-tui: no cached list for 2024-11-30: run `papers-tui sync`\n")
    }

    @Test("with an empty cache, papers-tui offers the bundled sample, and then shows it")
    func emptyCacheOffersSample() async throws {
        let cli = try BinaryRunner()
        let declined = try await cli.run([])
        #expect(declined.status == 0)
        #expect(declined.stdout.contains("papers-tui import --sample"))
        let loaded = try await cli.run(["import", "--sample"])
        #expect(loaded.stdout.contains("90 new papers"))
        let shown = try await cli.run([])
        #expect(shown.stdout.contains("2026-04-27"))
        #expect(shown.stdout.contains("Math Takes Two"))
    }

    @Test("the Kaggle snapshot imports, and importing it again changes nothing")
    func snapshotImport() async throws {
        let cli = try BinaryRunner()
        let file = Fixtures.url("arxiv/kaggle_arxiv-metadata-oai-snapshot_head200.jsonl").path
        let first = try await cli.run(["import", file])
        #expect(first.stdout.hasPrefix("imported: 200 new papers, 0 updated, 0 unchanged"))
        let second = try await cli.run(["import", file])
        #expect(second.stdout.hasPrefix("imported: 0 new papers, 0 updated, 200 unchanged"))
        let shown = try #require(try await cli.json(["show", "0704.0001", "--json"]) as? [String: Any])
        #expect(shown["authors"] as? [String] == ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan"])
    }

    @Test("a cache from a newer papers-tui is refused with a plain sentence")
    func newerDatabase() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        _ = try await cli.sqlite("INSERT INTO grdb_migrations VALUES ('v99: future');")
        let result = try await cli.run(["list"])
        #expect(result.stderr.contains("is newer than this papers-tui"))
        #expect(result.status != 0)
    }

    @Test("a cache from an earlier papers-tui is brought up to date once, saying so, with its marks kept")
    func olderDatabase() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        _ = try await cli.run(["star", "2604.21935"])
        // As a cache written before v6 was: without v6's index and v8's change count.
        let triggers = ["listing", "mark", "venue_paper"].flatMap { table in
            ["insert", "update", "delete"].map { "DROP TRIGGER \(table)_\($0)_counted;" }
        }
        _ = try await cli.sqlite("DROP INDEX listing_by_day_paper; DROP TABLE change_count; " + triggers.joined(separator: " ")
            + " DELETE FROM grdb_migrations WHERE identifier LIKE 'v6:%' OR identifier LIKE 'v7:%' OR identifier LIKE 'v8:%';")
        let upgraded = try await cli.run(["list", "--starred"])
        #expect(upgraded.status == 0)
        #expect(upgraded.stderr.contains("updating the cache for this version (once"))
        #expect(upgraded.stdout.contains("2604.21935"))
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'listing_by_day_paper';") == "1")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_counted';") == "9")
        let again = try await cli.run(["list", "--starred"])
        #expect(again.stderr.isEmpty)
    }

    @Test("search prints JSON with scores, best first, and a stray quote is a plain sentence")
    func search() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        let hits = try #require(try await cli.json(["search", "Schrodinger", "cat", "--json"]) as? [[String: Any]])
        #expect(hits.first?["id"] as? String == "2504.18372")
        #expect(hits.first?["score"] is Double)
        let broken = try await cli.run(["search", "\"unbalanced"])
        #expect(broken.status != 0)
        #expect(broken.stderr == "papers-tui: a quote is not closed: write \"exact phrase\" with both quotes\n")
    }
}
