import Foundation
import Testing
import TestSupport

@Suite("reliability: kills at random moments, and many writers at once")
struct ReliabilityTests {
    /// Rounds of the kill soak: a few in the normal suite, more with PAPERS_TUI_SOAK_ROUNDS=50.
    static var soakRounds: Int {
        ProcessInfo.processInfo.environment["PAPERS_TUI_SOAK_ROUNDS"].flatMap(Int.init) ?? 4
    }

    @Test("kill -9 of import and of a streaming faq at random moments: integrity ok, marks kept, the work completes after")
    func killSoak() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks((1...60).map { "w\($0) " }), interval: .milliseconds(25)))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        _ = try await cli.run(["star", "2604.21935", "2604.21953"])
        _ = try await cli.run(["read", "2604.21936"])
        let snapshot = try CrashSafetyTests.largeSnapshot(count: 6_000)
        var random = SystemRandomNumberGenerator()
        for round in 0..<Self.soakRounds {
            let arguments = round % 2 == 0 ? ["import", snapshot] : ["faq", "2604.21953", "--refresh"]
            let process = try cli.start(arguments)
            try await Task.sleep(for: .milliseconds(Int.random(in: 50...900, using: &random)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try await cli.sqlite("PRAGMA integrity_check;") == "ok", "round \(round): \(arguments[0])")
            let starred = try #require(try await cli.json(["list", "--starred", "--json"]) as? [[String: Any]])
            #expect(Set(starred.compactMap { $0["id"] as? String }) == ["2604.21935", "2604.21953"], "round \(round)")
            let shown = try #require(try await cli.json(["show", "2604.21936", "--json"]) as? [String: Any])
            #expect(shown["read"] as? Bool == true, "round \(round)")
        }
        let imported = try await cli.run(["import", snapshot])
        #expect(imported.status == 0)
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper WHERE id LIKE '2601.%';") == "6000")
        let answered = try await cli.run(["faq", "2604.21953", "--refresh"])
        #expect(answered.status == 0, "faq after the kills: \(answered.stderr)")
        #expect(try await cli.sqlite("SELECT status FROM faq WHERE paper_id = '2604.21953';") == "complete")
    }

    @Test("import, sync, two FAQ streams and the user's marks at the same time: no lock error, nothing lost")
    func concurrentWriters() async throws {
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI", .init(status: 200, contentType: "application/rss+xml", try Fixtures.text("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")))
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks((1...40).map { "t\($0) " }), interval: .milliseconds(20)))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        let snapshot = try CrashSafetyTests.largeSnapshot(count: 4_000)
        let marked = try await cli.json(["list", "--date", "2025-04-28", "--json"]) as? [[String: Any]] ?? []
        let ids = marked.compactMap { $0["id"] as? String }.prefix(30)
        let writer = cli
        async let imported = writer.run(["import", snapshot])
        async let synced = writer.run(["sync", "-c", "cs.AI"])
        async let first = writer.run(["faq", "2604.21935"])
        async let second = writer.run(["faq", "2604.21936"])
        var markResults: [BinaryRunner.Result] = []
        for id in ids {
            markResults.append(try await cli.run(["star", id]))
            markResults.append(try await cli.run(["read", id]))
        }
        let results = try await [imported, synced, first, second] + markResults
        for result in results {
            #expect(result.status == 0, "a writer failed: \(result.stderr)")
            #expect(!result.stderr.lowercased().contains("locked"))
        }
        #expect(try await cli.sqlite("PRAGMA integrity_check;") == "ok")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper WHERE id LIKE '2601.%';") == "4000")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM faq WHERE status = 'complete';") == "2")
        let starred = try #require(try await cli.json(["list", "--starred", "--json"]) as? [[String: Any]])
        #expect(Set(starred.compactMap { $0["id"] as? String }) == Set(ids))
        let read = try await cli.sqlite("SELECT COUNT(*) FROM mark WHERE read_at IS NOT NULL;")
        #expect(read == String(ids.count))
    }
}
