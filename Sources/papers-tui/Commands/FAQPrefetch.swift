import Foundation
import ReaderStore

/// FAQs of many papers generated through a bounded queue, with progress on standard error: `faq
/// --date`, `faq --starred`, and `[llm] prefetch_top` after a sync.
enum FAQPrefetch {
    /// Generates the missing FAQs of `targets` (all of them with `refresh`); prints the tally and
    /// returns the failures (paper id, sentence).
    static func run(_ targets: [String], language: FAQLanguage, generator: FAQGenerator, refresh: Bool = false,
                    label: String = "FAQ") async -> [(String, String)] {
        let reporter = ProgressReporter()
        let tally = PrefetchTally()
        let queue = FAQQueue(generator: generator, concurrency: generator.settings.concurrency) { job, progress in
            switch progress {
            case .finished(let answer):
                reporter.report(.step(done: tally.done(), total: targets.count, label: "FAQ \(answer.paperID)"))
            case .failed(let message, _):
                tally.fail(job.paperID, message)
                reporter.report(.step(done: tally.done(), total: targets.count, label: "FAQ \(job.paperID) failed"))
            case .waiting(let seconds, let reason):
                reporter.report(.waiting(seconds: seconds, reason: reason))
            default:
                break
            }
        }
        for id in targets { await queue.enqueue(FAQJob(paperID: id, lang: language), refresh: refresh) }
        await queue.waitUntilIdle()
        reporter.finish()
        let failures = tally.failures
        Output.line("\(label): \(targets.count - failures.count) of \(targets.count) ready (\(language.rawValue))")
        return failures
    }

    static func check(_ failures: [(String, String)]) throws {
        guard let first = failures.first else { return }
        throw CLIError("\(failures.count) FAQ\(failures.count == 1 ? "" : "s") failed (first, \(first.0): \(first.1))")
    }
}

private final class PrefetchTally: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = 0
    private var failed: [(String, String)] = []

    func done() -> Int { lock.withLock { finished += 1; return finished } }
    func fail(_ id: String, _ message: String) { lock.withLock { failed.append((id, message)) } }
    var failures: [(String, String)] { lock.withLock { failed } }
}
