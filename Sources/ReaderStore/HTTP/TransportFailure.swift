import AsyncHTTPClient

/// What went wrong below HTTP (no status at all), sorted the way both clients word it: the polite
/// client as a `FeedError`, the LLM client as an `LLMError`.
enum TransportFailure: Equatable {
    /// AsyncHTTPClient's own cancellation.
    case cancelled
    /// No byte within the client's read timeout.
    case stalled
    /// The deadline, or the connect or write timeout, passed.
    case timedOut
    /// The server closed the connection before the response was complete.
    case closed
    /// Anything else (refused, reset, unknown host, TLS), as a short reason.
    case other(reason: String)

    init(_ error: any Error) {
        if let error = error as? HTTPClientError {
            switch error {
            case .cancelled: self = .cancelled
            case .readTimeout: self = .stalled
            case .deadlineExceeded, .connectTimeout, .writeTimeout: self = .timedOut
            case .remoteConnectionClosed: self = .closed
            default: self = .other(reason: Self.reason(error))
            }
        } else {
            self = .other(reason: Self.reason(error))
        }
    }

    /// A short reason from a transport error, without the library's internals.
    static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        for (needle, reason) in [
            ("Connection refused", "connection refused"), ("Connection reset", "connection reset"),
            ("No route", "no route to host"), ("Name or service not known", "unknown host"),
            ("nodename nor servname", "unknown host"), ("certificate", "TLS certificate problem"),
            ("Network is unreachable", "network is unreachable"),
        ] where text.contains(needle) {
            return reason
        }
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}
