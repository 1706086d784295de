import Foundation
import Testing
import TestSupport

/// `A`, `U` and `n` in the paper view, in a real terminal over the bundled sample.
@Suite("marking a whole list read in a real terminal (tmux)")
struct BulkKeysTests {
    static func readFlags(_ cli: BinaryRunner) async throws -> [Bool] {
        let list = try #require(try await cli.json(["list", "--date", "2026-04-27", "--json"]) as? [[String: Any]])
        return list.map { $0["read"] as? Bool == true }
    }

    @Test("A then n changes nothing; A then y: unread 0, in the file too; U: unread 9 again, and unseen again but the first")
    func markAllAndUndo() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1 · ★ 0 · unread 9")
            try await tmux.send("A")
            try await tmux.waitFor(text: "mark all 9 papers of 2026-04-27 · all categories read? y/n")
            try await tmux.send("n")
            try await tmux.waitFor(text: "cancelled: no paper of 2026-04-27 · all categories was marked read")
            #expect(try await tmux.capture().contains("unread 9"))
            try await tmux.send("A")
            try await tmux.waitFor(text: "read? y/n")
            try await tmux.send("y")
            try await tmux.waitFor(text: "1/9 · seen 9 · ★ 0 · unread 0")
            try await tmux.waitFor(text: "marked 9 papers of 2026-04-27 · all categories read (U puts them back)")
            #expect(try await Self.readFlags(cli) == Array(repeating: true, count: 9))
            #expect(try await cli.run(["list", "--inbox"]).stdout.contains("Total 50 "))
            try await tmux.send("U")
            // Seen before A: only the paper the cursor stood on.
            try await tmux.waitFor(text: "1/9 · seen 1 · ★ 0 · unread 9")
            try await tmux.waitFor(text: "put 9 papers of 2026-04-27 · all categories back as unread")
            #expect(try await Self.readFlags(cli) == Array(repeating: false, count: 9))
            let unseen = try #require(try await cli.json(["list", "--date", "2026-04-27", "--unseen", "--json"]) as? [[String: Any]])
            #expect(unseen.count == 8)
            #expect(try await cli.run(["list", "--inbox"]).stdout.contains("Total 58 "))
            try await tmux.send("U")
            try await tmux.waitFor(text: "nothing to undo")
            try await tmux.send("q")
            try await tmux.waitFor(text: "EXITED-0")
        }
    }

    @Test("U puts back only what A marked: a paper read before stays read")
    func undoKeepsEarlierReads() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1 · ★ 0 · unread 9")
            try await tmux.send("j", "r")
            try await tmux.waitFor(text: "2/9 · seen 2 · ★ 0 · unread 8")
            try await tmux.send("A")
            try await tmux.waitFor(text: "read? y/n")
            try await tmux.send("y")
            try await tmux.waitFor(text: "marked 8 papers of")
            try await tmux.waitFor(text: "unread 0")
            // Reached after A, the third paper stays seen: the user has seen it.
            try await tmux.send("j")
            try await tmux.waitFor(text: "3/9 · seen 9 · ★ 0 · unread 0")
            try await tmux.send("U")
            try await tmux.waitFor(text: "3/9 · seen 3 · ★ 0 · unread 8")
            try await tmux.send("q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        #expect(try await Self.readFlags(cli) == [false, true] + Array(repeating: false, count: 7))
    }

    @Test("in the full-width paper view n opens the next unread paper, marked read; the ones passed stay as they were")
    func nextInPaperView() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2026-04-27"]), width: 80, height: 24) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1 · ★ 0 · unread 9")
            // Read the second paper from the list, then open the first: n skips the second.
            try await tmux.send("j", "r", "k")
            try await tmux.waitFor(text: "1/9 · seen 2 · ★ 0 · unread 8")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "1/9 · seen 2 · ★ 0 · unread 7")
            try await tmux.send("n")
            try await tmux.waitFor(text: "3/9 · seen 3 · ★ 0 · unread 6")
            try await tmux.send("q")
            try await tmux.waitFor(text: "3/9 · seen 3 · ★ 0 · unread 6")
            try await tmux.send("q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        #expect(try await Self.readFlags(cli) == [true, true, true] + Array(repeating: false, count: 6))
    }
}
