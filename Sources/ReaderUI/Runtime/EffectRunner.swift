import Foundation
import ReaderStore

/// Runs every effect the reader asks for off the key loop and posts what it brings back as actions.
///
/// - Store reads run in order on one queue; a search's reads on a queue of their own (one can take a
///   second on a large cache, and the day's reads must not wait behind it); prefetched windows run
///   concurrently.
/// - **Latest read wins**: a list read (rows or counts) for a list other than the last one asked for
///   is skipped, since `update` would drop its result anyway.
/// - Mark writes run in order on their own queue, so a write waiting for another process's lock holds
///   up no read. Until a write is done, rows read meanwhile show it as made; a write that fails comes
///   back as `markFailed`, and `update` takes the mark back.
final class EffectRunner: @unchecked Sendable {
    private let store: PaperStore
    private let inbox: ActionInbox
    private let faqModel: String
    private let report: @Sendable (any Error, String) -> Void
    private let reads = DispatchQueue(label: "papers-tui reads", qos: .userInitiated)
    private let searches = DispatchQueue(label: "papers-tui searches", qos: .userInitiated)
    private let writes = DispatchQueue(label: "papers-tui writes", qos: .userInitiated)
    private let lock = NSLock()
    private var latestList: ListQuery?
    private var outstanding = 0
    private var readsOutstanding = 0
    private var pendingMarks: [(paperID: String, change: MarkChange)] = []
    private var heldPrefetches: [Effect] = []
    private var failedWrites = 0
    private var holding = false
    /// Counts read while a mark was still being written: read again once the writes are done.
    private var countsToRefresh: ListQuery?

    init(store: PaperStore, inbox: ActionInbox, faqModel: String,
         report: @escaping @Sendable (any Error, String) -> Void) {
        self.store = store
        self.inbox = inbox
        self.faqModel = faqModel
        self.report = report
    }

    /// No effect is queued or running (background jobs such as a sync or a FAQ are not counted).
    var isIdle: Bool { lock.withLock { outstanding == 0 } }

    /// A read the next frame should show is queued or running. Searches and prefetched windows are
    /// not counted (the frame shows the last results or the rows held meanwhile), nor are writes.
    var isReading: Bool { lock.withLock { readsOutstanding > 0 } }

    /// Queues a store effect. Returns false for an effect that is not the store's.
    func submit(_ effect: Effect) -> Bool {
        if case .applyMark(let change, let paperID) = effect {
            write(change, paperID: paperID)
            return true
        }
        guard StoreEffects.handles(effect) else { return false }
        if let query = effect.listQuery { lock.withLock { latestList = query } }
        let isBackground = effect.isPrefetch || effect.isSearchRead
        let held: Bool = lock.withLock {
            outstanding += 1
            if !isBackground { readsOutstanding += 1 }
            guard effect.isPrefetch, holding else { return false }
            heldPrefetches.append(effect)
            return true
        }
        if !held { start(effect, isBackground: isBackground) }
        return true
    }

    private func start(_ effect: Effect, isBackground: Bool) {
        let queue = effect.isPrefetch ? DispatchQueue.global(qos: .userInitiated) : effect.isSearchRead ? searches : reads
        queue.async { self.read(effect, isBackground: isBackground) }
    }

    /// While a frame is being made, prefetches wait: they would only compete with its reads and its
    /// drawing for the two cores, and the frame does not need them.
    func holdPrefetches() {
        lock.withLock { holding = true }
    }

    func releasePrefetches() {
        let held: [Effect] = lock.withLock {
            holding = false
            defer { heldPrefetches = [] }
            return heldPrefetches
        }
        for effect in held { start(effect, isBackground: true) }
    }

    private func read(_ effect: Effect, isBackground: Bool) {
        defer {
            if !isBackground { lock.withLock { readsOutstanding -= 1 } }
            finishOne()
        }
        if let query = effect.listQuery, lock.withLock({ latestList }) != query { return }
        do {
            let actions = try StoreEffects.run(effect, store: store, faqModel: faqModel) ?? []
            inbox.post(actions.map(showingPendingMarks))
            if case .loadCounts(let query) = effect {
                lock.withLock { if !pendingMarks.isEmpty { countsToRefresh = query } }
            }
        } catch {
            let message = "\(error)"
            report(error, message)
            inbox.post(.failed(message))
        }
    }

    private func write(_ change: MarkChange, paperID: String) {
        lock.withLock {
            outstanding += 1
            pendingMarks.append((paperID, change))
        }
        writes.async {
            defer { self.finishOne() }
            var failure: Action?
            do {
                try self.store.apply(change, to: [paperID])
            } catch {
                let message = Self.failure(change, error)
                // The row shows which paper; the log, read later, names it.
                self.report(error, "\(paperID) \(message)")
                failure = .markFailed(change, paperID: paperID, message: message)
            }
            let refresh: ListQuery? = self.lock.withLock {
                if failure != nil { self.failedWrites += 1 }
                if let index = self.pendingMarks.firstIndex(where: { $0.paperID == paperID && $0.change == change }) {
                    self.pendingMarks.remove(at: index)
                }
                guard self.pendingMarks.isEmpty else { return nil }
                defer { self.countsToRefresh = nil }
                return self.countsToRefresh
            }
            if let failure { self.inbox.post(failure) }
            // Only if that list is still the one shown: asking for it would make it the latest list again.
            if let refresh, self.lock.withLock({ self.latestList == refresh }) { _ = self.submit(.loadCounts(refresh)) }
        }
    }

    /// Marks asked for and not yet written.
    var pendingMarkCount: Int { lock.withLock { pendingMarks.count } }

    /// Waits until every mark asked for is written or has failed (on quitting: a star pressed just
    /// before must reach the file). Returns how many of those were not saved, failed or still waiting.
    func finishWrites(timeout: Duration) -> Int {
        let (waiting, failedBefore) = lock.withLock { (pendingMarks.count, failedWrites) }
        guard waiting > 0 else { return 0 }
        let done = DispatchSemaphore(value: 0)
        writes.async { done.signal() }
        _ = done.wait(timeout: .now() + timeout.seconds)
        return lock.withLock { pendingMarks.count + failedWrites - failedBefore }
    }

    private func showingPendingMarks(_ action: Action) -> Action {
        guard case .windowLoaded(var window) = action else { return action }
        let pending = lock.withLock { pendingMarks }
        guard !pending.isEmpty else { return action }
        for index in window.rows.indices {
            for mark in pending where mark.paperID == window.rows[index].paper.id {
                window.rows[index] = window.rows[index].applying(mark.change)
            }
        }
        return .windowLoaded(window)
    }

    private func finishOne() {
        lock.withLock { outstanding -= 1 }
        // Even when nothing was posted, so the loop can tell that it has settled.
        inbox.wake()
    }

    /// The row already shows the mark undone; the sentence says so first, as the cause can be long.
    private static func failure(_ change: MarkChange, _ error: any Error) -> String {
        switch change {
        case .star: "not starred: \(error)"
        case .unstar: "still starred: \(error)"
        case .read: "still unread: \(error)"
        case .unread: "still read: \(error)"
        }
    }
}
