import Foundation
import Testing
import TestSupport

/// The built reader under tmux while the sqlite3 shell holds the cache's write lock, as a long
/// `import` does between its transactions.
@Suite("the reader while another process holds the cache's write lock (tmux, sqlite3)")
struct LockedCacheReaderTests {
    @Test("sqlite3 holds BEGIN EXCLUSIVE for 5 s: s, j, j show at once, and the star is in the file after")
    func keysWhileLocked() async throws {
        let (cli, command) = try await ReaderTerminalTests.sampleCache()
        try await TmuxSession.with(command, width: 130, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            let script = "BEGIN EXCLUSIVE;\nUPDATE paper SET title = title WHERE rowid = 1;\n.shell sleep 5\nCOMMIT;\n"
            async let holder = cli.tool(["sh", "-c", "printf '%s' \"$0\" | sqlite3 \"$1\"", script, cli.database])
            // The lock is taken when another writer is refused at once.
            var locked = false
            for _ in 0..<100 where !locked {
                locked = (try? await cli.tool(["sqlite3", "-cmd", ".timeout 0", cli.database, "BEGIN IMMEDIATE; ROLLBACK;"])) == nil
                if !locked { try await Task.sleep(for: .milliseconds(20)) }
            }
            try #require(locked, "sqlite3 never took the write lock")
            let started = ContinuousClock.now
            try await tmux.send("s")
            let starred = try await tmux.waitFor(text: "★ 1", seconds: 2)
            try await tmux.send("j", "j")
            _ = try await tmux.waitFor("the cursor two rows down", seconds: 2) { screen in
                screen != starred && screen.contains("★ 1")
            }
            // Everything above was drawn while the lock was held.
            #expect(ContinuousClock.now - started < .seconds(4))
            #expect(try await cli.sqlite("SELECT count(*) FROM mark WHERE starred_at IS NOT NULL") == "0")
            _ = try await holder
            var saved = ""
            for _ in 0..<100 where saved != "1" {
                saved = try await cli.sqlite("SELECT count(*) FROM mark WHERE starred_at IS NOT NULL")
                if saved != "1" { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(saved == "1", "the star never reached the file")
            try await tmux.send("q")
        }
        let list = try #require(try await cli.json(["list", "--starred", "--json"]) as? [[String: Any]])
        #expect(list.count == 1)
    }
}
