import Foundation

/// What can go wrong asking an LLM server, each case worded as the sentence the user reads.
public enum LLMError: Error, CustomStringConvertible, Equatable {
    case keyRejected(status: Int, detail: String)
    case missingKey(server: String)
    case unknownModel(model: String, detail: String)
    case badRequest(status: Int, detail: String)
    case rateLimited(retryAfter: Int?)
    case quotaExceeded(detail: String)
    case server(status: Int, detail: String)
    case unreachable(server: String, reason: String)
    case timedOut(server: String)
    case stalled(seconds: Int)
    case dropped
    case malformedChunk(excerpt: String)
    case streamError(String)
    case emptyAnswer
    case notStreaming(contentType: String, detail: String)
    case wrongEndpoint(server: String, detail: String)
    case answerTooLong(limit: Int)
    /// No answer began before `[llm] give_up_after`, over this many tries.
    case gaveUp(server: String, seconds: Int, tries: Int, lastReason: String)

    public var description: String {
        switch self {
        case .keyRejected(let status, let detail):
            "the API key was rejected (\(status)\(Self.detail(detail))): set OPENAI_API_KEY"
        case .missingKey(let server):
            "no API key for \(server): set OPENAI_API_KEY (or [llm] api_key_env in config.toml)"
        case .unknownModel(let model, let detail):
            "the LLM server does not know the model '\(model)'\(Self.detail(detail)): set [llm] model or PAPERS_TUI_LLM_MODEL"
        case .badRequest(let status, let detail):
            "the LLM server refused the request (\(status)\(Self.detail(detail))): if the paper is too long, lower [llm] context_tokens"
        case .rateLimited(let retryAfter?):
            "the LLM server is rate-limiting (429): try again in \(retryAfter) s"
        case .rateLimited(nil):
            "the LLM server is rate-limiting (429): try again in a minute"
        case .quotaExceeded(let detail):
            "the LLM account is out of quota (429\(Self.detail(detail))): check the plan or the key"
        case .server(let status, let detail):
            "the LLM server answered \(status)\(Self.detail(detail)): try again later"
        case .unreachable(let server, let reason):
            "cannot reach the LLM server \(server) (\(reason)): offline? cached FAQs still show"
        case .timedOut(let server):
            "the LLM server \(server) did not finish in time: try again later"
        case .stalled(let seconds):
            "the LLM stream went silent for \(seconds) s"
        case .dropped:
            "the connection to the LLM server dropped mid-answer"
        case .malformedChunk(let excerpt):
            "the LLM server sent a chunk that is not JSON (\(excerpt))"
        case .streamError(let message):
            "the LLM server stopped with an error: \(message)"
        case .emptyAnswer:
            "the LLM server finished without writing anything: try again, or try another model"
        case .notStreaming(let contentType, let detail):
            "the LLM server answered \(contentType.isEmpty ? "without a content type" : contentType) instead of a stream\(Self.detail(detail)): check [llm] base_url"
        case .wrongEndpoint(let server, let detail):
            "\(server) has no chat completions endpoint there (404\(Self.detail(detail))): check [llm] base_url (it usually ends in /v1)"
        case .answerTooLong(let limit):
            "the answer passed \(limit / 1000) KB and was stopped"
        case .gaveUp(let server, let seconds, let tries, let lastReason):
            "the LLM server \(server) did not begin an answer within \(seconds) s (\(tries) tr\(tries == 1 ? "y" : "ies"), last: "
                + "\(lastReason)): check that it is running, or raise [llm] give_up_after"
        }
    }

    private static func detail(_ text: String) -> String {
        text.isEmpty ? "" : ": \(text)"
    }

    /// Worth another try after a pause (and only before any text has arrived).
    var isRetryable: Bool {
        switch self {
        case .rateLimited, .server, .unreachable, .timedOut, .stalled, .dropped: true
        default: false
        }
    }
}
