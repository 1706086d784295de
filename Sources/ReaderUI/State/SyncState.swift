/// What the background sync is doing, for the title and status lines.
public enum SyncState: Sendable, Equatable {
    case idle
    case running(String)
    case finished(String)
    case failed(String)
}
