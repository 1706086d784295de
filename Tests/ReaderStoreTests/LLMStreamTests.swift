import Foundation
import TestSupport
import Testing
@testable import ReaderStore

/// Joins the text of a recorded stream through the decoder, fed in pieces of `chunkSize` bytes.
func decodeStream(_ data: Data, chunkSize: Int) throws -> (text: String, finish: String?, done: Bool) {
    var decoder = SSEDecoder()
    var text = ""
    var finish: String?
    var done = false
    var payloads: [String] = []
    var index = 0
    while index < data.count {
        payloads += try decoder.feed(data[index..<min(data.count, index + chunkSize)])
        index += chunkSize
    }
    payloads += decoder.finish()
    for payload in payloads {
        for event in try ChatChunk.events(in: payload) {
            switch event {
            case .delta(let piece): text += piece
            case .finished(let reason): finish = reason
            case .done: done = true
            case .ignored, .serverError: break
            }
        }
    }
    return (text, finish, done)
}

@Suite("SSE and chat chunks from real servers")
struct SSEDecoderTests {
    static let streams = [
        "llm/localllm-sample-llama-server.sse", "llm/localllm-sample-llama-cpp-python.sse",
        "llm/openai_chat_stream_sse_text_gpt-4o-mini.txt", "llm/openai_chat_stream_sse_text_gpt-3.5-turbo-0301_2023.txt",
    ]

    @Test("every recorded stream gives the same text whatever the chunking, LF or CRLF", arguments: streams)
    func recordedStreams(_ name: String) throws {
        let data = try Fixtures.data(name)
        let whole = try decodeStream(data, chunkSize: data.count)
        #expect(!whole.text.isEmpty)
        #expect(whole.done)
        #expect(["stop", "length"].contains(whole.finish))
        for size in [1, 3, 7, 64] {
            #expect(try decodeStream(data, chunkSize: size).text == whole.text)
        }
        let crlf = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(try decodeStream(crlf, chunkSize: 5).text == whole.text)
    }

    @Test("Moonshot's excerpt: usage inside the last choice, Chinese text, an ellipsis line that is not a field")
    func moonshot() throws {
        let result = try decodeStream(try Fixtures.data("llm/moonshot_chat_stream_sse_excerpt.txt"), chunkSize: 2)
        #expect(result.text.hasPrefix("你好"))
        #expect(result.finish == "stop")
        #expect(result.done)
    }

    @Test("a tool-call stream carries no text, and its empty-choices usage chunk is ignored")
    func toolCalls() throws {
        let result = try decodeStream(try Fixtures.data("llm/openai_chat_stream_sse_tool_call_gpt-4o-mini.txt"), chunkSize: 11)
        #expect(result.text.isEmpty)
        #expect(result.finish == "tool_calls")
    }

    @Test("comments, multi-line data, CR-only endings and an unterminated last event")
    func framing() throws {
        var decoder = SSEDecoder()
        var events = try decoder.feed(Data(": keep-alive\r\r".utf8))
        events += try decoder.feed(Data("event: message\ndata: a\ndata:b\n\ndata: tail".utf8))
        events += decoder.finish()
        #expect(events == ["a\nb", "tail"])
    }

    @Test("null content, empty choices, an error object and a non-JSON chunk")
    func chunks() throws {
        #expect(try ChatChunk.events(in: #"{"choices":[{"delta":{"role":"assistant","content":null}}]}"#) == [.ignored])
        #expect(try ChatChunk.events(in: #"{"choices":[],"usage":{"total_tokens":3}}"#) == [.ignored])
        #expect(try ChatChunk.events(in: #"{"choices":[{"delta":{"content":"x"},"finish_reason":"length"}]}"#)
            == [.delta("x"), .finished(reason: "length")])
        #expect(try ChatChunk.events(in: #"{"error":{"message":"overloaded"}}"#) == [.serverError("overloaded")])
        #expect(throws: ChatChunk.MalformedChunk.self) { try ChatChunk.events(in: "{not json") }
    }
}

/// Collects what a stream reports.
final class StreamLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [LLMEvent] = []

    func record(_ event: LLMEvent) { lock.withLock { events.append(event) } }
    var all: [LLMEvent] { lock.withLock { events } }
    var text: String {
        all.map { if case .delta(let text) = $0 { text } else { "" } }.joined()
    }
    var deltas: Int { all.filter { if case .delta = $0 { true } else { false } }.count }
    var waits: [Int] { all.compactMap { if case .waiting(let seconds, _) = $0 { seconds } else { nil } } }
}

func testSettings(_ server: LoopbackServer, key: String? = "sk-test") -> LLMSettings {
    var settings = LLMSettings(baseURL: server.baseURL + "/v1", model: "test-model", apiKey: key)
    settings.backoffBase = .milliseconds(10)
    settings.maxRetries = 2
    settings.idleTimeout = .seconds(10)
    settings.totalTimeout = .seconds(20)
    return settings
}

let someMessages = [ChatMessage(role: "user", content: "hello")]

@Suite("LLM client faults over loopback")
struct LLMClientTests {
    @Test("a replayed real stream: the request is right and every delta arrives")
    func replay() async throws {
        let body = try Fixtures.data("llm/localllm-sample-llama-server.sse")
        let pieces = stride(from: 0, to: body.count, by: 300).map { body[$0..<min(body.count, $0 + 300)] }
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(pieces.map { Data($0) }, interval: .milliseconds(2)))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let log = StreamLog()
        let completion = try await LLMClient(settings: testSettings(server)).stream(someMessages) { log.record($0) }
        #expect(completion.finishReason == "length")
        #expect(log.text == (try decodeStream(body, chunkSize: body.count).text))
        #expect(log.deltas > 10)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.header("Authorization") == "Bearer sk-test")
        let json = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        #expect(json["stream"] as? Bool == true)
        #expect(json["model"] as? String == "test-model")
    }

    @Test("401 says the key was rejected, once, without retrying")
    func unauthorized() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .init(status: 401, headers: [("Content-Type", "application/json")],
                                                body: try Fixtures.data("llm/openai_error_401_invalid_api_key.json")))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let error = await #expect(throws: LLMError.self) {
            try await LLMClient(settings: testSettings(server)).stream(someMessages) { _ in }
        }
        #expect(error?.description.hasPrefix("the API key was rejected (401: Incorrect API key provided") == true)
        #expect(error?.description.hasSuffix("set OPENAI_API_KEY") == true)
        #expect(server.requests.count == 1)
    }

    @Test("429 with Retry-After waits that long, counting down, then streams")
    func rateLimited() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions",
                  .init(status: 429, headers: [("Retry-After", "2")], body: Data(#"{"error":{"message":"slow down"}}"#.utf8)),
                  .streamed(SSEBody.chunks(["Hello", " world"])))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let log = StreamLog()
        let started = ContinuousClock.now
        _ = try await LLMClient(settings: testSettings(server)).stream(someMessages) { log.record($0) }
        #expect(ContinuousClock.now - started >= .seconds(2))
        #expect(log.waits == [2, 1])
        #expect(log.text == "Hello world")
    }

    @Test("429 without Retry-After takes the wait from the message; quota errors are not retried")
    func rateLimitBodies() async throws {
        let examples = try #require(try JSONSerialization.jsonObject(with: Fixtures.data("llm/openai_error_429_examples_from_issue_threads.json")) as? [String: Any])
        let keyed = LLMSettings(baseURL: "http://127.0.0.1:9/v1", model: "m", apiKey: "k")
        let bodies = try #require(examples["examples"] as? [[String: Any]]).compactMap { $0["body"] }
            .map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        #expect(LLMClient.statusError(429, body: bodies[0], retryAfter: nil, settings: keyed) == .rateLimited(retryAfter: 20))
        #expect(LLMClient.waitInMessage("request reached max request: 3, please try again after 1 seconds") == 1)
        #expect(LLMClient.waitInMessage("Please try again in 1ms.") == 1)
        let quota = try #require(bodies.first { $0.contains("quota") })
        guard case .quotaExceeded = LLMClient.statusError(429, body: quota, retryAfter: nil, settings: keyed) else {
            Issue.record("a quota 429 must not be retried")
            return
        }
        let upstream = try Fixtures.text("llm/openrouter_error_429_rate_limited_upstream.json")
        #expect(LLMClient.statusError(429, body: upstream, retryAfter: "3", settings: keyed) == .rateLimited(retryAfter: 3))
    }

    @Test("404s, a 401 with no key sent, and a 200 that is not a stream each say what to fix")
    func misconfigured() async throws {
        let keyed = LLMSettings(baseURL: "http://127.0.0.1:9/v1", model: "m", apiKey: "k")
        #expect(LLMClient.statusError(404, body: #"{"error":{"message":"The model `m` does not exist"}}"#, retryAfter: nil, settings: keyed)
            == .unknownModel(model: "m", detail: "The model `m` does not exist"))
        #expect(LLMClient.statusError(404, body: "404 page not found", retryAfter: nil, settings: keyed)
            == .wrongEndpoint(server: "127.0.0.1:9", detail: "404 page not found"))
        let keyless = LLMSettings(baseURL: "http://127.0.0.1:9/v1", model: "m")
        #expect(LLMClient.statusError(401, body: "{}", retryAfter: nil, settings: keyless) == .missingKey(server: "127.0.0.1:9"))

        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .init(status: 200, contentType: "application/json",
                                                #"{"choices":[{"message":{"content":"whole answer"}}]}"#))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let error = await #expect(throws: LLMError.self) {
            try await LLMClient(settings: testSettings(server)).stream(someMessages) { _ in }
        }
        guard case .notStreaming(let type, _) = error else {
            Issue.record("expected notStreaming, got \(String(describing: error))")
            return
        }
        #expect(type == "application/json")
        #expect(server.requests.count == 1)
    }

    @Test("a stream that keeps trickling is stopped at the total time limit")
    func totalTimeout() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks((0..<1000).map { "t\($0) " }), interval: .milliseconds(100)))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        var settings = testSettings(server)
        settings.totalTimeout = .milliseconds(1500)
        let log = StreamLog()
        let error = await #expect(throws: LLMError.self) {
            try await LLMClient(settings: settings).stream(someMessages) { log.record($0) }
        }
        #expect(error == .timedOut(server: "127.0.0.1:\(server.port)"))
        #expect(log.deltas >= 2)
        // The whole stream is 1000 deltas over 100 s, paced by the server. A stop at the limit leaves
        // most of them unsent. No wall-clock bound: with the suite on two cores beside the local LLM
        // server, a starved cooperative pool has taken 17 s and more to wake this task (CI, stops 20, 22).
        #expect(log.deltas < 500)
    }

    @Test("500 then success: retried after a backoff")
    func serverErrorThenSuccess() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .init(status: 500, contentType: "text/plain", "Internal Server Error"),
                  .streamed(SSEBody.chunks(["ok"])))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let log = StreamLog()
        _ = try await LLMClient(settings: testSettings(server)).stream(someMessages) { log.record($0) }
        #expect(log.text == "ok")
        #expect(server.requests.count == 2)
    }

    @Test("500 every time: a bounded number of tries, then one sentence")
    func serverErrorForever() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .init(status: 503, contentType: "application/json",
                                                #"{"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}"#))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let error = await #expect(throws: LLMError.self) {
            try await LLMClient(settings: testSettings(server)).stream(someMessages) { _ in }
        }
        #expect(error == .server(status: 503, detail: "Loading model"))
        #expect(server.requests.count == 3)
    }

    @Test("a connection dropped mid-stream keeps the text so far, and the text is never repeated by a retry")
    func droppedMidStream() async throws {
        let routes = ScriptedRoutes()
        // The gap before the drop is long enough for a loaded machine to read the chunks before the close.
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["Part", " one"], finish: nil, done: false), interval: .milliseconds(250), then: .close))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let log = StreamLog()
        let error = await #expect(throws: LLMError.self) {
            try await LLMClient(settings: testSettings(server)).stream(someMessages) { log.record($0) }
        }
        // On a machine running the whole suite at once the close can reach the client after its idle
        // timeout (seen in CI): either way the stream ended unfinished, which is what this checks.
        #expect(error == .dropped || error == .stalled(seconds: 10), "\(String(describing: error))")
        // The text arrives once: after text has arrived a failure is never retried (the text would
        // repeat). A try that delivered nothing before the drop may be retried; that is allowed.
        #expect(log.text == "Part one")
    }

    @Test("a malformed chunk stops the stream with a clear sentence, keeping what came before")
    func malformedChunk() async throws {
        var chunks = SSEBody.chunks(["Good"], finish: nil, done: false)
        chunks.append(Data("data: {\"choices\":[{\"delta\":{\"content\":\"x\u{1B}[2J\"\n\n".utf8))
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(chunks))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let log = StreamLog()
        let error = await #expect(throws: LLMError.self) {
            try await LLMClient(settings: testSettings(server)).stream(someMessages) { log.record($0) }
        }
        guard case .malformedChunk(let excerpt) = error else {
            Issue.record("expected a malformed chunk error, got \(String(describing: error))")
            return
        }
        #expect(!excerpt.unicodeScalars.contains { $0.value == 0x1B })
        #expect(log.text == "Good")
    }

    @Test("a stream that goes silent is given up after the idle timeout")
    func stalled() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["Slow"], finish: nil, done: false), then: .stall))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        var settings = testSettings(server)
        settings.idleTimeout = .milliseconds(700)
        let log = StreamLog()
        let error = await #expect(throws: LLMError.self) {
            try await LLMClient(settings: settings).stream(someMessages) { log.record($0) }
        }
        #expect(error == .stalled(seconds: 1))
        #expect(log.text == "Slow")
        // Timed by the server, from its last byte to the client hanging up. Loose: with the whole suite
        // on two cores beside the local LLM server, CI has measured 43 s on the test's own clock and
        // 28 s on the server's for this 0.7 s timeout (every event loop of the process starved). The
        // fault guarded against is a stream left hanging for minutes, or for ever.
        var silences = server.silencesEndedByClient
        let waitUntil = ContinuousClock.now + .seconds(120)
        while silences.isEmpty, ContinuousClock.now < waitUntil {
            try await Task.sleep(for: .milliseconds(50))
            silences = server.silencesEndedByClient
        }
        // One silence, or two on a loaded machine: a first attempt timed out before its first byte is
        // tried again (a stream is retried only before any text has come).
        #expect((1...2).contains(silences.count))
        #expect(silences.allSatisfy { $0 >= .milliseconds(600) && $0 < .seconds(120) }, "\(silences)")
    }

    @Test("a trickle of one token at a time is not a stall; cancelling stops it at once")
    func trickleThenCancel() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks((0..<100).map { "t\($0) " }), interval: .milliseconds(300)))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let log = StreamLog()
        let settings = testSettings(server)
        let task = Task {
            try await LLMClient(settings: settings).stream(someMessages) { log.record($0) }
        }
        while log.deltas < 4 { try await Task.sleep(for: .milliseconds(50)) }
        // Counted at the cancel, not before: on a loaded machine the loop above may wake late.
        let atCancel = log.deltas
        task.cancel()
        let result = await task.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(log.deltas <= atCancel + 2)
    }

    @Test("a refused connection says the server cannot be reached")
    func offline() async throws {
        var settings = LLMSettings(baseURL: "http://127.0.0.1:1/v1", model: "m")
        settings.maxRetries = 1
        settings.backoffBase = .milliseconds(10)
        let error = await #expect(throws: LLMError.self) {
            try await LLMClient(settings: settings).stream(someMessages) { _ in }
        }
        #expect(error == .unreachable(server: "127.0.0.1:1", reason: "connection refused"))
    }
}
