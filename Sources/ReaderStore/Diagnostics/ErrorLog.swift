import Foundation

/// Where each error the user was shown is written down with its cause, for a bug report:
/// `$XDG_STATE_HOME/papers-tui/papers-tui.log` (`PAPERS_TUI_STATE_DIR` names the folder instead), one
/// line a record. Recording never fails a command and never prints: a log that cannot be written is
/// skipped without a word. The API key, and any Authorization or Bearer token, is never written.
public final class ErrorLog: @unchecked Sendable {
    public static let shared = ErrorLog(folder: folder(ProcessInfo.processInfo.environment))
    public static let defaultMaxBytes = 1_000_000
    /// A record longer than this is cut: a server's whole error page tells no more than its start.
    static let maxRecordCharacters = 8_000

    public var path: String { file.path }
    let file: RotatingLogFile
    private let causes: ErrorCauses
    private let lock = NSLock()
    private var secrets: [String] = []

    public init(folder: String, maxBytes: Int = defaultMaxBytes, causes: ErrorCauses = .shared) {
        file = RotatingLogFile(path: folder + "/papers-tui.log", maxBytes: maxBytes)
        self.causes = causes
    }

    /// `PAPERS_TUI_STATE_DIR`, else `$XDG_STATE_HOME/papers-tui` (by default `~/.local/state/papers-tui`).
    public static func folder(_ environment: [String: String]) -> String {
        if let explicit = environment["PAPERS_TUI_STATE_DIR"], !explicit.isEmpty { return explicit }
        return UserDirectories.base("XDG_STATE_HOME", fallback: ".local/state", environment) + "/papers-tui"
    }

    /// Keeps `secret` (the API key) out of every record written after.
    public func hide(_ secret: String) {
        lock.withLock { secrets.append(secret) }
    }

    /// Appends one record: the time (UTC), `context` (the command: `sync`, `reader`, ...), the sentence
    /// `shown` to the user, and the cause: `error` in full, then what was noted behind the sentences
    /// `shown` quotes (`ErrorCauses`).
    public func record(_ error: any Error, shown: String, context: String, at date: Date = Date()) {
        let line = self.line(error, shown: shown, context: context, at: date)
        lock.withLock { _ = file.append(line) }
    }

    func line(_ error: any Error, shown: String, context: String, at date: Date) -> String {
        let cause = ([ErrorDetail.of(error)] + causes.causes(quotedIn: shown + "\n" + String(describing: error)))
            .joined(separator: " <- ")
        // Masked before it is cut, so no part of a key that straddles the cut survives.
        let text = masked("\(context): \(TextCleaning.collapsingWhitespace(shown)) | cause: \(TextCleaning.collapsingWhitespace(cause))")
        let bounded = text.count > Self.maxRecordCharacters ? String(text.prefix(Self.maxRecordCharacters)) + "…" : text
        return date.formatted(.iso8601) + " " + bounded + "\n"
    }

    private func masked(_ text: String) -> String {
        let secrets = lock.withLock { self.secrets }
        return SecretMask.maskedCredentials(secrets.reduce(text) { SecretMask.masked($0, key: $1) })
    }
}
