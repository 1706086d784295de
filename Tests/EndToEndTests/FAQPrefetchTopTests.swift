import Foundation
import Testing
import TestSupport

/// FAQs written before they are opened: `faq --top N` and `[llm] prefetch_top` after a sync, over a
/// scripted OpenAI-compatible server and the real quant-ph day (the bundled sample's, or its RSS fixture).
@Suite("the FAQs of the day's top papers, before they are opened")
struct FAQPrefetchTopTests {
    private let starred = ["2504.17886", "2504.18141", "2504.18173", "2504.18527", "2504.18298"]

    private func llm() async throws -> (LoopbackServer, ScriptedRoutes) {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["## Q1", "\nok"])))
        routes.on("/rss/quant-ph", .init(status: 200, contentType: "application/rss+xml",
                                         try Fixtures.text("arxiv/arxiv_rss_quant-ph_2025-04-28_full81items.xml")))
        return (try await LoopbackServer.start { routes.respond($0) }, routes)
    }

    private func chats(_ server: LoopbackServer) -> Int {
        server.requests.filter { $0.path.hasSuffix("/chat/completions") }.count
    }

    @Test("faq --top 2: cold, one sentence and no token spent; with five stars, the two the ranking puts first")
    func topOfDay() async throws {
        let (server, _) = try await llm()
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        let arguments = ["faq", "--date", "2025-04-28", "-c", "quant-ph", "--top", "2"]
        let cold = try await cli.run(arguments)
        #expect(cold.status != 0)
        #expect(cold.stderr.contains("cannot choose the top papers: the ranking needs 5 more starred papers and no [rank] keywords are set"),
                "\(cold.stderr)")
        #expect(chats(server) == 0)

        #expect(try await cli.run(["star"] + starred).status == 0)
        let ranked = try await cli.run(arguments)
        #expect(ranked.status == 0, "\(ranked.stderr)")
        #expect(ranked.stdout.contains("FAQ: 2 of 2 ready (en)"), "\(ranked.stdout)")
        #expect(ranked.stderr.contains("the 2 your ranking puts first"))
        #expect(chats(server) == 2)
        let order = try #require(try await cli.json(["list", "--date", "2025-04-28", "-c", "quant-ph", "--sort", "relevance", "--json"])
            as? [[String: Any]]).compactMap { $0["id"] as? String }
        for id in order.prefix(2) {
            let shown = try #require(try await cli.json(["show", id, "--json"]) as? [String: Any])
            #expect(shown["faq"] is [String: Any], "no FAQ for \(id)")
        }
        #expect(try await cli.run(["faq", "--top", "2"]).stderr.contains("--top goes with --date"))
    }

    @Test("[llm] prefetch_top: a sync writes the FAQs of the new day's best keyword matches; unable to choose, a note, and the sync still succeeds")
    func afterSync() async throws {
        let (server, _) = try await llm()
        defer { Task { await server.stop() } }
        var cli = try BinaryRunner(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        try FAQPaper.writeConfig(cli, extra: "prefetch_top = 2\n")
        let unchosen = try await cli.run(["sync", "-c", "quant-ph", "--quiet"])
        #expect(unchosen.status == 0, "\(unchosen.stderr)")
        #expect(unchosen.stdout.contains("synced: "))
        #expect(unchosen.stderr.contains("note: [llm] prefetch_top: no FAQ prefetched: cannot choose the top papers"), "\(unchosen.stderr)")
        #expect(chats(server) == 0)

        try FAQPaper.writeConfig(cli, extra: "prefetch_top = 2\n\n[rank]\nkeywords = [\"quantum computing\"]\n")
        let synced = try await cli.run(["sync", "-c", "quant-ph", "--quiet"])
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("FAQ of the top 2 of 2025-04-28: 2 of 2 ready (en)"), "\(synced.stdout)")
        #expect(synced.stderr.contains("the 2 best matches to your keywords"))
        #expect(chats(server) == 2)
    }
}
