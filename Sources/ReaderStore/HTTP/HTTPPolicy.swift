import Foundation

/// How politely and how patiently a source is fetched.
public struct HTTPPolicy: Sendable {
    /// Least time between the end of one request and the start of the next to the same service.
    public var minimumInterval: Duration
    /// Retries after the first try for 429, 5xx, timeouts and dropped connections.
    public var maxRetries: Int
    /// First backoff step; each retry doubles it (Retry-After wins when the server sends one).
    public var backoffBase: Duration
    /// A Retry-After longer than this is not waited for: the sync stops and says when to come back.
    public var maxRetryAfterSeconds: Int
    /// Bound on one request, from connecting to the last byte.
    public var requestTimeout: Duration
    /// Longest silence (no byte) before a try counts as failed (`[arxiv] stall_timeout`).
    public var stallTimeout: Duration
    /// Bound on one request with all its retries and waits (`[arxiv] give_up_after`), so retries never
    /// multiply a silent server's wait.
    public var giveUpAfter: Duration
    /// Bound on a response body; a larger one is refused rather than read into memory.
    public var maxBodyBytes: Int
    public var userAgent: String

    public init(
        minimumInterval: Duration = .seconds(3), maxRetries: Int = 4, backoffBase: Duration? = nil,
        maxRetryAfterSeconds: Int = 120, requestTimeout: Duration = .seconds(120),
        stallTimeout: Duration = HTTPPolicy.defaultStallTimeout, giveUpAfter: Duration = HTTPPolicy.defaultGiveUpAfter,
        maxBodyBytes: Int = 64_000_000, userAgent: String = HTTPPolicy.defaultUserAgent
    ) {
        self.minimumInterval = minimumInterval
        self.maxRetries = maxRetries
        self.backoffBase = backoffBase ?? max(minimumInterval, .milliseconds(100))
        self.maxRetryAfterSeconds = maxRetryAfterSeconds
        self.requestTimeout = requestTimeout
        self.stallTimeout = stallTimeout
        self.giveUpAfter = giveUpAfter
        self.maxBodyBytes = maxBodyBytes
        self.userAgent = userAgent
    }

    public static let defaultStallTimeout: Duration = .seconds(60)
    public static let defaultGiveUpAfter: Duration = .seconds(120)

    public static let defaultUserAgent = "papers-tui/\(PapersTUIVersion.current) (terminal paper reader; https://github.com/papers-tui)"
}

public enum PapersTUIVersion {
    public static let current = "0.1.0"
}
