import AsyncHTTPClient
import Foundation
import NIOCore

/// Asks any OpenAI-compatible `POST /embeddings` for the vectors of a batch of texts, and checks
/// what comes back: as many vectors as texts, in their order, all of one length, every number
/// finite, the body within its bound. Retries a 429, a 5xx and a refused connection a few times.
public struct EmbeddingsClient: Sendable {
    public let settings: EmbeddingSettings

    public init(settings: EmbeddingSettings) {
        self.settings = settings
    }

    private struct RequestBody: Encodable {
        let model: String
        let input: [String]
    }

    /// One unit-length vector per text, in the order of `texts`.
    public func embed(_ texts: [String]) async throws -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        let body = try JSONEncoder().encode(RequestBody(model: settings.model, input: texts))
        var attempt = 0
        while true {
            do {
                return try await embedOnce(body, count: texts.count)
            } catch let error as EmbeddingsError where error.isRetryable && attempt < settings.maxRetries {
                let wait = Backoff.delay(base: settings.backoffBase, attempt: attempt, maxDoublings: 4)
                attempt += 1
                try await Task.sleep(for: wait)
            }
        }
    }

    private func embedOnce(_ body: Data, count: Int) async throws -> [[Float]] {
        var request = HTTPClientRequest(url: settings.embeddingsURL)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: HTTPPolicy.defaultUserAgent)
        if let key = settings.apiKey, !key.isEmpty { request.headers.add(name: "Authorization", value: "Bearer \(key)") }
        request.body = .bytes(ByteBuffer(bytes: body))
        let client = SharedHTTPClients.client(readTimeout: settings.requestTimeout, redirects: 3)
        let deadline = NIODeadline.now() + .milliseconds(Int64(settings.requestTimeout / .milliseconds(1)))
        let bytes: ByteBuffer
        let status: Int
        do {
            let response = try await client.execute(request, deadline: deadline)
            status = Int(response.status.code)
            bytes = try await response.body.collect(upTo: status == 200 ? settings.maximumBodyBytes : 64 * 1024)
        } catch {
            throw transportError(error)
        }
        guard status == 200 else { throw statusError(status, body: String(buffer: bytes)) }
        return try Self.vectors(in: Data(bytes.readableBytesView), count: count)
    }

    private func transportError(_ error: any Error) -> any Error {
        if error is CancellationError || Task.isCancelled { return CancellationError() }
        if error is NIOTooManyBytesError {
            return EmbeddingsError.tooLarge(limitMB: settings.maximumBodyBytes / 1_048_576)
        }
        let seconds = max(1, Int((settings.requestTimeout / .seconds(1)).rounded(.up)))
        let failure = TransportFailure(error)
        if failure == .cancelled { return CancellationError() }
        let sentence: EmbeddingsError = switch failure {
        case .cancelled, .stalled, .timedOut: .timedOut(server: settings.serverName, seconds: seconds)
        case .closed: .unreachable(server: settings.serverName, reason: "the connection was closed")
        case .other(let reason): .unreachable(server: settings.serverName, reason: LLMClient.printable(reason))
        }
        let cause = ServerName.requestCause("POST", settings.embeddingsURL, SecretMask.masked(ErrorDetail.of(error), key: settings.apiKey))
        return ErrorCauses.shared.noted(sentence, cause: cause)
    }

    private func statusError(_ status: Int, body: String) -> any Error {
        let masked = SecretMask.masked(body, key: settings.apiKey)
        let sentence: EmbeddingsError = switch status {
        case 401, 403: .keyRejected(status: status)
        case 429: .rateLimited(server: settings.serverName)
        default: .server(status: status, detail: LLMClient.printable(String(LLMClient.errorMessage(in: masked).prefix(160))))
        }
        let cause = ServerName.statusCause("POST", settings.embeddingsURL, status: status, body: masked)
        return ErrorCauses.shared.noted(sentence, cause: cause)
    }

    /// The vectors of an answer: `data[i].embedding` ordered by `index`, each a list of numbers or
    /// (llama-cpp-python without pooling) a list of per-token lists, averaged.
    static func vectors(in body: Data, count: Int) throws(EmbeddingsError) -> [[Float]] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: body)
        } catch {
            // Python's json module writes NaN and Infinity unquoted, which JSON does not have.
            let text = String(decoding: body.prefix(1_048_576), as: UTF8.self)
            if text.contains("NaN") || text.contains("Infinity") { throw .notFinite }
            throw .malformed("not JSON")
        }
        guard let object = parsed as? [String: Any], let data = object["data"] as? [Any] else {
            throw .malformed("no \"data\" list")
        }
        guard data.count == count else { throw .wrongCount(sent: count, received: data.count) }
        var ordered = [[Float]?](repeating: nil, count: count)
        for (position, entry) in data.enumerated() {
            guard let item = entry as? [String: Any] else { throw .malformed("an entry that is not an object") }
            let index = (item["index"] as? Int) ?? position
            guard ordered.indices.contains(index), ordered[index] == nil else { throw .malformed("an index out of order") }
            ordered[index] = try vector(item["embedding"])
        }
        let vectors = ordered.compactMap { $0 }
        guard vectors.count == count else { throw .malformed("an index missing") }
        let width = vectors[0].count
        if let other = vectors.first(where: { $0.count != width }) { throw .wrongDimension(expected: width, found: other.count) }
        return try vectors.map { values throws(EmbeddingsError) in
            guard let unit = EmbeddingVector.normalized(values) else {
                throw values.allSatisfy(\.isFinite) ? .malformed("a vector of zeros") : .notFinite
            }
            return unit
        }
    }

    private static func vector(_ value: Any?) throws(EmbeddingsError) -> [Float] {
        if let numbers = value as? [NSNumber], !numbers.isEmpty { return try numbers.map(finite) }
        if let rows = value as? [[NSNumber]], !rows.isEmpty {
            let floats = try rows.map { row throws(EmbeddingsError) in try row.map(finite) }
            guard let pooled = EmbeddingVector.meanPooled(floats) else { throw .malformed("per-token vectors of different lengths") }
            return pooled
        }
        if value is String { throw .malformed("a base64 vector: papers-tui asks for numbers") }
        throw .malformed("an entry without a list of numbers")
    }

    private static func finite(_ number: NSNumber) throws(EmbeddingsError) -> Float {
        let value = number.floatValue
        guard value.isFinite else { throw .notFinite }
        return value
    }
}
