import AsyncHTTPClient
import Foundation

/// HTTP clients shared by the whole process and never shut down, one per read timeout and redirect
/// limit (AsyncHTTPClient sets the read timeout per client, and the config may choose it; a limit of
/// 0 hands redirects back to the caller). Failed
/// connections are not retried inside a client: callers retry with their own paced backoff, so an
/// offline machine hears so in seconds rather than after a long connect loop.
enum SharedHTTPClients {
    private struct Key: Hashable {
        let readMilliseconds: Int64
        let redirects: Int
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var clients: [Key: HTTPClient] = [:]

    static func client(readTimeout: Duration, redirects: Int) -> HTTPClient {
        let key = Key(readMilliseconds: max(1, Int64(min(readTimeout / .milliseconds(1), 86_400_000))), redirects: redirects)
        lock.lock()
        defer { lock.unlock() }
        if let client = clients[key] { return client }
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: redirects > 0 ? .follow(max: redirects, allowCycles: false) : .disallow,
            timeout: .init(connect: .seconds(10), read: .milliseconds(key.readMilliseconds)))
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        clients[key] = client
        return client
    }
}
