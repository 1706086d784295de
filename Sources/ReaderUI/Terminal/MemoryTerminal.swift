import Foundation

/// A terminal in memory: keys are handed to it from another thread, frames are kept. The reader's
/// own runtime draws into it, so a test or the benchmark sees exactly what a user would, without
/// ncurses.
public final class MemoryTerminal: Terminal, @unchecked Sendable {
    private let condition = NSCondition()
    private var keys: [Key] = []
    /// The last frames drawn (a long run keeps only these), and how many were drawn in all.
    private var frames: [ScreenBuffer] = []
    private var framesDrawn = 0
    private static let framesKept = 4
    private var keysRead = 0
    /// How many keys had been read when the runtime last settled with none waiting (-1: not yet):
    /// idle, and with the frame's own reads done.
    private var idleAfterKeys = -1
    private var shownAfterKeys = -1
    /// When the runtime read the last key, and how long after it came its first frame, the frame that
    /// shows it, and the end of all the work it started: measured on the reader's own thread, so a
    /// benchmark's figures hold no hand-over to the thread that sends the keys.
    private var keyReadAt: ContinuousClock.Instant?
    private var latencies = KeyLatencies()
    private let width: Int
    private let height: Int
    /// A byte per key handed over, so `readKey` can wait on the keys and the runtime's wake at once.
    private let keySignal: (read: Int32, write: Int32)
    public private(set) var clipboard: [String] = []
    public let colors: Int

    public init(width: Int, height: Int, colors: Int = 256) {
        self.width = width
        self.height = height
        self.colors = colors
        var descriptors: [Int32] = [0, 0]
        precondition(pipe(&descriptors) == 0, "no pipe for the memory terminal")
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        keySignal = (descriptors[0], descriptors[1])
    }

    deinit {
        close(keySignal.read)
        close(keySignal.write)
    }

    // MARK: What the runtime calls

    public func start() {}
    public func stop() {}

    public var size: (width: Int, height: Int) { (width, height) }

    public func draw(_ frame: ScreenBuffer) {
        condition.withLock {
            if let keyReadAt, latencies.firstFrame == nil { latencies.firstFrame = ContinuousClock.now - keyReadAt }
            keep(frame)
            condition.broadcast()
        }
    }

    private func keep(_ frame: ScreenBuffer) {
        frames.append(frame)
        framesDrawn += 1
        if frames.count > Self.framesKept { frames.removeFirst(frames.count - Self.framesKept) }
    }

    public func readKey(milliseconds: Int, wakeDescriptor: Int32) -> Key? {
        if let key = nextKey() { return key }
        var descriptors = [pollfd(fd: keySignal.read, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        guard poll(&descriptors, 2, Int32(milliseconds)) > 0 else { return nil }
        return nextKey()
    }

    /// Its size is fixed.
    public func takeResize() -> Bool { false }

    public func invalidate() {}

    public func suspend() {}

    public func resume() {}

    public func copyToClipboard(_ text: String) {
        condition.withLock { clipboard.append(text) }
    }

    public func settled(_ frame: ScreenBuffer, idle: Bool) {
        condition.withLock {
            // The frame was drawn already (the runtime draws every frame that changes).
            if keys.isEmpty {
                let since = keyReadAt.map { ContinuousClock.now - $0 }
                if shownAfterKeys < keysRead { latencies.shown = since }
                shownAfterKeys = keysRead
                if idle {
                    if idleAfterKeys < keysRead { latencies.idle = since }
                    idleAfterKeys = keysRead
                }
            }
            condition.broadcast()
        }
    }

    private func nextKey() -> Key? {
        var byte: UInt8 = 0
        while read(keySignal.read, &byte, 1) > 0 {}
        return condition.withLock {
            guard !keys.isEmpty else { return nil }
            keysRead += 1
            keyReadAt = ContinuousClock.now
            latencies = KeyLatencies()
            return keys.removeFirst()
        }
    }

    // MARK: What the test calls

    /// Hands keys to the reader; they are read in order.
    public func send(_ newKeys: Key...) {
        send(newKeys)
    }

    public func send(_ newKeys: [Key]) {
        condition.withLock { keys += newKeys }
        var byte: UInt8 = 1
        _ = write(keySignal.write, &byte, 1)
    }

    /// The timings of the last key read (nil: not reached yet).
    public var lastKeyLatencies: KeyLatencies { condition.withLock { latencies } }

    /// How many frames have been drawn so far.
    public var drawnCount: Int { condition.withLock { framesDrawn } }

    public var lastFrame: ScreenBuffer? { condition.withLock { frames.last } }

    /// Waits until the reader has read every key sent and has nothing outstanding (not even a
    /// prefetch, a search or a write), and returns the frame it shows then; nil after `timeout`.
    @discardableResult
    public func waitUntilSettled(timeout: Duration = .seconds(10)) -> ScreenBuffer? {
        let sent = condition.withLock { keysRead + keys.count }
        return waitFor(timeout: timeout) { $0.idleAfterKeys >= sent }
    }

    /// Waits until the reader has read every key sent and drawn the frame that shows what they asked
    /// for: the reads that frame waits for are done (prefetches, searches and writes may still run).
    @discardableResult
    public func waitUntilShown(timeout: Duration = .seconds(10)) -> ScreenBuffer? {
        let sent = condition.withLock { keysRead + keys.count }
        return waitFor(timeout: timeout) { $0.shownAfterKeys >= sent }
    }

    /// Waits for a frame drawn after the first `count` frames (of those still kept) that satisfies `accept`.
    public func waitForFrame(after count: Int, timeout: Duration = .seconds(10),
                             where accept: (ScreenBuffer) -> Bool = { _ in true }) -> ScreenBuffer? {
        let deadline = Date().addingTimeInterval(timeout.seconds)
        condition.lock()
        defer { condition.unlock() }
        while true {
            let firstKept = framesDrawn - frames.count
            if framesDrawn > count, let match = frames[max(0, count - firstKept)...].last(where: accept) { return match }
            guard condition.wait(until: deadline) else { return nil }
        }
    }

    private func waitFor(timeout: Duration, _ done: (MemoryTerminal) -> Bool) -> ScreenBuffer? {
        let deadline = Date().addingTimeInterval(timeout.seconds)
        condition.lock()
        defer { condition.unlock() }
        while !done(self) {
            guard condition.wait(until: deadline) else { return nil }
        }
        return frames.last
    }
}

/// How long after the runtime read a key it drew its first frame, the frame that shows what the key
/// asked for, and finished all the work the key started.
public struct KeyLatencies: Sendable {
    public var firstFrame: Duration?
    public var shown: Duration?
    public var idle: Duration?
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
