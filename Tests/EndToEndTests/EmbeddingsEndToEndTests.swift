import Foundation
import Testing
import TestSupport

/// Paper vectors for the ranking through the binary: from the real local llama.cpp server the FAQ
/// tests use (SmolLM2, a weak embedder but a real `/v1/embeddings` peer), and from a scripted loopback
/// server for the faults and the reader's status line.
@Suite("embeddings for the ranking, end to end", .serialized)
struct EmbeddingsEndToEndTests {
    /// Five real quant-ph papers on building quantum computers (as RankingEndToEndTests stars).
    private let starred = ["2504.17886", "2504.18141", "2504.18173", "2504.18527", "2504.18298"]

    private func config(_ url: String, model: String = "smollm2") -> String {
        """
        [rank]
        embeddings_url = "\(url)"
        embeddings_model = "\(model)"
        embeddings_batch = 4
        """
    }

    /// Vectors of `width` numbers drawn from each input's words, OpenAI's shape.
    private static func answer(_ request: LoopbackServer.Request, width: Int = 8) -> LoopbackServer.Response {
        let inputs = ((try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any])?["input"] as? [String] ?? []
        let data = inputs.enumerated().map { index, text in
            let words = text.lowercased().split(separator: " ")
            let vector = (0..<width).map { slot in Double(words.filter { abs($0.hashValue) % width == slot }.count) + 0.1 }
            return ["index": index, "embedding": vector] as [String: Any]
        }
        return LoopbackServer.Response(status: 200, headers: [("Content-Type", "application/json")],
                                       body: try! JSONSerialization.data(withJSONObject: ["data": data]))
    }

    @Test("rank embed against the real local server: 576 numbers per paper kept as half floats, the ranking retrained with them")
    func realServer() async throws {
        let llm = try #require(ProcessInfo.processInfo.environment["PAPERS_TUI_TEST_LLM_URL"].flatMap { $0.isEmpty ? nil : $0 },
                               "PAPERS_TUI_TEST_LLM_URL is not set: run the suite with scripts/test, which starts the local LLM server")
        let cli = try await MorningRoutineTests.sampleCache()
        try cli.writeConfig(config(llm))
        #expect(try await cli.run(["star"] + starred).status == 0)
        let embedded = try await cli.run(["rank", "embed", "--limit", "8"])
        #expect(embedded.status == 0, "\(embedded.stderr)")
        #expect(embedded.stdout.contains("embedded 8 papers; 8 have a vector from smollm2 (576 numbers each)"), "\(embedded.stdout)")
        #expect(embedded.stdout.contains("ranking trained again with the vectors of"), "\(embedded.stdout)")
        #expect(try await cli.sqlite("SELECT count(*), min(length(vector)), max(length(vector)) FROM paper_embedding WHERE model = 'smollm2'")
            .trimmingCharacters(in: .whitespacesAndNewlines) == "8|1152|1152")
        let starredHaveVectors = try await cli.sqlite("""
            SELECT count(*) FROM paper_embedding WHERE paper_id IN ('\(starred.joined(separator: "','"))')
            """)
        #expect(starredHaveVectors.trimmingCharacters(in: .whitespacesAndNewlines) == "5")
        let status = try #require(try await cli.json(["rank", "status", "--json"]) as? [String: Any])
        let embeddings = try #require(status["embeddings"] as? [String: Any])
        #expect(embeddings["model"] as? String == "smollm2")
        #expect(status["current"] as? Bool == true)
        let ranked = try #require(try await cli.json(["list", "--date", "2025-04-28", "-c", "quant-ph", "--sort", "relevance", "--json"])
            as? [[String: Any]])
        #expect(ranked.count == 50)
        #expect(ranked.allSatisfy { $0["score"] is Double && ($0["why"] as? String)?.isEmpty == false })
    }

    @Test("a server that fails: rank embed says why in one sentence and exits 1; the ranking still sorts on terms")
    func failingServer() async throws {
        let server = try await LoopbackServer.start { _ in
            LoopbackServer.Response(status: 500, contentType: "application/json", #"{"error":{"message":"model not loaded"}}"#)
        }
        defer { Task { await server.stop() } }
        let cli = try await MorningRoutineTests.sampleCache()
        try cli.writeConfig(config(server.baseURL + "/v1"))
        #expect(try await cli.run(["star"] + starred).status == 0)
        let embedded = try await cli.run(["rank", "embed"])
        #expect(embedded.status == 1)
        #expect(embedded.stderr.contains("the embeddings server answered 500: model not loaded"), "\(embedded.stderr)")
        #expect(embedded.stderr.split(separator: "\n").count == 1, "\(embedded.stderr)")
        let ranked = try await cli.run(["list", "--date", "2025-04-28", "-c", "quant-ph", "--sort", "relevance", "--json"])
        #expect(ranked.status == 0, "\(ranked.stderr)")
        let papers = try #require(try JSONSerialization.jsonObject(with: Data(ranked.stdout.utf8)) as? [[String: Any]])
        #expect(papers.allSatisfy { $0["score"] is Double })
        let status = try #require(try await cli.json(["rank", "status", "--json"]) as? [String: Any])
        #expect(status["embeddings"] is NSNull)
    }

    @Test("sync embeds the day it brought; an embeddings server that fails is a note, and the sync still succeeds")
    func syncEmbeds() async throws {
        let arxiv = try await CommandLineTests.arxivServer()
        defer { Task { await arxiv.stop() } }
        let embedder = try await LoopbackServer.start { Self.answer($0) }
        defer { Task { await embedder.stop() } }
        let cli = try BinaryRunner(server: arxiv)
        try cli.writeConfig(config(embedder.baseURL + "/v1", model: "scripted"))
        let synced = try await cli.run(["sync", "--category", "cs.AI"])
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("embeddings: 3 papers embedded for the ranking"), "\(synced.stdout)")

        let failing = try await LoopbackServer.start { _ in LoopbackServer.Response(status: 400, contentType: "application/json",
                                                                                 #"{"error":{"message":"input too long"}}"#) }
        defer { Task { await failing.stop() } }
        try cli.writeConfig(config(failing.baseURL + "/v1", model: "other"))
        let again = try await cli.run(["sync", "--category", "cs.AI"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("note: embeddings: the embeddings server answered 400: input too long"), "\(again.stderr)")
    }

    @Test("a half-set config is refused with the key it lacks")
    func halfConfig() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        try cli.writeConfig("[rank]\nembeddings_url = \"http://127.0.0.1:9/v1\"\n")
        let refused = try await cli.run(["rank", "embed"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("embeddings_url is set without embeddings_model"), "\(refused.stderr)")
        try cli.writeConfig("")
        let unset = try await cli.run(["rank", "embed"])
        #expect(unset.stderr.contains("no embeddings server is configured"), "\(unset.stderr)")
    }

    @Test("the reader fetches vectors as it opens and says so in the status line; a failing server is said once, as an error")
    func readerStatus() async throws {
        let server = try await LoopbackServer.start { Self.answer($0) }
        defer { Task { await server.stop() } }
        let cli = try await MorningRoutineTests.sampleCache()
        try cli.writeConfig(config(server.baseURL + "/v1", model: "scripted"))
        #expect(try await cli.run(["star"] + starred).status == 0)
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2025-04-28"]), width: 120, height: 40) { tmux in
            // The five starred, then the day shown (quant-ph of 2025-04-28, a year before the newest day),
            // then the other day: every paper the sample lists.
            try await tmux.waitFor(text: "embeddings: 90 papers embedded for the ranking")
            try await tmux.send("q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        #expect(try await cli.sqlite("SELECT count(*) FROM paper_embedding WHERE model = 'scripted'")
            .trimmingCharacters(in: .whitespacesAndNewlines) == "90")

        let failing = try await LoopbackServer.start { _ in LoopbackServer.Response(status: 404, contentType: "text/plain", "no such route") }
        defer { Task { await failing.stop() } }
        try cli.writeConfig(config(failing.baseURL + "/v1", model: "other"))
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2025-04-28"]), width: 120, height: 40) { tmux in
            let screen = try await tmux.waitFor(text: "embeddings: the embeddings server answered 404")
            #expect(screen.contains("(the ranking goes on without"), "\(screen)")
            try await tmux.send("q")
            try await tmux.waitFor(text: "EXITED-0")
        }
    }
}
