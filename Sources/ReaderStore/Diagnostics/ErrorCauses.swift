import Foundation

/// What lay behind the sentences the user reads: the SQLite result code and statement, the HTTP status
/// and host, the library's own error. The sentence enums (`StoreError`, `FeedError`, `LLMError`) carry
/// only what their sentence needs and are compared by value, so the cause is noted here where it is
/// known, under the sentence, and found again by the edge that shows any message quoting that sentence
/// (a `CLIError` that wraps it, a FAQ failure that adds "the partial answer is kept").
public final class ErrorCauses: @unchecked Sendable {
    public static let shared = ErrorCauses()

    /// Enough for one command's errors; a long-running reader forgets the oldest.
    static let capacity = 32

    private let lock = NSLock()
    private var notes: [(sentence: String, cause: String)] = []

    public init() {}

    /// Remembers `cause` as what lay behind `error`.
    public func note(_ cause: String, behind error: any Error) {
        let sentence = String(describing: error)
        guard !sentence.isEmpty, !cause.isEmpty else { return }
        lock.withLock {
            notes.removeAll { $0.sentence == sentence }
            notes.append((sentence, cause))
            if notes.count > Self.capacity { notes.removeFirst(notes.count - Self.capacity) }
        }
    }

    /// Remembers the error `cause` (with whatever was noted behind it) as what lay behind `error`.
    public func note(_ cause: any Error, behind error: any Error) {
        let behindCause = causes(quotedIn: String(describing: cause)).map { " <- \($0)" }.joined()
        note(ErrorDetail.of(cause) + behindCause, behind: error)
    }

    /// `error`, with `cause` noted behind it, to throw: `throw ErrorCauses.shared.noted(StoreError..., causedBy: error)`.
    public func noted<Failure: Error>(_ error: Failure, causedBy cause: any Error) -> Failure {
        note(cause, behind: error)
        return error
    }

    /// `error`, with `cause` noted behind it, to throw.
    public func noted<Failure: Error>(_ error: Failure, cause: String) -> Failure {
        note(cause, behind: error)
        return error
    }

    /// The causes noted behind every sentence that `message` quotes, the newest first.
    public func causes(quotedIn message: String) -> [String] {
        lock.withLock { notes.reversed().filter { message.contains($0.sentence) }.map(\.cause) }
    }
}
