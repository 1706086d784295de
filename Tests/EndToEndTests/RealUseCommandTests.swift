import Foundation
import Testing
import TestSupport

/// Issue 14's findings from a morning of real use, through the built binary against loopback servers.
@Suite("real use: the command line")
struct RealUseCommandTests {
    static let emptyAPIPage = """
        <?xml version='1.0' encoding='UTF-8'?>
        <feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns="http://www.w3.org/2005/Atom">
          <id>https://arxiv.org/api/x</id><title>arXiv Query: id_list=2412.99999</title>
          <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
          <opensearch:totalResults>0</opensearch:totalResults>
          <opensearch:startIndex>0</opensearch:startIndex>
        </feed>
        """

    static func server(_ routes: ScriptedRoutes) async throws -> LoopbackServer {
        try await LoopbackServer.start { routes.respond($0) }
    }

    @Test("sync -c with an unknown category names it and the nearest real one, and asks arXiv nothing", arguments: [
        ("foo", "papers-tui: arXiv does not know the category 'foo': "),
        ("cs.ai", "papers-tui: arXiv does not know the category 'cs.ai': did you mean cs.AI?"),
        ("cs.CLL", "papers-tui: arXiv does not know the category 'cs.CLL': did you mean cs.CL?"),
        ("cs.AI+cs.LGG", "papers-tui: arXiv does not know the category 'cs.LGG': did you mean cs.LG?"),
        ("mathh", "papers-tui: arXiv does not know the category 'mathh': did you mean math?"),
        ("quant-pj", "papers-tui: arXiv does not know the category 'quant-pj': did you mean quant-ph?"),
    ])
    func unknownCategory(category: String, message: String) async throws {
        let server = try await Self.server(ScriptedRoutes())
        defer { Task { await server.stop() } }
        let result = try await BinaryRunner(server: server).run(["sync", "-c", category])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(message), "stderr: \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!result.stdout.contains("synced"))
        #expect(server.requests.isEmpty)
    }

    @Test("show and list --json agree on a paper new in its primary category and cross-listed in another")
    func announceTypeAgrees() async throws {
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI+cs.CL", .init(status: 200, headers: [("Content-Type", "application/rss+xml")],
                                           body: try Fixtures.data("arxiv/arxiv_rss_cs.CL_2026-04-27_trimmed.xml")))
        let server = try await Self.server(routes)
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        let synced = try await cli.run(["sync", "-c", "cs.AI", "-c", "cs.CL"])
        #expect(synced.status == 0, "\(synced.stderr)")
        // 2604.22027 is cs.CL first, then cs.AI: listed under both, `new` under cs.CL.
        let listed = try #require(try await cli.json(["list", "--json"]) as? [[String: Any]])
        let row = try #require(listed.first { $0["id"] as? String == "2604.22027" })
        #expect(row["announce_type"] as? String == "new")
        let shown = try #require(try await cli.json(["show", "2604.22027", "--json"]) as? [String: Any])
        #expect(shown["announce_type"] as? String == "new")
        let text = try await cli.run(["show", "2604.22027"])
        #expect(text.stdout.contains("Announced: 2026-04-27 (new)"))
    }

    @Test("open with an unknown id and a cached paper's URL: the paper is shown, the id named, exit 0")
    func openPartly() async throws {
        let routes = ScriptedRoutes()
        routes.on("/api/query", .init(status: 200, contentType: "application/atom+xml", Self.emptyAPIPage))
        let server = try await Self.server(routes)
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        _ = try await cli.run(["import", "--sample"])
        let result = try await cli.run(["open", "2412.99999", "https://papers.cool/arxiv/2604.21935"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Math Takes Two"))
        #expect(result.stderr == "papers-tui: not on arXiv: 2412.99999\n")
        // One request: an empty first page with a total of 0 is arXiv's answer, not a glitch to retry.
        #expect(server.requests.filter { $0.path == "/api/query" }.count == 1)
        #expect(server.requests.first?.query["id_list"] == "2412.99999")

        let json = try #require(try await cli.json(["open", "--json", "2604.21935", "2412.99999"]) as? [[String: Any]])
        #expect(json.compactMap { $0["id"] as? String } == ["2604.21935"])

        let nothing = try await cli.run(["open", "2412.99999"])
        #expect(nothing.status == 1)
        #expect(nothing.stderr == "papers-tui: not on arXiv: 2412.99999\n")
        #expect(!nothing.stdout.contains("Authors:"))

        let mixed = try await cli.run(["open", "2604.21935", "nonsense", "zzzzzzzz01@OpenReview"])
        #expect(mixed.status == 0)
        #expect(mixed.stderr.hasPrefix("papers-tui: not a paper reference: 'nonsense'; not cached: zzzzzzzz01@OpenReview"))
        #expect(mixed.stderr.split(separator: "\n").count == 1)
    }

    @Test("sync --id with an unknown id says so and exits non-zero")
    func syncUnknownID() async throws {
        let routes = ScriptedRoutes()
        routes.on("/api/query", .init(status: 200, contentType: "application/atom+xml", Self.emptyAPIPage))
        let server = try await Self.server(routes)
        defer { Task { await server.stop() } }
        let result = try await BinaryRunner(server: server).run(["sync", "--id", "2412.99999"])
        #expect(result.status == 1)
        #expect(result.stderr == "papers-tui: not on arXiv: 2412.99999\n")
    }

    @Test("an empty cache with `categories` configured suggests plain `sync`, not --category cs.AI")
    func declinedSampleHint() async throws {
        let cli = try BinaryRunner()
        let folder = URL(fileURLWithPath: try #require(cli.environment["XDG_CONFIG_HOME"])).appendingPathComponent("papers-tui")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try #"categories = ["cs.CL", "cs.LG"]"#.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let result = try await cli.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Run `papers-tui sync` to fetch today's papers in cs.CL, cs.LG."))
        #expect(!result.stdout.contains("--category cs.AI"))

        let unconfigured = try await BinaryRunner().run([])
        #expect(unconfigured.stdout.contains("Run `papers-tui sync --category cs.AI`"))
    }
}

@Suite("real use: venue lists")
struct RealUseVenueTests {
    static func venueCache() async throws -> BinaryRunner {
        let cli = try BinaryRunner()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("venue-\(UUID().uuidString).jsonl")
        // Posters first, as a paper list often is.
        let lines = [
            #"{"id": "11953", "title": "A poster about kernels", "author": "A One", "abstract": "Kernels.", "status": "Poster"}"#,
            #"{"id": "11954", "title": "A second poster about graphs", "author": "B Two", "abstract": "Graphs.", "status": "Poster"}"#,
            #"{"id": "11955", "title": "An oral about transformers", "author": "C Three", "abstract": "Attention.", "status": "Oral"}"#,
            #"{"id": "11956", "title": "A spotlight on sparsity", "author": "D Four", "abstract": "Sparsity.", "status": "Spotlight"}"#,
        ]
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let imported = try await cli.run(["venues", "import", file.path, "--edition", "NeurIPS.2018"])
        #expect(imported.status == 0, "\(imported.stderr)")
        return cli
    }

    @Test("groups are Oral, Spotlight, Poster; --group matches without case; rows show the group, not the edition")
    func groups() async throws {
        let cli = try await Self.venueCache()
        let editions = try #require(try await cli.json(["venues", "list", "--json"]) as? [[String: Any]])
        let groups = (editions.first?["groups"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(groups == ["Oral", "Spotlight", "Poster"])

        let oral = try await cli.run(["list", "--venue", "NeurIPS.2018", "--group", "oral"])
        #expect(oral.status == 0, "\(oral.stderr)")
        #expect(oral.stdout.contains("NeurIPS.2018 · Oral · Total 1"))
        #expect(oral.stdout.contains("An oral about transformers"))

        let all = try await cli.run(["list", "--venue", "NeurIPS.2018"])
        let rows = all.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { !$0.contains("[NeurIPS.2018]") && !$0.contains("{NeurIPS.2018") }, "\(rows)")
        #expect(rows.map { $0.contains("{Oral}") ? "Oral" : $0.contains("{Spotlight}") ? "Spotlight" : $0.contains("{Poster}") ? "Poster" : "?" }
                == ["Oral", "Spotlight", "Poster", "Poster"])

        let unknown = try await cli.run(["list", "--venue", "NeurIPS.2018", "--group", "workshop"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "papers-tui: NeurIPS.2018 has no group 'workshop': it has Oral, Spotlight, Poster\n")
    }
}
