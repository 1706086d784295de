/// Why no vectors came back, as one sentence the status line can show. The ranking goes on without
/// them (terms, authors, categories).
public enum EmbeddingsError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreachable(server: String, reason: String)
    case timedOut(server: String, seconds: Int)
    case rateLimited(server: String)
    case server(status: Int, detail: String)
    case keyRejected(status: Int)
    case tooLarge(limitMB: Int)
    case malformed(String)
    /// A vector of another length than the ones before it (or than the others of its batch).
    case wrongDimension(expected: Int, found: Int)
    case notFinite
    case wrongCount(sent: Int, received: Int)

    public var description: String {
        switch self {
        case .unreachable(let server, let reason):
            "cannot reach the embeddings server \(server) (\(reason)): check [rank] embeddings_url"
        case .timedOut(let server, let seconds):
            "the embeddings server \(server) did not answer within \(seconds) s"
        case .rateLimited(let server):
            "the embeddings server \(server) is rate-limiting (429): papers-tui tries again after the next sync"
        case .server(let status, let detail):
            "the embeddings server answered \(status)" + (detail.isEmpty ? "" : ": \(detail)")
        case .keyRejected(let status):
            "the embeddings server refused the key (\(status)): check the variable [rank] embeddings_api_key_env names"
        case .tooLarge(let limit):
            "the embeddings server sent more than \(limit) MB for one batch (one vector per token? set pooling on the server)"
        case .malformed(let reason):
            "the embeddings server's answer is not an OpenAI embeddings list (\(reason))"
        case .wrongDimension(let expected, let found):
            "the embeddings server sent \(found) numbers per paper where it sent \(expected) before: "
                + "a new model needs a new [rank] embeddings_model name"
        case .notFinite:
            "the embeddings server sent a number that is not finite (NaN or infinity)"
        case .wrongCount(let sent, let received):
            "the embeddings server sent \(received) vectors for \(sent) papers"
        }
    }

    var isRetryable: Bool {
        switch self {
        case .unreachable, .rateLimited: true
        case .server(let status, _): status >= 500
        default: false
        }
    }
}
