import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// One message of a chat request.
public struct ChatMessage: Sendable, Encodable, Equatable {
    public var role: String
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }
}

/// What a stream reports while it runs.
public enum LLMEvent: Sendable, Equatable {
    /// Waiting before a retry; sent once a second with the seconds left.
    case waiting(seconds: Int, reason: String)
    /// The server accepted the request and the stream has begun.
    case streaming
    case delta(String)
}

/// How a stream ended well.
public struct LLMCompletion: Sendable, Equatable {
    /// `stop`, `length`, ... or nil when the server sent `[DONE]` without one.
    public var finishReason: String?
}

/// Streams a chat completion from any OpenAI-compatible `/chat/completions`: retries what is worth
/// retrying before the first token (429 with Retry-After, 5xx, timeouts, refused connections), and
/// reports everything else as an `LLMError` sentence. The text already delivered is the caller's.
public struct LLMClient: Sendable {
    public let settings: LLMSettings

    public init(settings: LLMSettings) {
        self.settings = settings
    }

    private struct RequestBody: Encodable {
        let model: String
        let messages: [ChatMessage]
        let stream = true
        let temperature: Double
        let maxTokens: Int

        enum CodingKeys: String, CodingKey {
            case model, messages, stream, temperature
            case maxTokens = "max_tokens"
        }
    }

    public func stream(_ messages: [ChatMessage], onEvent: @escaping @Sendable (LLMEvent) -> Void) async throws -> LLMCompletion {
        let body = try JSONEncoder().encode(
            RequestBody(model: settings.model, messages: messages, temperature: settings.temperature,
                        maxTokens: settings.maxTokens))
        var attempt = 0
        let giveUpAt = ContinuousClock.now + settings.giveUpAfter
        while true {
            let delivered = DeliveryFlag()
            do {
                return try await withTotalTimeout {
                    try await streamOnce(body, giveUpAt: giveUpAt) { event in
                        if case .delta = event { delivered.set() }
                        onEvent(event)
                    }
                }
            } catch let error as LLMError {
                guard error.isRetryable, !delivered.isSet, attempt < settings.maxRetries else { throw error }
                let wait = retryDelay(for: error, attempt: attempt)
                if case .rateLimited(let seconds?) = error, seconds > settings.maxRetryAfterSeconds { throw error }
                attempt += 1
                // Retries must not multiply a silent server's wait: past the budget the sentence comes instead.
                if ContinuousClock.now + .seconds(wait) >= giveUpAt {
                    if case .rateLimited = error { throw error }
                    let gaveUp = LLMError.gaveUp(server: settings.serverName, seconds: settings.giveUpAfter.roundedUpSeconds,
                                                 tries: attempt, lastReason: Self.lastReason(error))
                    throw ErrorCauses.shared.noted(gaveUp, causedBy: error)
                }
                try await countDown(wait, reason: Self.waitReason(error), onEvent: onEvent)
            }
        }
    }

    /// Bounds a whole generation: the HTTP deadline stops counting once the response head arrives,
    /// so a server that trickles forever is stopped here.
    private func withTotalTimeout(_ work: @escaping @Sendable () async throws -> LLMCompletion) async throws -> LLMCompletion {
        guard let completion = try await TimeLimit.run(settings.totalTimeout, work) else {
            throw LLMError.timedOut(server: settings.serverName)
        }
        return completion
    }

    private func retryDelay(for error: LLMError, attempt: Int) -> Int {
        if case .rateLimited(let seconds?) = error { return max(1, seconds) }
        return max(1, Backoff.delay(base: settings.backoffBase, attempt: attempt, maxDoublings: 8).roundedUpSeconds)
    }

    private static func lastReason(_ error: LLMError) -> String {
        switch error {
        case .stalled(let seconds): "silent for \(seconds) s"
        case .timedOut: "no answer in time"
        case .unreachable(_, let reason): reason
        case .server(let status, _): "status \(status)"
        case .dropped: "the connection dropped"
        default: error.description
        }
    }

    private static func waitReason(_ error: LLMError) -> String {
        switch error {
        case .rateLimited: "rate-limited (429)"
        case .server(let status, _): "the LLM server answered \(status)"
        case .unreachable(_, let reason): "cannot reach the LLM server (\(reason))"
        default: "the LLM server did not answer"
        }
    }

    private func countDown(_ seconds: Int, reason: String, onEvent: @Sendable (LLMEvent) -> Void) async throws {
        try await Backoff.countDown(.seconds(seconds)) { onEvent(.waiting(seconds: $0, reason: reason)) }
    }

    /// Answers longer than this are stopped: no paper's FAQ is anywhere near it.
    static let maxAnswerBytes = 512 * 1024

    private func streamOnce(_ body: Data, giveUpAt: ContinuousClock.Instant,
                            onEvent: @escaping @Sendable (LLMEvent) -> Void) async throws -> LLMCompletion {
        var request = HTTPClientRequest(url: settings.chatURL)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "text/event-stream")
        request.headers.add(name: "User-Agent", value: HTTPPolicy.defaultUserAgent)
        if let key = settings.apiKey, !key.isEmpty {
            request.headers.add(name: "Authorization", value: "Bearer \(key)")
        }
        request.body = .bytes(ByteBuffer(bytes: body))
        let client = SharedHTTPClients.client(readTimeout: settings.idleTimeout, redirects: 3)
        // The deadline holds until the response head arrives: no later than the give-up budget allows.
        let untilHead = min(settings.totalTimeout, giveUpAt - .now)
        guard untilHead > .zero else { throw LLMError.timedOut(server: settings.serverName) }
        let deadline = NIODeadline.now() + .milliseconds(Int64(untilHead / .milliseconds(1)))
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, deadline: deadline)
        } catch {
            throw mapTransport(error)
        }
        guard response.status == .ok else {
            let text = (try? await response.body.collect(upTo: 64 * 1024)).map { String(buffer: $0) } ?? ""
            let status = Int(response.status.code)
            let error = Self.statusError(status, body: text, retryAfter: response.headers.first(name: "Retry-After"), settings: settings)
            let cause = ServerName.statusCause("POST", settings.chatURL, status: status, body: SecretMask.masked(text, key: settings.apiKey))
            throw ErrorCauses.shared.noted(error, cause: cause)
        }
        let contentType = response.headers.first(name: "Content-Type") ?? ""
        if !contentType.lowercased().contains("event-stream") {
            // Some servers stream with another type; a JSON or HTML body is an answer that is not a stream.
            if contentType.lowercased().contains("json") || contentType.lowercased().contains("html") {
                let text = (try? await response.body.collect(upTo: 64 * 1024)).map { String(buffer: $0) } ?? ""
                let detail = Self.errorMessage(in: SecretMask.masked(text, key: settings.apiKey))
                throw LLMError.notStreaming(contentType: Self.printable(contentType), detail: Self.printable(detail))
            }
        }
        onEvent(.streaming)
        var decoder = SSEDecoder()
        var finishReason: String?
        var received = 0
        do {
            for try await buffer in response.body {
                received += buffer.readableBytes
                guard received < Self.maxAnswerBytes * 4 else { throw LLMError.answerTooLong(limit: Self.maxAnswerBytes) }
                let payloads: [String]
                do {
                    payloads = try decoder.feed(buffer.readableBytesView)
                } catch {
                    throw LLMError.malformedChunk(excerpt: "a line longer than \(SSEDecoder.maxLineBytes / 1_048_576) MB")
                }
                if let done = try handle(payloads, finishReason: &finishReason, onEvent: onEvent) { return done }
            }
        } catch let error as LLMError {
            throw error
        } catch {
            throw mapTransport(error, midStream: true)
        }
        if let done = try handle(decoder.finish(), finishReason: &finishReason, onEvent: onEvent) { return done }
        // The body ended without [DONE]: complete if the model said it finished, else cut off.
        guard finishReason != nil else { throw LLMError.dropped }
        return LLMCompletion(finishReason: finishReason)
    }

    /// Passes the text on; returns the completion once `[DONE]` arrives.
    private func handle(_ payloads: [String], finishReason: inout String?, onEvent: (LLMEvent) -> Void) throws -> LLMCompletion? {
        for payload in payloads {
            let events: [ChatStreamEvent]
            do {
                events = try ChatChunk.events(in: payload)
            } catch {
                // Cut from the masked payload, so no part of a key that straddles the cut survives.
                let masked = SecretMask.masked(payload, key: settings.apiKey).trimmingCharacters(in: .whitespaces)
                throw LLMError.malformedChunk(excerpt: Self.printable(String(masked.prefix(error.excerpt.count))))
            }
            for event in events {
                switch event {
                case .delta(let text): onEvent(.delta(text))
                case .finished(let reason): finishReason = reason
                case .done: return LLMCompletion(finishReason: finishReason)
                case .ignored: break
                case .serverError(let message): throw LLMError.streamError(Self.printable(SecretMask.masked(message, key: settings.apiKey)))
                }
            }
        }
        return nil
    }

    /// The sentence for a transport error, with the error itself noted behind it for the log.
    private func mapTransport(_ error: any Error, midStream: Bool = false) -> any Error {
        let sentence = transportSentence(error, midStream: midStream)
        if sentence is CancellationError { return sentence }
        let cause = ServerName.requestCause("POST", settings.chatURL, SecretMask.masked(ErrorDetail.of(error), key: settings.apiKey))
        return ErrorCauses.shared.noted(sentence, cause: cause)
    }

    private func transportSentence(_ error: any Error, midStream: Bool) -> any Error {
        if error is CancellationError || Task.isCancelled { return CancellationError() }
        switch TransportFailure(error) {
        case .cancelled:
            return CancellationError()
        case .stalled:
            return LLMError.stalled(seconds: max(1, Int((settings.idleTimeout / .seconds(1)).rounded(.up))))
        case .timedOut:
            return LLMError.timedOut(server: settings.serverName)
        case .closed:
            return midStream ? LLMError.dropped : LLMError.unreachable(server: settings.serverName, reason: "the connection was closed")
        case .other(let reason):
            return midStream ? LLMError.dropped : LLMError.unreachable(server: settings.serverName, reason: Self.printable(reason))
        }
    }

    /// The error for a non-200 answer, from its status and what its body says.
    static func statusError(_ status: Int, body unmasked: String, retryAfter: String?, settings: LLMSettings) -> LLMError {
        let body = SecretMask.masked(unmasked, key: settings.apiKey)
        let detail = printable(errorMessage(in: body))
        switch status {
        case 401, 403:
            if settings.apiKey?.isEmpty ?? true { return .missingKey(server: settings.serverName) }
            return .keyRejected(status: status, detail: detail)
        case 404:
            // A 404 naming the model is about the model; any other is a base URL that misses the endpoint.
            if body.lowercased().contains("model") { return .unknownModel(model: settings.model, detail: detail) }
            return .wrongEndpoint(server: settings.serverName, detail: detail)
        case 429:
            let lowered = body.lowercased()
            // Out of quota (OpenAI's insufficient_quota, Moonshot's exceeded_current_quota_error) will
            // not pass by waiting; a rate limit will, even when its message mentions billing.
            if ["insufficient_quota", "exceeded_current_quota", "current quota", "token quota"].contains(where: lowered.contains) {
                return .quotaExceeded(detail: detail)
            }
            return .rateLimited(retryAfter: RetryAfter.seconds(retryAfter) ?? waitInMessage(body))
        case 500...599: return .server(status: status, detail: detail)
        default: return .badRequest(status: status, detail: detail)
        }
    }

    /// `error.message`, `detail`, or `error` as a string; else the start of the body.
    static func errorMessage(in body: String) -> String {
        if let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] {
            if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return message }
            if let message = object["error"] as? String { return message }
            if let detail = object["detail"] as? String { return detail }
            if let message = object["message"] as? String { return message }
        }
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.hasPrefix("<") ? "" : String(trimmed.prefix(120))
    }

    /// "try again after 3 seconds" (Moonshot) or "try again in 1.5s" / "in 20ms" (OpenAI), rounded up.
    static func waitInMessage(_ body: String) -> Int? {
        let pattern = #"try again (?:after|in) ([0-9]+(?:\.[0-9]+)?) ?(ms|s|sec|seconds?)\b"#
        guard let regex = try? NSRegularExpression(pattern: pattern, options: .caseInsensitive),
              let match = regex.firstMatch(in: body, range: NSRange(body.startIndex..., in: body)),
              let numberRange = Range(match.range(at: 1), in: body), let unitRange = Range(match.range(at: 2), in: body),
              let value = Double(body[numberRange]) else { return nil }
        let seconds = body[unitRange].lowercased() == "ms" ? value / 1000 : value
        return max(1, Int(seconds.rounded(.up)))
    }

    /// Server text for our messages: one line, no controls, bounded.
    static func printable(_ text: String) -> String {
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .format ? " " : $0
        }))
        let collapsed = cleaned.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.count > 160 ? String(collapsed.prefix(160)) + "…" : collapsed
    }
}

/// Set once any text has arrived: from then on a failure is not retried (the text would repeat).
private final class DeliveryFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

