import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// GET with arXiv's manners: one request at a time per client, paced, with a User-Agent, retrying
/// 429/5xx/timeouts with exponential backoff and honouring Retry-After, every wait and read bounded.
public actor PoliteHTTPClient {
    public let service: String
    public let policy: HTTPPolicy
    private var lastRequestEnded: ContinuousClock.Instant?
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private let onEvent: @Sendable (FetchEvent) -> Void

    public init(service: String, policy: HTTPPolicy, onEvent: @escaping @Sendable (FetchEvent) -> Void = { _ in }) {
        self.service = service
        self.policy = policy
        self.onEvent = onEvent
    }

    /// `followsRedirects: false` returns a 3xx as it is, for a caller that checks where it leads.
    /// A failure has the last try's status or transport error, and the server, noted behind it for the log.
    public func get(_ url: String, followsRedirects: Bool = true) async throws -> HTTPResponse {
        await acquire()
        defer { release() }
        var lastCause: String?
        do {
            return try await fetchWithRetries(url, followsRedirects: followsRedirects, lastCause: &lastCause)
        } catch let error as CancellationError {
            throw error
        } catch {
            throw ErrorCauses.shared.noted(error, cause: ServerName.requestCause("GET", url, lastCause ?? ErrorDetail.of(error)))
        }
    }

    private func fetchWithRetries(_ url: String, followsRedirects: Bool, lastCause: inout String?) async throws -> HTTPResponse {
        var attempt = 0
        let giveUpAt = ContinuousClock.now + policy.giveUpAfter
        while true {
            try await pace()
            let outcome: Result<HTTPResponse, any Error>
            do {
                let remaining = giveUpAt - .now
                guard remaining > .zero else { throw FeedError.timedOut(service: service) }
                outcome = .success(try await fetchOnce(url, timeout: min(policy.requestTimeout, remaining),
                                                       redirects: followsRedirects ? 5 : 0))
            } catch {
                outcome = .failure(error)
            }
            lastRequestEnded = .now
            let wait: Duration
            let reason: String
            let lastReason: String
            switch outcome {
            case .success(let response) where !Self.isRetryable(response.status):
                return response
            case .success(let response):
                let retryAfter = RetryAfter.seconds(response.header("Retry-After"))
                lastCause = "HTTP \(response.status)" + (response.header("Retry-After").map { ", Retry-After: \($0)" } ?? "")
                if let retryAfter, retryAfter > policy.maxRetryAfterSeconds || attempt >= policy.maxRetries {
                    throw FeedError.http(service: service, status: response.status, retryAfter: retryAfter)
                }
                guard attempt < policy.maxRetries else {
                    throw FeedError.http(service: service, status: response.status, retryAfter: nil)
                }
                wait = retryAfter.map { Duration.seconds($0) } ?? backoff(attempt)
                if let retryAfter, ContinuousClock.now + wait >= giveUpAt {
                    throw FeedError.http(service: service, status: response.status, retryAfter: retryAfter)
                }
                reason = "\(service) answered \(response.status); trying again"
                lastReason = "status \(response.status)"
            case .failure(let error):
                if error is CancellationError || Task.isCancelled { throw CancellationError() }
                lastCause = ErrorDetail.of(error)
                let mapped = mapTransportError(error)
                guard Self.isRetryable(mapped), attempt < policy.maxRetries else { throw mapped }
                wait = backoff(attempt)
                reason = "\(service) did not answer (\(Self.shortReason(mapped))); trying again"
                lastReason = Self.shortReason(mapped)
            }
            attempt += 1
            // Retries must not multiply a silent server's wait: past the budget the sentence comes instead.
            if ContinuousClock.now + wait >= giveUpAt {
                throw FeedError.gaveUp(service: service, seconds: policy.giveUpAfter.roundedUpSeconds, tries: attempt,
                                       lastReason: lastReason)
            }
            try await countDown(wait, reason: reason)
        }
    }

    /// Sleeps `wait`, reporting the seconds left once a second, so the caller can show a countdown.
    private func countDown(_ wait: Duration, reason: String) async throws {
        let onEvent = self.onEvent
        try await Backoff.countDown(wait) { onEvent(.waiting(seconds: $0, reason: reason)) }
    }

    private func fetchOnce(_ url: String, timeout: Duration, redirects: Int) async throws -> HTTPResponse {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: policy.userAgent)
        request.headers.add(name: "Accept-Encoding", value: "identity")
        let prepared = request
        let limit = policy.maxBodyBytes
        let service = self.service
        let client = SharedHTTPClients.client(readTimeout: policy.stallTimeout, redirects: redirects)
        let response = try await TimeLimit.run(timeout) {
            let milliseconds = Int64(timeout / .milliseconds(1))
            let response = try await client.execute(prepared, timeout: .milliseconds(milliseconds))
            let body: ByteBuffer
            do {
                body = try await response.body.collect(upTo: limit)
            } catch is NIOTooManyBytesError {
                throw FeedError.tooLarge(service: service, limit: limit)
            }
            return HTTPResponse(
                url: url, status: Int(response.status.code), body: Data(body.readableBytesView),
                headers: response.headers.map { ($0.name, $0.value) })
        }
        guard let response else { throw FeedError.timedOut(service: service) }
        return response
    }

    private func mapTransportError(_ error: any Error) -> any Error {
        if error is FeedError { return error }
        switch TransportFailure(error) {
        case .stalled, .timedOut:
            return FeedError.timedOut(service: service)
        case .closed:
            return FeedError.unreachable(service: service, reason: "the connection was closed mid-response")
        case .cancelled:
            return FeedError.unreachable(service: service, reason: TransportFailure.reason(error))
        case .other(let reason):
            return FeedError.unreachable(service: service, reason: reason)
        }
    }

    private static func shortReason(_ error: any Error) -> String {
        switch error as? FeedError {
        case .unreachable(_, let reason): reason
        case .timedOut: "timed out"
        default: "\(error)"
        }
    }

    private static func isRetryable(_ status: Int) -> Bool {
        status == 429 || (500...599).contains(status)
    }

    private static func isRetryable(_ error: any Error) -> Bool {
        guard let error = error as? FeedError else { return false }
        switch error {
        case .timedOut, .unreachable: return true
        default: return false
        }
    }

    private func backoff(_ attempt: Int) -> Duration {
        Backoff.delay(base: policy.backoffBase, attempt: attempt, maxDoublings: 10, jitter: 0.9...1.1)
    }

    private func pace() async throws {
        guard let last = lastRequestEnded else { return }
        let next = last + policy.minimumInterval
        if next > .now { try await Task.sleep(until: next, clock: .continuous) }
    }

    private func acquire() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty {
            busy = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}
