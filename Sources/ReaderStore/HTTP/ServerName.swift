import Foundation

/// `host` or `host:port` of a URL: what messages and the log call a server, never the URL's path or
/// query, which may hold a token.
enum ServerName {
    static func of(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let host = components.host else { return nil }
        return components.port.map { "\(host):\($0)" } ?? host
    }

    /// How the log names what went wrong with a request: "GET export.arxiv.org: HTTP 503".
    static func requestCause(_ method: String, _ url: String, _ detail: String) -> String {
        "\(method) \(of(url) ?? "?"): \(detail)"
    }

    /// "GET export.arxiv.org: HTTP 503, body: <its start>": a status that could not be used. A body
    /// that may hold the key comes masked, since it is cut here.
    static func statusCause(_ method: String, _ url: String, status: Int, body: String) -> String {
        let excerpt = TextCleaning.collapsingWhitespace(String(body.prefix(300)))
        return requestCause(method, url, "HTTP \(status)" + (excerpt.isEmpty ? "" : ", body: \(excerpt)"))
    }
}
