import Foundation
import ReaderStore

/// Asks the cache twice a second, off the key loop, whether another process changed lists or
/// marks (`ChangeWatch`: one `PRAGMA data_version`, no table read), and posts `storeChanged` when
/// one did, so a second reader shows marks made elsewhere within a second.
final class ChangeWatcher: @unchecked Sendable {
    private let timer: DispatchSourceTimer

    init?(store: PaperStore, inbox: ActionInbox, interval: Duration = .milliseconds(500)) {
        guard let watch = store.makeChangeWatch() else { return nil }
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "papers-tui change watch", qos: .utility))
        let milliseconds = Int(interval / .milliseconds(1))
        timer.schedule(deadline: .now() + .milliseconds(milliseconds), repeating: .milliseconds(milliseconds))
        timer.setEventHandler {
            // A failed look (the file locked for an instant) is tried again at the next tick.
            if (try? watch.check()) == true { inbox.post(.storeChanged) }
        }
        timer.resume()
    }

    func stop() {
        timer.cancel()
    }
}
