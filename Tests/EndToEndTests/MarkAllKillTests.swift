import Foundation
import ReaderStore
import Testing
import TestSupport

/// `A` then `y` on a day of thousands of papers, and the reader killed with SIGKILL while it writes:
/// the cache is sound and holds every read mark of the day or none.
@Suite("kill -9 during A in a real terminal (tmux)")
struct MarkAllKillTests {
    static let day = "2026-04-27"
    static let paperCount = 6_000

    /// The recorded cs.LG feed with its first item repeated `count` times under fresh ids.
    static func largeFeed(count: Int) throws -> DailyFeed {
        let recorded = try Fixtures.text("arxiv/arxiv_rss_cs.LG_2026-04-27_trimmed.xml")
        guard let start = recorded.range(of: "<item>"), let end = recorded.range(of: "</item>", range: start.upperBound..<recorded.endIndex),
              let channelEnd = recorded.range(of: "</channel>", options: .backwards)
        else { throw RunnerError("the cs.LG fixture has no <item>") }
        let item = String(recorded[start.lowerBound..<end.upperBound])
        var xml = String(recorded[..<start.lowerBound])
        for index in 0..<count {
            xml += item.replacingOccurrences(of: "2604.21952", with: String(format: "2605.%05d", index)) + "\n"
        }
        xml += String(recorded[channelEnd.lowerBound...])
        return try ArxivRSSParser.parse(Data(xml.utf8))
    }

    /// The day's counts, read by a store opened afresh on the file the killed reader left.
    static func checked(_ path: String) throws -> ListCounts {
        let store = try PaperStore(path: path)
        #expect(try store.integrityCheck() == "ok")
        return try store.counts(ListQuery(scope: .day(day)))
    }

    /// Runs the reader on the day, answers `A` with `y`, and kills it `delay` after the `y` (nil: lets
    /// it finish and quit instead). Returns how long the `y` took to be written when it was let finish.
    static func markAll(_ cli: BinaryRunner, killAfter delay: Duration?) async throws -> Duration {
        let pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).pid").path
        defer { try? FileManager.default.removeItem(atPath: pidFile) }
        // exec: the pid written is the reader's own, not a shell's.
        let command = "echo $$ > '\(pidFile)'; exec " + (try cli.readerCommand(["--date", day]))
        let session = try await TmuxSession.start(command, width: 120, height: 40)
        do {
            try await session.waitFor(text: "1/\(paperCount) · seen 1 ·", seconds: 20)
            try await session.send("A")
            try await session.waitFor(text: "read? y/n")
            let pid = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
            let started = ContinuousClock.now
            try await session.send("y")
            if let delay {
                try await Task.sleep(for: delay)
                kill(pid, SIGKILL)
                // Gone once tmux has reaped it.
                let deadline = Date().addingTimeInterval(10)
                while kill(pid, 0) == 0, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
                #expect(kill(pid, 0) != 0, "the reader outlived SIGKILL")
            } else {
                try await session.waitFor(text: "marked \(paperCount) papers", seconds: 30)
            }
            let elapsed = ContinuousClock.now - started
            await session.kill()
            return elapsed
        } catch {
            await session.kill()
            throw error
        }
    }

    @Test("A, y, then kill -9 at moments across the write: integrity ok, and the day all read or all unread")
    func killDuringMarkAll() async throws {
        let cli = try BinaryRunner()
        do {
            // Closed before the reader starts: every check after opens the file afresh.
            let store = try PaperStore(path: cli.database)
            _ = try store.saveDailyFeed(try Self.largeFeed(count: Self.paperCount), categories: ["cs.LG"])
        }
        #expect(try Self.checked(cli.database).total == Self.paperCount)

        // Once to the end: how long the write takes here, to kill it before, during and after.
        let whole = try await Self.markAll(cli, killAfter: nil)
        #expect(try Self.checked(cli.database).unread == 0)
        var outcomes: [String] = []
        // Closer together around the middle, where the write transaction runs (the list is read first).
        for fraction in [0.0, 0.3, 0.45, 0.55, 0.65, 0.75, 0.9, 1.5] {
            _ = try await cli.sqlite("DELETE FROM mark;")
            let delay = whole * fraction
            _ = try await Self.markAll(cli, killAfter: delay)
            let counts = try Self.checked(cli.database)
            let read = counts.total - counts.unread
            #expect(counts.total == Self.paperCount)
            #expect(read == 0 || read == Self.paperCount, "killed \(delay) after y: \(read) of \(Self.paperCount) read")
            // Seen is written with the read marks: every paper then, else only what the cursor reached.
            if read == Self.paperCount { #expect(counts.seen == Self.paperCount) } else { #expect(counts.seen <= 1) }
            outcomes.append(read == 0 ? "none" : read == Self.paperCount ? "all" : "part")
        }
        // The kills fell on both sides of the commit, or nothing was tested.
        #expect(outcomes.contains("none") && outcomes.contains("all"), "\(outcomes), the whole write took \(whole)")
    }
}
