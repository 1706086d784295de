import Foundation

/// Which OpenAI-compatible server answers FAQs, and how patiently.
public struct LLMSettings: Sendable {
    public static let defaultBaseURL = "https://api.openai.com/v1"
    public static let defaultModel = "gpt-4o-mini"

    /// The API root, ending in `/v1` for most servers; `/chat/completions` is appended.
    public var baseURL: String {
        didSet { baseURL = baseURL.withoutTrailingSlashes }
    }
    public var model: String
    /// Sent as a Bearer token; never written to the cache, logs or arguments.
    public var apiKey: String?
    public var temperature: Double = 0.3
    public var maxTokens: Int = 2048
    /// The budget for the prompt: the paper's text is cut to fit it.
    public var contextTokens: Int = 24_000
    /// Longest silence between two pieces of the stream before it counts as stalled (`[llm] idle_timeout`).
    public var idleTimeout: Duration = .seconds(60)
    /// Bound on the wait for the answer to begin, every try and retry together (`[llm] give_up_after`):
    /// a server that never answers is given up on after this, not after retries times the idle timeout.
    public var giveUpAfter: Duration = .seconds(120)
    /// Bound on one whole generation, from connecting to the last token.
    public var totalTimeout: Duration = .seconds(900)
    /// Retries for 429, 5xx, timeouts and refused connections, before any text has arrived.
    public var maxRetries = 3
    public var backoffBase: Duration = .seconds(1)
    /// A Retry-After longer than this is not waited for: the error says when to come back.
    public var maxRetryAfterSeconds = 300
    /// Generations running at once.
    public var concurrency = 2

    public init(baseURL: String = LLMSettings.defaultBaseURL, model: String = LLMSettings.defaultModel,
                apiKey: String? = nil) {
        self.baseURL = baseURL.withoutTrailingSlashes
        self.model = model
        self.apiKey = apiKey
    }

    public var chatURL: String {
        baseURL.hasSuffix("/chat/completions") ? baseURL : baseURL + "/chat/completions"
    }

    /// `host:port` of the server, for messages (never the key, never the path's secrets).
    public var serverName: String {
        ServerName.of(baseURL) ?? baseURL
    }
}
