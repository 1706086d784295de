import Foundation

/// What can go wrong fetching or reading a remote source, each case worded as the sentence the user reads.
public enum FeedError: Error, CustomStringConvertible, Equatable {
    case http(service: String, status: Int, retryAfter: Int?)
    case unreachable(service: String, reason: String)
    case timedOut(service: String)
    case tooLarge(service: String, limit: Int)
    case malformed(source: String, detail: String)
    case notAFeed(source: String, found: String)
    case badCategory(category: String, message: String)
    case apiError(message: String)
    case oaiError(code: String, message: String)
    case emptyPage(source: String, offset: Int)
    case badInput(String)
    /// JSON that does not parse, or is not the shape expected; `remedy` says what to do.
    case malformedJSON(source: String, detail: String, remedy: String)
    /// A document refused before or while it is read (XML nested too deep, declaring its own entities).
    case refused(source: String, reason: String)
    /// A server that pages without end (a repeated token or page, or too many pages).
    case endlessPaging(source: String, detail: String)
    /// Every try failed and the next would pass `[arxiv] give_up_after`.
    case gaveUp(service: String, seconds: Int, tries: Int, lastReason: String)

    public var description: String {
        switch self {
        case .http(let service, let status, let retryAfter?):
            "\(service) answered \(status) (retry after \(retryAfter) s)"
        case .http(let service, let status, nil) where status == 429:
            "\(service) answered 429 (too many requests): wait a few minutes and try again"
        case .http(let service, let status, nil):
            "\(service) answered \(status): try again later"
        case .unreachable(let service, let reason):
            "cannot reach \(service) (\(reason)): check the network, or read offline from the cache"
        case .timedOut(let service):
            "\(service) did not answer in time: try again later"
        case .tooLarge(let service, let limit):
            "\(service) sent more than \(limit / 1_000_000) MB: refused to read it"
        case .malformed(let source, let detail):
            "the response from \(source) is not valid XML (\(detail)): try again later"
        case .notAFeed(let source, let found):
            "\(source) sent \(found) instead of a feed (blocked or down?): try again later"
        case .badCategory(let category, let message):
            "arXiv does not know the category '\(category)': \(message)"
        case .apiError(let message):
            "the arXiv API refused the query: \(message)"
        case .oaiError(let code, let message):
            "the OAI-PMH server answered \(code): \(message)"
        case .emptyPage(let source, let offset):
            "\(source) kept returning an empty page at offset \(offset): try again later (what was fetched before is kept)"
        case .badInput(let message):
            message
        case .malformedJSON(let source, let detail, let remedy):
            "\(source) is not valid JSON (\(detail)): \(remedy)"
        case .refused(let source, let reason):
            "\(source) sent \(reason): refused to read it"
        case .endlessPaging(let source, let detail):
            "\(source) \(detail): stopped there, try again later (what was fetched before is kept)"
        case .gaveUp(let service, let seconds, let tries, let lastReason):
            "\(service) did not answer within \(seconds) s (\(tries) tr\(tries == 1 ? "y" : "ies"), last: \(lastReason)): "
                + "try again later, or raise give_up_after in config.toml"
        }
    }

    /// The server's own account of what it refused (an error feed, an API error), worth more than its status.
    var isErrorDocument: Bool {
        switch self {
        case .badCategory, .apiError: true
        default: false
        }
    }
}
