import Foundation
import ReaderStore

/// Shows sync progress: a bar redrawn on standard error when that is a terminal, otherwise plain
/// lines on standard output (so standard error carries only the one-sentence error, if any).
final class ProgressReporter: Sendable {
    private let isTerminal = Output.standardErrorIsTerminal
    private let quiet: Bool

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
                FileHandle.standardError.write(Data("\r\u{1B}[K\(bar)\(label)".utf8))
            } else {
                let count = total.map { "\(done)/\($0) " } ?? ""
                Output.line("sync: \(count)\(label)")
            }
        case .waiting(let seconds, let rawReason):
            let reason = CLIText.plain(rawReason)
            let text = seconds > 0 ? "\(reason): waiting \(seconds) s" : reason
            if isTerminal {
                FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
            } else {
                Output.line("sync: \(text)")
            }
        }
    }

    func finish() {
        if isTerminal, !quiet { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
