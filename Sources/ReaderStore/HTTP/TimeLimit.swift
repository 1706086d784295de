/// Bounds work that cannot bound itself: a request whose deadline stops counting once the response
/// head arrives, a stream that trickles forever, a child process. The work and a timer race in a
/// task group; whichever loses is cancelled.
enum TimeLimit {
    /// `work`'s value, or nil when `limit` passes first. A cancelled caller gets `CancellationError`.
    static func run<Value: Sendable>(
        _ limit: Duration, _ work: @escaping @Sendable () async throws -> Value
    ) async throws -> Value? {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
