/// Waiting before a retry: exponential steps, and a countdown the caller can show.
enum Backoff {
    /// `base` doubled once per earlier try, at most `maxDoublings` times, times a random factor
    /// from `jitter` (so that clients that failed together do not retry together).
    static func delay(base: Duration, attempt: Int, maxDoublings: Int, jitter: ClosedRange<Double> = 1...1) -> Duration {
        base * (Double(1 << min(attempt, maxDoublings)) * Double.random(in: jitter))
    }

    /// Sleeps `wait`, calling `secondsLeft` once a second with the whole seconds still to wait.
    static func countDown(_ wait: Duration, secondsLeft: @Sendable (Int) -> Void) async throws {
        var left = wait
        while left > .zero {
            secondsLeft(left.roundedUpSeconds)
            let step = min(left, .seconds(1))
            try await Task.sleep(for: step)
            left -= step
        }
    }
}

extension Duration {
    /// Whole seconds, rounded up: what a countdown or a message shows.
    var roundedUpSeconds: Int {
        Int((Double(components.seconds) + Double(components.attoseconds) / 1e18).rounded(.up))
    }
}
