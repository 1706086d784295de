import Foundation
import ReaderStore

/// Shows sync progress: a bar redrawn on standard error when that is a terminal, otherwise plain
/// lines on standard output (so standard error carries only the one-sentence error, if any).
final class ProgressReporter: Sendable {
    private let isTerminal = Output.standardErrorIsTerminal
    private let quiet: Bool
    private let countdown = CountdownTracker()

    init(quiet: Bool = false) {
        self.quiet = quiet
    }

    func report(_ progress: SyncProgress) {
        guard !quiet else { return }
        switch progress {
        case .step(let done, let total, let rawLabel):
            let label = CLIText.plain(rawLabel)
            if isTerminal {
                let bar: String
                if let total, total > 0 {
                    let width = 24
                    let filled = min(width, done * width / total)
                    bar = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
                        + "] \(done)/\(total) "
                } else {
                    bar = "[\(done)] "
                }
                Output.errorBytes("\r\u{1B}[K\(bar)\(label)")
            } else {
                let count = total.map { "\(done)/\($0) " } ?? ""
                Output.line("sync: \(count)\(label)")
            }
        case .waiting(let seconds, let rawReason):
            let reason = CLIText.plain(rawReason)
            let text = seconds > 0 ? "\(reason): waiting \(seconds) s" : reason
            if isTerminal {
                Output.errorBytes("\r\u{1B}[K\(text)")
            } else if countdown.starts(seconds) {
                // A log gets one line per wait, not one per second of its countdown.
                Output.line("sync: \(text)")
            }
        }
    }

    func finish() {
        if isTerminal, !quiet { Output.errorBytes("\r\u{1B}[K") }
    }
}

/// Tells the first second of a countdown from the seconds that follow it.
final class CountdownTracker: @unchecked Sendable {
    private let lock = NSLock()
    private var last = Int.max

    /// True when `seconds` starts a new wait (it is not below the last second seen).
    func starts(_ seconds: Int) -> Bool {
        lock.withLock {
            defer { last = seconds }
            return seconds >= last || last == Int.max || seconds <= 0
        }
    }
}
