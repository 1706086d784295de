import Foundation

/// Actions coming back from work done off the key loop, handed to it in order. Posting one writes a
/// byte to a pipe, so the loop, waiting for a key, wakes at once to show the result.
final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []
    private let pipeEnds: (read: Int32, write: Int32)

    init() {
        var descriptors: [Int32] = [0, 0]
        precondition(pipe(&descriptors) == 0, "no pipe for the reader's inbox")
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        pipeEnds = (descriptors[0], descriptors[1])
    }

    deinit {
        close(pipeEnds.read)
        close(pipeEnds.write)
    }

    /// Readable while actions wait.
    var wakeDescriptor: Int32 { pipeEnds.read }

    func post(_ action: Action) {
        post([action])
    }

    func post(_ newActions: [Action]) {
        if !newActions.isEmpty { lock.withLock { actions += newActions } }
        wake()
    }

    /// Wakes the loop with nothing to hand over (work finished without a result to show).
    func wake() {
        var byte: UInt8 = 1
        // A full pipe already wakes the loop: the byte is not needed then.
        _ = write(pipeEnds.write, &byte, 1)
    }

    /// Waits up to `milliseconds` for something to be posted.
    func wait(milliseconds: Int) {
        var descriptor = pollfd(fd: pipeEnds.read, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, Int32(milliseconds))
    }

    var isEmpty: Bool { lock.withLock { actions.isEmpty } }

    func drain() -> [Action] {
        var bytes = [UInt8](repeating: 0, count: 256)
        while read(pipeEnds.read, &bytes, bytes.count) > 0 {}
        return lock.withLock {
            defer { actions = [] }
            return actions
        }
    }
}
