import Foundation
import GRDB
import ReaderStore
import Testing
@testable import ReaderUI

/// The reader's one runtime over a real cache file and the in-memory terminal: keys in, frames out,
/// while another connection holds the cache's write lock.
@Suite("the runtime: the key loop never waits for the cache")
struct RuntimeLockTests {
    /// A cache file holding the bundled sample, and a session over it on its own thread.
    struct Running {
        let store: PaperStore
        let terminal: MemoryTerminal

        init(busyTimeout: TimeInterval = 10, width: Int = 200, height: Int = 60) throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-runtime-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            store = try PaperStore(path: folder.appendingPathComponent("papers.sqlite").path, busyTimeout: busyTimeout)
            _ = try BundledSample.load(into: store)
            let day = try store.latestDay(for: nil)
            terminal = MemoryTerminal(width: width, height: height)
            let environment = ReaderEnvironment(store: store) { _, _ in "no sync here" }
            ReaderSession(state: AppState(width: width, height: height, day: day, categories: nil),
                          environment: environment, terminal: terminal).startOnOwnThread()
            try #require(terminal.waitUntilSettled() != nil, "the reader never showed its first list")
        }

        /// Sends a key and returns the first frame drawn after it, with how long it took.
        func press(_ key: Key) throws -> (frame: ScreenBuffer, elapsed: Duration) {
            let drawn = terminal.drawnCount
            let started = ContinuousClock.now
            terminal.send(key)
            let frame = try #require(terminal.waitForFrame(after: drawn, timeout: .seconds(20)), "no frame after \(key)")
            return (frame, ContinuousClock.now - started)
        }

        func starredInFile() throws -> Int {
            guard let day = try store.latestDay(for: nil) else { return 0 }
            return try store.counts(ListQuery(scope: .day(day), onlyStarred: true)).total
        }

        func quit() { terminal.send(.control("c")) }
    }

    /// Holds the write lock from a connection of its own for `seconds`, as an import's transaction
    /// does; returns once the lock is taken.
    static func holdWriteLock(on path: String, for seconds: Double) throws -> DispatchSemaphore {
        let queue = try DatabaseQueue(path: path)
        let taken = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? queue.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "UPDATE paper SET title = title WHERE rowid = 1")
                taken.signal()
                Thread.sleep(forTimeInterval: seconds)
                try db.execute(sql: "COMMIT")
            }
            released.signal()
        }
        taken.wait()
        return released
    }

    /// The list's rows that show a star: the star stands after the row's number, within its first cells.
    static func starredRows(_ frame: ScreenBuffer) -> [Int] {
        (1..<frame.height - 2).filter { row in (0..<6).contains { frame[row, $0].text == "★" } }
    }

    /// The selected row, drawn in reverse video.
    static func selectedRow(_ frame: ScreenBuffer) -> Int? {
        (1..<frame.height - 2).first { frame[$0, 0].style.reverse }
    }

    @Test("another connection holds the write lock for 5 s: s, j, j each draw at once, and the star is in the file after")
    func keysWhileLocked() throws {
        let reader = try Running()
        defer { reader.quit() }
        #expect(try reader.starredInFile() == 0)
        let released = try Self.holdWriteLock(on: reader.store.path, for: 5)
        let star = try reader.press(.character("s"))
        let down = try reader.press(.character("j"))
        let downAgain = try reader.press(.character("j"))
        // The frames come in about a millisecond; the bound is loose for a loaded two-core machine,
        // and far below the 5 s a key waiting for the lock would take.
        for (name, press) in [("s", star), ("j", down), ("j again", downAgain)] {
            #expect(press.elapsed < .milliseconds(800), "the frame after \(name) took \(press.elapsed)")
        }
        #expect(Self.starredRows(star.frame) == [try #require(Self.selectedRow(star.frame))], "the star is not shown at once")
        #expect(Self.starredRows(downAgain.frame) == Self.starredRows(star.frame))
        #expect(Self.selectedRow(downAgain.frame) == Self.selectedRow(star.frame).map { $0 + 2 * 2 }, "two lines a paper at 200 columns")
        #expect(try reader.starredInFile() == 0, "the write should still be waiting for the lock")
        released.wait()
        let deadline = ContinuousClock.now + .seconds(10)
        while try reader.starredInFile() == 0, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try reader.starredInFile() == 1)
        let settled = try #require(reader.terminal.waitUntilSettled())
        #expect(Self.starredRows(settled) == Self.starredRows(star.frame))
    }

    @Test("a star pressed just before quitting, while another connection holds the lock, is in the file when the reader has gone")
    func starThenQuit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-runtime-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try PaperStore(path: folder.appendingPathComponent("papers.sqlite").path)
        _ = try BundledSample.load(into: store)
        let day = try #require(try store.latestDay(for: nil))
        let terminal = MemoryTerminal(width: 120, height: 30)
        let session = ReaderSession(state: AppState(width: 120, height: 30, day: day, categories: nil),
                                    environment: ReaderEnvironment(store: store) { _, _ in "" }, terminal: terminal)
        let ended = DispatchSemaphore(value: 0)
        session.startOnOwnThread { ended.signal() }
        try #require(terminal.waitUntilSettled() != nil)
        let released = try Self.holdWriteLock(on: store.path, for: 2)
        terminal.send(.character("s"), .character("Q"))
        #expect(ended.wait(timeout: .now() + 20) == .success, "the reader never ended")
        #expect(session.unsavedMarks == 0)
        #expect(try store.counts(ListQuery(scope: .day(day), onlyStarred: true)).total == 1)
        let saving = terminal.lastFrame.map { $0.textLines().joined(separator: "\n") } ?? ""
        #expect(saving.contains("saving 1 mark before quitting…"))
        released.wait()
    }

    @Test("a star whose write waits past the busy timeout is taken back, and the status line says so")
    func starTakenBack() throws {
        let reader = try Running(busyTimeout: 0.3)
        defer { reader.quit() }
        let released = try Self.holdWriteLock(on: reader.store.path, for: 3)
        let star = try reader.press(.character("s"))
        #expect(!Self.starredRows(star.frame).isEmpty)
        let takenBack = try #require(reader.terminal.waitForFrame(after: reader.terminal.drawnCount - 1, timeout: .seconds(10)) {
            $0.textLines().contains { $0.contains("not starred: another program (a papers-tui import or sync?) kept the cache") }
        }, "no sentence about the star")
        #expect(Self.starredRows(takenBack).isEmpty)
        released.wait()
        #expect(try reader.starredInFile() == 0)
        // The next star, with the lock gone, is kept.
        _ = try reader.press(.character("s"))
        reader.terminal.waitUntilSettled()
        #expect(try reader.starredInFile() == 1)
    }
}
