import Foundation

/// A paper's text for the FAQ, best source first: the PDF through pdftotext, else the HTML version,
/// else the title and abstract. Downloads go through the polite arXiv client.
public struct FullTextFetcher: Sendable {
    /// Fewer readable characters than this means the extraction failed (a scanned PDF, an error page).
    static let minimumCharacters = 400

    public struct Result: Sendable, Equatable {
        public var fullText: FullText
        /// Why a better source was not used, when one was tried and failed.
        public var fallbackReason: String?
    }

    private let http: PoliteHTTPClient

    public init(http: PoliteHTTPClient) {
        self.http = http
    }

    /// `pdfURL` and `htmlURL` as the source gives them, fetched only from `hosts`; `abstract` is the last resort.
    public func fetch(pdfURL: String?, htmlURL: String?, abstract: String, hosts: FullTextHosts) async throws -> Result {
        var reasons: [String] = []
        if let pdfURL, let refusal = hosts.refusal(for: pdfURL) {
            return Result(fullText: FullText(source: .abstract, text: abstract), fallbackReason: "PDF: not fetched: \(refusal)")
        }
        if let pdfURL {
            do {
                let text = try await pdf(pdfURL, hosts: hosts)
                return Result(fullText: FullText(source: .pdf, text: text), fallbackReason: nil)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                reasons.append("PDF: \(error)")
                if Self.isOffline(error) {
                    return Result(fullText: FullText(source: .abstract, text: abstract), fallbackReason: reasons[0])
                }
            }
        }
        if let htmlURL, let refusal = hosts.refusal(for: htmlURL) {
            reasons.append("HTML: not fetched: \(refusal)")
        } else if let htmlURL {
            do {
                let text = try await html(htmlURL, hosts: hosts)
                return Result(fullText: FullText(source: .html, text: text), fallbackReason: reasons.first)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                reasons.append("HTML: \(error)")
            }
        }
        try Task.checkCancellation()
        return Result(fullText: FullText(source: .abstract, text: abstract),
                      fallbackReason: reasons.isEmpty ? nil : reasons.joined(separator: "; "))
    }

    private func pdf(_ url: String, hosts: FullTextHosts) async throws -> String {
        let response = try await get(url, hosts: hosts)
        try response.requireOK(service: Self.host(url))
        let text = try await PDFText.extract(response.body)
        guard Self.readable(text) else { throw PDFText.Failure.toolFailed("no text layer") }
        return text
    }

    private func html(_ url: String, hosts: FullTextHosts) async throws -> String {
        let response = try await get(url, hosts: hosts)
        try response.requireOK(service: Self.host(url))
        let text = HTMLText.extract(String(decoding: response.body, as: UTF8.self))
        guard Self.readable(text) else { throw FeedError.badInput("the HTML version holds no paper text") }
        return text
    }

    static let maxRedirects = 5
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// The download, its failures naming the host asked (a venue's PDF is not on arXiv). Each redirect
    /// is checked against `hosts` like the link itself: an allowed site must not hand the fetch on to
    /// an address the link could not name.
    private func get(_ url: String, hosts: FullTextHosts) async throws -> HTTPResponse {
        var current = url
        for _ in 0...Self.maxRedirects {
            let response: HTTPResponse
            do {
                response = try await http.get(current, followsRedirects: false)
            } catch let error as FeedError {
                throw ErrorCauses.shared.noted(error.naming(service: Self.host(current)), causedBy: error)
            }
            guard Self.redirectStatuses.contains(response.status), let location = response.header("Location") else {
                return response
            }
            let from = Self.host(current)
            guard let next = URL(string: location, relativeTo: URL(string: current))?.absoluteString else {
                throw FeedError.badInput("\(from) redirected to something that is not a web address: not fetched")
            }
            if let refusal = hosts.refusal(for: next) {
                throw FeedError.badInput("\(from) redirected elsewhere, not fetched: \(refusal)")
            }
            current = next
        }
        throw FeedError.badInput("\(Self.host(url)) redirected more than \(Self.maxRedirects) times: not fetched")
    }

    static func host(_ url: String) -> String {
        URLComponents(string: url)?.host ?? url
    }

    /// The server cannot be reached at all: trying its HTML page would only wait again.
    static func isOffline(_ error: any Error) -> Bool {
        switch error as? FeedError {
        case .unreachable, .timedOut: true
        default: false
        }
    }

    static func readable(_ text: String) -> Bool {
        text.unicodeScalars.lazy.filter { !$0.properties.isWhitespace }.prefix(minimumCharacters).count >= minimumCharacters
    }
}

extension FeedError {
    /// The same failure, said of `service` (a host name) instead of the client's own service name.
    func naming(service name: String) -> FeedError {
        switch self {
        case .http(_, let status, let retryAfter): .http(service: name, status: status, retryAfter: retryAfter)
        case .unreachable(_, let reason): .unreachable(service: name, reason: reason)
        case .timedOut: .timedOut(service: name)
        case .tooLarge(_, let limit): .tooLarge(service: name, limit: limit)
        default: self
        }
    }
}
