import Foundation

/// One FAQ to generate: a paper in a language. However often it is asked for, it is one job.
public struct FAQJob: Hashable, Sendable {
    public var paperID: String
    public var lang: FAQLanguage

    public init(paperID: String, lang: FAQLanguage) {
        self.paperID = paperID
        self.lang = lang
    }
}

/// Runs generations in the background, at most `concurrency` at once, one per job, in order of
/// asking except that a job asked for `first` (the paper on screen) goes to the front.
public actor FAQQueue {
    public typealias Listener = @Sendable (FAQJob, FAQProgress) -> Void

    private let generator: FAQGenerator
    private let concurrency: Int
    private let listener: Listener
    private var pending: [(job: FAQJob, refresh: Bool)] = []
    private var running: [FAQJob: Task<Void, Never>] = [:]
    /// Asked for again while running (its last report may already be on screen): run once more after.
    private var again: [FAQJob: Bool] = [:]
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []

    public init(generator: FAQGenerator, concurrency: Int, listener: @escaping Listener) {
        self.generator = generator
        self.concurrency = max(1, concurrency)
        self.listener = listener
    }

    /// Adds a job, or moves a waiting one to the front; a running one is left alone.
    public func enqueue(_ job: FAQJob, refresh: Bool = false, first: Bool = false) {
        guard running[job] == nil else {
            again[job] = (again[job] ?? false) || refresh
            return
        }
        if let index = pending.firstIndex(where: { $0.job == job }) {
            let entry = pending.remove(at: index)
            if first {
                pending.insert((job, entry.refresh || refresh), at: 0)
            } else {
                pending.insert((job, entry.refresh || refresh), at: index)
            }
        } else if first {
            pending.insert((job, refresh), at: 0)
        } else {
            pending.append((job, refresh))
        }
        pump()
    }

    /// Stops a job: a waiting one leaves the queue, a running one keeps its partial answer.
    public func cancel(_ job: FAQJob) {
        again[job] = nil
        if let index = pending.firstIndex(where: { $0.job == job }) {
            pending.remove(at: index)
            listener(job, .stopped(partial: nil))
            reportPositions()
        }
        running[job]?.cancel()
    }

    public func cancelAll() {
        for entry in pending { listener(entry.job, .stopped(partial: nil)) }
        pending.removeAll()
        again.removeAll()
        for task in running.values { task.cancel() }
    }

    public var isIdle: Bool { pending.isEmpty && running.isEmpty }

    /// Returns once nothing is waiting or running.
    public func waitUntilIdle() async {
        guard !isIdle else { return }
        await withCheckedContinuation { idleWaiters.append($0) }
    }

    private func pump() {
        while running.count < concurrency, !pending.isEmpty {
            let (job, refresh) = pending.removeFirst()
            let generator = self.generator
            let listener = self.listener
            running[job] = Task.detached { [weak self] in
                await generator.generate(paperID: job.paperID, lang: job.lang, refresh: refresh) { listener(job, $0) }
                await self?.finished(job)
            }
        }
        reportPositions()
        if isIdle {
            for waiter in idleWaiters { waiter.resume() }
            idleWaiters.removeAll()
        }
    }

    private func finished(_ job: FAQJob) {
        running[job] = nil
        if let refresh = again.removeValue(forKey: job) {
            pending.insert((job, refresh), at: 0)
        }
        pump()
    }

    private func reportPositions() {
        for (index, entry) in pending.enumerated() { listener(entry.job, .queued(position: index + 1)) }
    }
}
