/// What a running sync reports, for a progress bar or a status line.
public enum SyncProgress: Sendable {
    /// Work `done` out of `total` (when known), with a short label of the current step.
    case step(done: Int, total: Int?, label: String)
    case waiting(seconds: Int, reason: String)
}
