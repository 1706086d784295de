import Foundation

/// A fetched response whose status the caller must interpret (2xx, and 4xx other than 429).
public struct HTTPResponse: Sendable {
    public let url: String
    public let status: Int
    public let body: Data
    public let headers: [(String, String)]

    public func header(_ name: String) -> String? {
        headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }

    /// The sentence for a status the caller cannot use, with the server and the start of the body
    /// noted behind it for the log.
    public func statusError(service: String) -> FeedError {
        let cause = ServerName.statusCause("GET", url, status: status, body: String(decoding: body.prefix(1024), as: UTF8.self))
        return ErrorCauses.shared.noted(FeedError.http(service: service, status: status, retryAfter: nil), cause: cause)
    }

    /// Throws `FeedError.http` naming `service` (its cause noted) unless the status is 200.
    func requireOK(service: String) throws(FeedError) {
        guard status == 200 else { throw statusError(service: service) }
    }

    /// The body parsed, then the status required to be 200. The body is read first because an error
    /// document says more than its status (arXiv answers an unknown category with a 400 and an error
    /// feed): such an error is thrown as the parser words it; any other parse error of a body that
    /// came with another status gives way to the status.
    func parsedOK<Value>(service: String, _ parse: (Data) throws -> Value) throws -> Value {
        let value: Value
        do {
            value = try parse(body)
        } catch let error as FeedError where status != 200 {
            if error.isErrorDocument { throw error }
            throw statusError(service: service)
        }
        try requireOK(service: service)
        return value
    }
}

/// Progress and waiting, reported while fetching so the caller can show it.
public enum FetchEvent: Sendable {
    case waiting(seconds: Int, reason: String)
}
