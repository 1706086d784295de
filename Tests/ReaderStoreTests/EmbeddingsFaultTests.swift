import Foundation
import TestSupport
import Testing
@testable import ReaderStore

/// A pass of fetching vectors against a scripted loopback server's faults: each stops the pass with
/// its sentence, keeps the batches that came before it, and leaves a ranking that trains on terms.
@Suite("embeddings faults: a server down, slow, changing dimension, sending NaN or 10 MB", .serialized)
struct EmbeddingsFaultTests {
    /// EmbeddingStoreTests' twelve papers, the first five starred.
    private func filledStore() throws -> PaperStore {
        let store = try EmbeddingStoreTests.filledStore()
        try store.apply(.star, to: (1...5).map(EmbeddingStoreTests.id), at: Date())
        return store
    }

    /// An OpenAI-style answer with a vector of `width` numbers per input of the request.
    static func answer(_ request: LoopbackServer.Request, width: Int) -> LoopbackServer.Response {
        let inputs = ((try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any])?["input"] as? [String] ?? []
        let data = inputs.enumerated().map { index, text in
            ["object": "embedding", "index": index,
             "embedding": (0..<width).map { Double((text.count + $0) % 7) + 0.5 }] as [String: Any]
        }
        let body = try! JSONSerialization.data(withJSONObject: ["object": "list", "data": data, "model": "m"])
        return LoopbackServer.Response(status: 200, headers: [("Content-Type", "application/json")], body: body)
    }

    private func settings(_ server: LoopbackServer, timeout: Duration = .seconds(10)) -> EmbeddingSettings {
        var settings = EmbeddingSettings(baseURL: server.baseURL + "/v1", model: "m")
        settings.batchSize = 4
        settings.requestTimeout = timeout
        settings.backoffBase = .milliseconds(10)
        return settings
    }

    private func pass(_ store: PaperStore, _ settings: EmbeddingSettings) async -> EmbeddingPassSummary {
        await EmbeddingPass.run(store: store, client: EmbeddingsClient(settings: settings), limit: 12)
    }

    /// The ranking still trains after the fault: on the vectors it got, or on terms alone.
    private func expectRanked(_ store: PaperStore) throws {
        guard case .ranked = try store.trainRanking() else {
            Issue.record("no ranking after the fault")
            return
        }
    }

    @Test("a working server: every paper gets its vector in batches of four, and the ranking trains with them")
    func working() async throws {
        let store = try filledStore()
        let server = try await LoopbackServer.start { Self.answer($0, width: 6) }
        defer { Task { await server.stop() } }
        let summary = await pass(store, settings(server))
        #expect(summary == EmbeddingPassSummary(embedded: 12, wanted: 12))
        #expect(server.requests.count == 3)
        #expect(server.requests.allSatisfy { $0.path == "/v1/embeddings" && $0.method == "POST" })
        guard case .ranked(let model, _) = try store.trainRanking() else { Issue.record("not ranked"); return }
        #expect(model.embeddingModel == "m")
        #expect(await pass(store, settings(server)).wanted == 0)
    }

    @Test("nothing listening: one sentence naming the server, after two retries, and no vector")
    func down() async throws {
        let store = try filledStore()
        let server = try await LoopbackServer.start { Self.answer($0, width: 6) }
        let closed = settings(server)
        await server.stop()
        let summary = await pass(store, closed)
        #expect(summary.embedded == 0)
        #expect(summary.failure?.contains("cannot reach the embeddings server 127.0.0.1:") == true, "\(summary)")
        #expect(summary.sentence.contains("the ranking goes on without vectors"))
        try expectRanked(store)
    }

    @Test("a server that never answers is given up on at the timeout, not waited for")
    func slow() async throws {
        let store = try filledStore()
        let server = try await LoopbackServer.start { _ in LoopbackServer.Response(hang: true) }
        defer { Task { await server.stop() } }
        let started = ContinuousClock.now
        let summary = await pass(store, settings(server, timeout: .seconds(1)))
        #expect(ContinuousClock.now - started < .seconds(8))
        #expect(summary.failure == "the embeddings server 127.0.0.1:\(server.port) did not answer within 1 s")
        try expectRanked(store)
    }

    @Test("a dimension that changes between batches stops the pass; the batch before it is kept")
    func changedDimension() async throws {
        let store = try filledStore()
        let calls = Counter()
        let server = try await LoopbackServer.start { request in Self.answer(request, width: calls.increment() == 1 ? 6 : 5) }
        defer { Task { await server.stop() } }
        let summary = await pass(store, settings(server))
        #expect(summary.embedded == 4)
        #expect(summary.failure?.contains("sent 5 numbers per paper where it sent 6 before") == true, "\(summary)")
        #expect(try store.embeddingCoverage(model: "m") == EmbeddingCoverage(model: "m", papers: 4, dimension: 6))
        try expectRanked(store)
    }

    @Test("NaN as Python's json writes it, and a 10 MB body, are refused with their sentences")
    func nanAndHugeBodies() async throws {
        let store = try filledStore()
        let routes = ScriptedRoutes()
        let nan = #"{"data":[{"embedding":[NaN,1]},{"embedding":[1,1]},{"embedding":[1,1]},{"embedding":[1,1]}]}"#
        routes.on("/v1/embeddings", LoopbackServer.Response(status: 200, contentType: "application/json", nan),
                  LoopbackServer.Response(status: 200, headers: [("Content-Type", "application/json")],
                                          body: Data(repeating: UInt8(ascii: " "), count: 10 * 1_048_576)))
        let server = try await LoopbackServer.start(routes.respond)
        defer { Task { await server.stop() } }
        let first = await pass(store, settings(server))
        #expect(first.failure == "the embeddings server sent a number that is not finite (NaN or infinity)")
        let second = await pass(store, settings(server))
        #expect(second.failure?.contains("more than 8 MB") == true, "\(second)")
        #expect(try store.embeddingCoverage(model: "m").papers == 0)
        try expectRanked(store)
    }

    @Test("a 503 is tried again and then answered; a 401 is not tried again and names the key's setting")
    func statuses() async throws {
        let store = try filledStore()
        let calls = Counter()
        let server = try await LoopbackServer.start { request in
            switch calls.increment() {
            case 1: LoopbackServer.Response(status: 503, contentType: "application/json", #"{"error":{"message":"loading model"}}"#)
            default: Self.answer(request, width: 3)
            }
        }
        defer { Task { await server.stop() } }
        #expect(await pass(store, settings(server)).embedded == 12)

        let refusing = try await LoopbackServer.start { _ in
            LoopbackServer.Response(status: 401, contentType: "application/json", #"{"error":{"message":"bad key"}}"#)
        }
        defer { Task { await refusing.stop() } }
        let other = try filledStore()
        let summary = await pass(other, settings(refusing))
        #expect(summary.failure?.contains("embeddings_api_key_env") == true, "\(summary)")
        #expect(refusing.requests.count == 1)
    }
}
