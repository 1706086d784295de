import Foundation
import ReaderStore

/// Runs the reads of searches one at a time, off the key loop, and skips a read whose search is no
/// longer the latest asked for: typing asks for a search per keystroke, and a one-word search can
/// take a second on a large cache, so only the last query's reads are worth running.
final class SearchReads: @unchecked Sendable {
    private let queue = DispatchQueue(label: "papers-tui search", qos: .userInitiated)
    private let lock = NSLock()
    private var latest: ListQuery?

    func run(_ effect: Effect, store: PaperStore, inbox: ActionInbox) {
        guard let query = effect.listQuery else { return }
        lock.withLock { latest = query }
        queue.async {
            guard self.lock.withLock({ self.latest }) == query else { return }
            inbox.postResults(of: effect, store: store)
        }
    }
}
