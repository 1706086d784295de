import Foundation

/// Which OpenAI-compatible `POST /v1/embeddings` gives the ranking its paper vectors (`[rank]
/// embeddings_url` and `embeddings_model`), and how patiently.
public struct EmbeddingSettings: Sendable {
    /// The API root, such as `http://127.0.0.1:8080/v1`; `/embeddings` is appended.
    public var baseURL: String {
        didSet { baseURL = baseURL.withoutTrailingSlashes }
    }
    public var model: String
    /// Sent as a Bearer token when set (`[rank] embeddings_api_key_env` names its variable).
    public var apiKey: String?
    /// Papers per request.
    public var batchSize = 16
    /// Characters of title and abstract sent per paper: about 400 tokens, inside the smallest
    /// context a local embedder has.
    public var maximumInputCharacters = 1_500
    /// Bound on one request, from connecting to the last byte (a slow local server takes about a
    /// second per paper).
    public var requestTimeout: Duration = .seconds(120)
    /// Bodies larger than this are refused: a batch of vectors is well under a megabyte.
    public var maximumBodyBytes = 8 * 1_048_576
    /// Retries of a 429, a 5xx or a refused connection before the pass stops.
    public var maxRetries = 2
    public var backoffBase: Duration = .seconds(1)

    public init(baseURL: String, model: String, apiKey: String? = nil) {
        self.baseURL = baseURL.withoutTrailingSlashes
        self.model = model
        self.apiKey = apiKey
    }

    public var embeddingsURL: String {
        baseURL.hasSuffix("/embeddings") ? baseURL : baseURL + "/embeddings"
    }

    /// `host:port` of the server, for messages.
    public var serverName: String { ServerName.of(baseURL) ?? baseURL }
}
