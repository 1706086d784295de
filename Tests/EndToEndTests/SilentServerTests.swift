import Foundation
import Testing
import TestSupport

/// A server that accepts and never answers: each command gives up within its budget (`give_up_after`),
/// retries included, shows the retry countdown, and ends with one sentence.
@Suite("servers that never answer, through the binary")
struct SilentServerTests {
    @Test("faq against a silent LLM server gives up after [llm] give_up_after, showing the countdown")
    func silentLLM() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .init(hang: true))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        try cli.writeConfig("[llm]\nmodel = \"smollm2\"\nretries = 3\nidle_timeout = 5\ngive_up_after = 8\n")
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        let started = Date()
        let result = try await cli.run(["faq", FAQPaper.id])
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        // One try stalls for the idle timeout (5 s), the countdown takes 1 s, the second try is cut at the budget.
        #expect(elapsed < 12, "took \(elapsed) s")
        #expect(elapsed > 6, "took \(elapsed) s")
        #expect(result.stderr.contains("trying again in 1 s"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("did not begin an answer within 8 s (2 tries, last: no answer in time): "
            + "check that it is running, or raise [llm] give_up_after\n"), "\(result.stderr)")
        #expect(server.requests.filter { $0.path == "/v1/chat/completions" }.count == 2)
    }

    @Test("sync against a silent arXiv gives up after [arxiv] give_up_after, with a countdown line per wait")
    func silentArxiv() async throws {
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI", .init(hang: true))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        try cli.writeConfig("[arxiv]\nstall_timeout = 1\ngive_up_after = 4\n")
        let result = try await cli.run(["sync", "-c", "cs.AI"])
        // From the first request on: the budget is the sync's, and starting the process on a loaded
        // machine once took seconds of its own (12.6 s in all, on CI).
        let started = try #require(server.requests.first?.receivedAt, "the sync never asked arXiv")
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(elapsed < 8, "took \(elapsed) s")
        #expect(result.stderr.hasPrefix("papers-tui: arXiv did not answer within 4 s ("), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("try again later, or raise give_up_after in config.toml\n"), "\(result.stderr)")
        #expect(result.stdout.contains("trying again: waiting 1 s"), "\(result.stdout)")
        #expect(server.requests.count >= 2)
    }
}
