import Foundation
import ReaderStore

/// The reader's long-running work: syncs, FAQ generations, fetching papers to open, saving keywords.
/// Each reports through the inbox as it goes; none is waited for on the key loop.
final class BackgroundJobs: @unchecked Sendable {
    private let environment: ReaderEnvironment
    private let inbox: ActionInbox
    private var syncTask: Task<Void, Never>?
    private var embeddingTask: Task<Void, Never>?
    /// A pass was asked for while one ran (a sync ended meanwhile): one more runs after it.
    private let embeddingRequests = EmbeddingRequests()
    private var faqQueue: FAQQueue?
    /// Queue requests run in the order they were made (a stop right after a start must find the job).
    private var lastQueueRequest: Task<Void, Never>?
    /// Keywords saved one after the other, so the file ends with the last ones edited.
    private let keywordSaves = DispatchQueue(label: "papers-tui keyword saves")
    private let rankingChecks = RankingChecks()
    private let rankingQueue = DispatchQueue(label: "papers-tui ranking", qos: .utility)
    private let libraryQueue = DispatchQueue(label: "papers-tui library", qos: .utility)
    private var libraryTimer: DispatchSourceTimer?

    init(environment: ReaderEnvironment, inbox: ActionInbox) {
        self.environment = environment
        self.inbox = inbox
    }

    /// Starts the effect's work (called from the key loop only).
    func start(_ effect: Effect) {
        switch effect {
        case .startSync(let categories):
            startSync(categories)
        case .openURL:
            // The session opens links: a text-mode browser needs its terminal.
            break
        case .openPapers(let ids):
            openPapers(ids)
        case .requestFAQ(let job, let refresh):
            guard let queue = queue() else {
                inbox.post(.failed("no LLM is configured for FAQs"))
                return
            }
            inOrder { await queue.enqueue(job, refresh: refresh, first: true) }
        case .cancelFAQ(let job):
            guard let queue = faqQueue else { return }
            inOrder { await queue.cancel(job) }
        case .saveKeywords(let entries):
            saveKeywords(entries)
        case .checkRanking:
            checkRanking()
        case .checkRankingAfterMarks:
            checkRanking(after: Self.marksSettle)
        case .prefetchTopFAQs(let categories, let count, let keywords, let lang):
            prefetchTopFAQs(categories: categories, count: count, keywords: keywords, lang: lang)
        case .fetchEmbeddings(let day):
            fetchEmbeddings(firstDay: day)
        default:
            break
        }
    }

    /// Looks at the library folder every few seconds, off the key loop, and syncs when another
    /// device's log grew or marks made here wait to be written. A failure is said once until it
    /// changes or a sync succeeds again.
    func startLibraryWatch() {
        guard let library = environment.library else { return }
        let inbox = self.inbox
        let report = environment.reportError
        let timer = DispatchSource.makeTimerSource(queue: libraryQueue)
        var lastFailure: String?
        timer.schedule(deadline: .now(), repeating: .seconds(Self.libraryLookSeconds))
        timer.setEventHandler {
            do {
                guard let summary = try library.syncIfChanged() else { return }
                // Lines skipped are said once, as the sync that read them is the only one that will.
                if let warning = summary.merged.warnings.first {
                    inbox.post(.librarySynced(applied: summary.merged.applied, failure: warning))
                } else if summary.merged.applied > 0 || lastFailure != nil {
                    inbox.post(.librarySynced(applied: summary.merged.applied, failure: nil))
                }
                lastFailure = nil
            } catch {
                let message = "\(error)"
                guard message != lastFailure else { return }
                lastFailure = message
                report(error, "library sync: \(message)")
                inbox.post(.librarySynced(applied: 0, failure: message))
            }
        }
        timer.resume()
        libraryTimer = timer
    }

    static let libraryLookSeconds = 2

    /// On quit: stops the sync, writes marks made since the last library sync to the folder, and
    /// gives generations a moment to keep their partial answers.
    func stop() {
        syncTask?.cancel()
        embeddingTask?.cancel()
        if let timer = libraryTimer, let library = environment.library {
            timer.cancel()
            let written = DispatchSemaphore(value: 0)
            libraryQueue.async {
                _ = try? library.syncIfChanged()
                written.signal()
            }
            _ = written.wait(timeout: .now() + 2)
        }
        guard let queue = faqQueue else { return }
        let done = DispatchSemaphore(value: 0)
        let pending = lastQueueRequest
        Task.detached {
            // After the requests already sent, so a job asked for just before quitting is stopped too.
            await pending?.value
            await queue.cancelAll()
            await queue.waitUntilIdle()
            done.signal()
        }
        _ = done.wait(timeout: .now() + 2)
    }

    private func inOrder(_ work: @escaping @Sendable () async -> Void) {
        let previous = lastQueueRequest
        lastQueueRequest = Task.detached {
            await previous?.value
            await work()
        }
    }

    private func queue() -> FAQQueue? {
        if let faqQueue { return faqQueue }
        guard let generator = environment.faqGenerator else { return nil }
        let inbox = self.inbox
        let report = environment.reportError
        let queue = FAQQueue(generator: generator, concurrency: generator.settings.concurrency) { job, progress in
            // The generator gives the sentence only; the log finds the cause it noted under it.
            if case .failed(let message, _) = progress { report(Reported(description: message), "FAQ for \(job.paperID): \(message)") }
            inbox.post(.faqProgress(job, progress))
        }
        faqQueue = queue
        return queue
    }

    private func startSync(_ categories: CategoryExpression?) {
        let inbox = self.inbox
        let sync = environment.sync
        let report = environment.reportError
        syncTask = Task.detached {
            do {
                let summary = try await sync(categories) { inbox.post(.syncProgress($0)) }
                inbox.post(.syncFinished(.success(summary)))
            } catch {
                let message = "sync failed: \(error)"
                report(error, message)
                inbox.post(.syncFinished(.failure(SyncFailure(message))))
            }
        }
    }

    /// Gives papers vectors for the ranking, one pass at a time; a pass asked for while one runs
    /// (a sync brought new papers) runs once it ends.
    private func fetchEmbeddings(firstDay: String?) {
        guard let embed = environment.embedPapers, embeddingRequests.ask() else { return }
        let inbox = self.inbox
        let requests = embeddingRequests
        embeddingTask = Task.detached {
            repeat {
                let summary = await embed(firstDay) { done, wanted in inbox.post(.embeddingsProgress(done: done, wanted: wanted)) }
                if Task.isCancelled { return }
                inbox.post(.embeddingsFinished(summary))
            } while requests.finishedAskedAgain()
        }
    }

    /// Asks the cache for its ranking, training one when marks changed since: one check at a time,
    /// and the checks asked for meanwhile make one more after it (they would all find the same). On a
    /// queue of its own: a training is seconds of work that must not hold a thread of Swift's small
    /// shared pool, which the FAQ streams and the sync run on.
    private func checkRanking(after delay: Duration = .zero) {
        guard rankingChecks.ask(after: delay) else { return }
        let inbox = self.inbox
        let store = environment.store
        let report = environment.reportError
        let checks = rankingChecks
        rankingQueue.async {
            var wait = delay
            while true {
                // A mark's write is let land first, or the training would not see it.
                if wait > .zero { Thread.sleep(forTimeInterval: Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18) }
                inbox.post(.rankingChecked(Self.ranking(store: store, report: report)))
                guard let next = checks.finishedNextWait() else { break }
                wait = next
            }
        }
    }

    /// Queues the FAQs of the latest day's top papers after the ones already asked for (the paper on
    /// screen is always asked first), once the ranking (trained here if marks changed) has chosen them.
    private func prefetchTopFAQs(categories: CategoryExpression?, count: Int, keywords: PreferenceKeywords, lang: FAQLanguage) {
        guard let queue = queue() else { return }
        let inbox = self.inbox
        let store = environment.store
        let report = environment.reportError
        // Not in the queue requests' order: choosing may train the ranking for seconds, and a FAQ
        // asked for meanwhile must not wait behind it (the queue puts the one on screen first anyway).
        rankingQueue.async {
            do {
                guard let day = try store.latestDay(for: categories) else { return }
                let top = try store.topPapers(of: ListQuery(scope: .day(day), categories: categories), count: count, keywords: keywords)
                if case .unchosen(let reason) = top {
                    inbox.post(.notFound("no FAQ prefetched ([llm] prefetch_top): \(reason)"))
                    return
                }
                let ids = top.ids
                Task { for id in ids { await queue.enqueue(FAQJob(paperID: id, lang: lang)) } }
            } catch {
                let message = "no FAQ prefetched ([llm] prefetch_top): \(error)"
                report(error, message)
                inbox.post(.failed(message))
            }
        }
    }

    /// Long enough for a mark's write to be done, and for a few marks in a row to make one training.
    static let marksSettle = Duration.seconds(2)

    private static func ranking(store: PaperStore, report: @Sendable (any Error, String) -> Void) -> RankingState {
        do {
            switch try store.currentRanking() {
            case .ranked(let model, let trainedAt): return .ready(positives: model.report.positives, trainedAt: trainedAt)
            case .needsMorePositives(let have, let need): return .needsMorePositives(have: have, need: need)
            case .noNegatives: return .noNegatives
            }
        } catch {
            let message = "the ranking could not be trained (lists keep arXiv's order): \(error)"
            report(error, message)
            return .failed(message)
        }
    }

    private func saveKeywords(_ entries: [String]) {
        let inbox = self.inbox
        let report = environment.reportError
        guard let save = environment.saveKeywords else {
            inbox.post(.keywordsSaved("keywords set until the reader quits (there is no config file to save them to)", saved: false))
            return
        }
        keywordSaves.async {
            do {
                inbox.post(.keywordsSaved(try save(entries), saved: true))
            } catch {
                let message = "keywords not saved (they hold until the reader quits): \(error)"
                report(error, message)
                inbox.post(.keywordsSaved(message, saved: false))
            }
        }
    }

    /// Shows papers by id, fetching the ones not cached first; the ones that cannot be shown are named
    /// in the status line, under the ones that can.
    private func openPapers(_ ids: [String]) {
        let inbox = self.inbox
        let store = environment.store
        let lookup = environment.lookup
        let report = environment.reportError
        Task.detached {
            do {
                let fetching = try ids.filter { id in
                    guard Paper.isArxiv(id: id) else { return false }
                    return try store.paper(id: id) == nil
                }
                if !fetching.isEmpty, lookup != nil {
                    inbox.post(.notFound("fetching \(fetching.joined(separator: ", ")) from arXiv…"))
                }
                let opening = try await PaperOpening.open(ids, store: store, lookup: lookup)
                if let problem = opening.problem { report(Reported(description: problem), problem) }
                inbox.post(Self.actions(for: opening))
            } catch {
                let message = "cannot open \(ids.joined(separator: ", ")): \(error)"
                report(error, message)
                inbox.post(.failed(message))
            }
        }
    }

    static func actions(for opening: PaperOpening) -> [Action] {
        guard !opening.shown.isEmpty else { return [.failed(opening.problem ?? "nothing to open")] }
        return [.papersOpened(opening.shown, label: "opened")] + (opening.problem.map { [.notFound($0)] } ?? [])
    }
}

/// A failure known only by its sentence (a generation's, as the queue reports it; the papers an
/// opening could not show): the log finds the causes noted under it.
private struct Reported: Error, CustomStringConvertible {
    let description: String
}

/// Whether a ranking check is running, and whether another was asked for since it started (with
/// the longest wait any of those asked for).
private final class RankingChecks: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private var again: Duration?

    /// True when the caller should start a check; false when one runs (it will run once more).
    func ask(after delay: Duration) -> Bool {
        lock.withLock {
            if running {
                again = max(again ?? .zero, delay)
                return false
            }
            running = true
            return true
        }
    }

    /// Called as a check ends: the wait before the one more asked for, or nil (and no longer running).
    func finishedNextWait() -> Duration? {
        lock.withLock {
            guard let wait = again else {
                running = false
                return nil
            }
            again = nil
            return wait
        }
    }
}

/// Whether a pass of fetching vectors runs, and whether another was asked for meanwhile.
final class EmbeddingRequests: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private var again = false

    /// True when a pass should start now; false when one runs (it runs once more after).
    func ask() -> Bool {
        lock.withLock {
            if running {
                again = true
                return false
            }
            running = true
            return true
        }
    }

    /// The pass ended: true when another was asked for meanwhile (and it runs now).
    func finishedAskedAgain() -> Bool {
        lock.withLock {
            if again {
                again = false
                return true
            }
            running = false
            return false
        }
    }
}
