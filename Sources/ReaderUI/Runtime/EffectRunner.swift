import Foundation
import ReaderStore

/// Runs every effect the reader asks for off the key loop and posts what it brings back as actions.
///
/// - Store reads run in order on one queue; a search's reads on a queue of their own (one can take a
///   second on a large cache, and the day's reads must not wait behind it), and so does the whole
///   inbox's count that follows its first day's; prefetched windows run concurrently.
/// - **Latest read wins**: a list read (rows or counts) for a list other than the last one asked for
///   is skipped, since `update` would drop its result anyway.
/// - Mark writes run in order on their own queue, so a write waiting for another process's lock holds
///   up no read. Until a write is done, rows read meanwhile show it as made; a write that fails comes
///   back as `markFailed`, and `update` takes the mark back.
/// - A read whose answer depends on marks (a filtered list, where the next unread is, where a paper
///   followed went) waits a moment for the marks being written, so `u` just after `r` finds the
///   paper gone from the unread list instead of reading the list as it was.
/// - A bulk change (a whole list marked read, or put back) runs on the same queue, one transaction;
///   rows read meanwhile show it made, and its result comes back as `bulkMarked` or `bulkMarkFailed`.
/// - Papers seen are gathered while a write is under way and written together, so holding `j` down
///   is a write every few keys rather than one per key; one that fails is said once, not taken back.
final class EffectRunner: @unchecked Sendable {
    private let store: PaperStore
    private let inbox: ActionInbox
    private let faqModel: String
    private let report: @Sendable (any Error, String) -> Void
    private let reads = DispatchQueue(label: "papers-tui reads", qos: .userInitiated)
    private let searches = DispatchQueue(label: "papers-tui searches", qos: .userInitiated)
    private let wholeCounts = DispatchQueue(label: "papers-tui whole counts", qos: .userInitiated)
    private let writes = DispatchQueue(label: "papers-tui writes", qos: .userInitiated)
    private let lock = NSLock()
    private var latestList: ListQuery?
    private var outstanding = 0
    private var readsOutstanding = 0
    private var pendingMarks: [(paperID: String, change: MarkChange)] = []
    /// Bulk changes asked for and not yet written (`markAllRead`, `undoMarkAllRead`).
    private var pendingBulk: [Effect] = []
    /// Bumped by every write asked for: a count read while one was asked for and written may have
    /// read the file just before it, and is read again.
    private var writesAsked = 0
    private let writesInFlight = DispatchGroup()
    /// Seen and not yet written; `seenBatch` is the part no write has taken yet.
    private var pendingSeen: Set<String> = []
    /// Every paper this session marked seen: the reader never takes seen back, so a row read before
    /// its write was committed (and delivered after) is shown seen all the same.
    private var seenThisSession: Set<String> = []
    private var seenBatch: [String] = []
    private var seenWriteQueued = false
    private var seenFailureSaid = false
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
        switch effect {
        case .applyMark(let change, let paperID):
            write(change, paperID: paperID)
            return true
        case .markSeen(let ids):
            writeSeen(ids)
            return true
        case .markAllRead, .undoMarkAllRead:
            writeBulk(effect)
            return true
        case .saveSearch, .markSavedSearchLooked, .setWatch, .markWatchedLooked:
            writeOther(effect)
            return true
        default:
            break
        }
        guard StoreEffects.handles(effect) else { return false }
        if let query = effect.listQuery { lock.withLock { latestList = query } }
        let isBackground = effect.isPrefetch || effect.isSearchRead || effect.isWholeCount
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
        let queue = effect.isPrefetch ? DispatchQueue.global(qos: .userInitiated)
            : effect.isSearchRead ? searches : effect.isWholeCount ? wholeCounts : reads
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
        if Self.dependsOnMarks(effect) { _ = writesInFlight.wait(timeout: .now() + .milliseconds(250)) }
        if let query = effect.listQuery, lock.withLock({ latestList }) != query { return }
        let (writingAtStart, askedAtStart) = lock.withLock { (hasPendingWrites, writesAsked) }
        do {
            let actions = try StoreEffects.run(effect, store: store, faqModel: faqModel) ?? []
            inbox.post(actions.map(showingPendingMarks))
            if let query = effect.wholeCountsQuery {
                // Counts read while marks were being written may miss them: read again once written.
                let again: Bool = lock.withLock {
                    if hasPendingWrites {
                        countsToRefresh = query
                        return false
                    }
                    return writingAtStart || writesAsked != askedAtStart
                }
                if again { refreshCounts(query) }
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
            writesAsked += 1
        }
        onWriteQueue {
            var failure: Action?
            do {
                try self.store.apply(change, to: [paperID])
            } catch {
                let message = Self.failure(change, error)
                // The row shows which paper; the log, read later, names it.
                self.report(error, "\(paperID) \(message)")
                failure = .markFailed(change, paperID: paperID, message: message)
            }
            return self.lock.withLock {
                if failure != nil { self.failedWrites += 1 }
                if let index = self.pendingMarks.firstIndex(where: { $0.paperID == paperID && $0.change == change }) {
                    self.pendingMarks.remove(at: index)
                }
                return (failure, self.countsToRefreshOnceWritten())
            }
        }
    }

    private func writeBulk(_ effect: Effect) {
        lock.withLock {
            outstanding += 1
            pendingBulk.append(effect)
            writesAsked += 1
        }
        onWriteQueue {
            var result: Action?
            do {
                result = try StoreEffects.writeBulk(effect, store: self.store)
            } catch {
                let message = if case .undoMarkAllRead = effect { "still read: \(error)" } else { "nothing was marked read: \(error)" }
                self.report(error, message)
                result = .bulkMarkFailed(message)
            }
            return self.lock.withLock {
                if case .bulkMarkFailed = result { self.failedWrites += 1 }
                if let index = self.pendingBulk.firstIndex(of: effect) { self.pendingBulk.remove(at: index) }
                return (result, self.countsToRefreshOnceWritten())
            }
        }
    }

    /// A write that is not a mark (a saved search): on the write queue, so that a cache locked by
    /// another process holds up no read.
    private func writeOther(_ effect: Effect) {
        lock.withLock { outstanding += 1 }
        onWriteQueue {
            do {
                return (try StoreEffects.run(effect, store: self.store, faqModel: self.faqModel)?.first, nil)
            } catch {
                let message = "\(error)"
                self.report(error, message)
                return (.failed(message), nil)
            }
        }
    }

    private func writeSeen(_ ids: [String]) {
        let startsWrite: Bool = lock.withLock {
            pendingSeen.formUnion(ids)
            writesAsked += 1
            seenThisSession.formUnion(ids)
            seenBatch += ids
            guard !seenWriteQueued else { return false }
            seenWriteQueued = true
            outstanding += 1
            return true
        }
        guard startsWrite else { return }
        onWriteQueue {
            let batch: [String] = self.lock.withLock {
                self.seenWriteQueued = false
                defer { self.seenBatch = [] }
                return self.seenBatch
            }
            var failure: Action?
            do {
                // The opening status line has said that a read-only cache keeps no marks, seen ones included.
                if !self.store.isReadOnly { try self.store.markSeen(batch) }
            } catch {
                let message = "not saving what you have seen: \(error)"
                let first = self.lock.withLock { defer { self.seenFailureSaid = true }; return !self.seenFailureSaid }
                if first {
                    self.report(error, message)
                    failure = .seenNotSaved(message)
                }
            }
            return self.lock.withLock {
                self.pendingSeen.subtract(batch)
                return (failure, self.countsToRefreshOnceWritten())
            }
        }
    }

    /// Runs a write (counted in `outstanding` by its caller) on the write queue, in order, as a write
    /// in flight that reads depending on marks wait for; then posts what it returns and reads again
    /// the counts read while it was pending.
    private func onWriteQueue(_ work: @escaping @Sendable () -> (Action?, ListQuery?)) {
        writesInFlight.enter()
        writes.async {
            defer {
                self.writesInFlight.leave()
                self.finishOne()
            }
            let (action, refresh) = work()
            if let action { self.inbox.post(action) }
            // The counts on screen were changed row by row as the marks were given: once every write
            // is done, the list's own counts replace them (cheap for a day or the inbox; a search's
            // are read again only when they were read meanwhile).
            let settled: ListQuery? = self.lock.withLock {
                guard !self.hasPendingWrites, let latest = self.latestList else { return nil }
                if case .search = latest.scope { return nil }
                return latest
            }
            self.refreshCounts(refresh ?? settled)
        }
    }

    private static func dependsOnMarks(_ effect: Effect) -> Bool {
        switch effect {
        case .seekUnread, .seekUnreadToOpen, .locate: return true
        default:
            guard let query = effect.listQuery else { return false }
            return query.onlyUnread || query.onlyStarred || query.onlyUnseen || query.scope == .starred
        }
    }

    private var hasPendingWrites: Bool { !pendingMarks.isEmpty || !pendingSeen.isEmpty || !pendingBulk.isEmpty }

    /// Called with the lock held: the counts read while writes were pending, once none are.
    private func countsToRefreshOnceWritten() -> ListQuery? {
        guard !hasPendingWrites else { return nil }
        defer { countsToRefresh = nil }
        return countsToRefresh
    }

    private func refreshCounts(_ query: ListQuery?) {
        // Only if that list is still the one shown: asking for it would make it the latest list again.
        guard let query, lock.withLock({ latestList == query }) else { return }
        // Counted in the background: the frame shows at once the counts changed row by row as the
        // marks were given, and the list's own counts replace them when read.
        _ = submit(.loadWholeCounts(query))
    }

    /// Marks asked for and not yet written (seen ones are not counted: they are not the user's choices).
    var pendingMarkCount: Int { lock.withLock { pendingMarks.count + pendingBulk.count } }

    /// Waits until every mark asked for is written or has failed (on quitting: a star pressed just
    /// before must reach the file). Returns how many of those were not saved, failed or still waiting.
    func finishWrites(timeout: Duration) -> Int {
        let (waiting, failedBefore) = lock.withLock { (pendingMarks.count + pendingBulk.count + pendingSeen.count, failedWrites) }
        guard waiting > 0 else { return 0 }
        let done = DispatchSemaphore(value: 0)
        writes.async { done.signal() }
        _ = done.wait(timeout: .now() + timeout.seconds)
        return lock.withLock { pendingMarks.count + pendingBulk.count + failedWrites - failedBefore }
    }

    /// Runs `work` on the write queue, after every mark asked for before it, without waiting for it.
    func writeLater(_ work: @escaping @Sendable (PaperStore) -> Void) {
        let store = self.store
        writes.async { work(store) }
    }

    /// Runs `work` on the write queue, after every mark asked for before it; waits up to `timeout`.
    func writeLast(timeout: Duration, _ work: @escaping @Sendable (PaperStore) -> Void) {
        let done = DispatchSemaphore(value: 0)
        let store = self.store
        writes.async {
            work(store)
            done.signal()
        }
        _ = done.wait(timeout: .now() + timeout.seconds)
    }

    private func showingPendingMarks(_ action: Action) -> Action {
        guard case .windowLoaded(var window) = action else { return action }
        let (pending, seen, bulk) = lock.withLock { (pendingMarks, seenThisSession, pendingBulk) }
        guard !pending.isEmpty || !seen.isEmpty || !bulk.isEmpty else { return action }
        let now = Date()
        let listsRead = bulk.compactMap { if case .markAllRead(let query) = $0 { query } else { nil } }
        let undone = bulk.compactMap { (change: Effect) -> (BulkReadChange, Set<String>)? in
            if case .undoMarkAllRead(let marks) = change { (marks, Set(marks.readIDs)) } else { nil }
        }
        for index in window.rows.indices {
            for mark in pending where mark.paperID == window.rows[index].paper.id {
                window.rows[index] = window.rows[index].applying(mark.change)
            }
            if let query = window.query, listsRead.contains(query) { window.rows[index] = window.rows[index].markedAllRead(at: now) }
            for (marks, markedRead) in undone { window.rows[index] = window.rows[index].puttingBack(marks, markedRead: markedRead) }
            if window.rows[index].seenAt == nil, seen.contains(window.rows[index].paper.id) { window.rows[index].seenAt = now }
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
        case .dismiss: "not dismissed: \(error)"
        case .undismiss: "still dismissed: \(error)"
        }
    }
}
