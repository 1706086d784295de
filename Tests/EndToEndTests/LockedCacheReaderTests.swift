import Foundation
import Testing
import TestSupport

/// The built reader under tmux while the sqlite3 shell holds the cache's write lock, as a long
/// `import` does between its transactions.
@Suite("the reader while another process holds the cache's write lock (tmux, sqlite3)")
struct LockedCacheReaderTests {
    @Test("sqlite3 holds BEGIN EXCLUSIVE: s, j, j show at once, and the star is in the file once it lets go")
    func keysWhileLocked() async throws {
        let (cli, command) = try await ReaderTerminalTests.sampleCache()
        try await TmuxSession.with(command, width: 130, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            // Held until the test has looked (a file says when), at most 8 s: below the reader's 10 s busy timeout.
            let release = URL(fileURLWithPath: cli.database).deletingLastPathComponent().appendingPathComponent("release").path
            let wait = "i=0; while [ ! -e '\(release)' ] && [ $i -lt 160 ]; do sleep 0.05; i=$((i+1)); done"
            let script = "BEGIN EXCLUSIVE;\nUPDATE paper SET title = title WHERE rowid = 1;\n.shell \(wait)\nCOMMIT;\n"
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
            // Everything above was drawn while the lock was held, within a bound far below the busy timeout.
            #expect(ContinuousClock.now - started < .seconds(6))
            let stillLocked = (try? await cli.tool(["sqlite3", "-cmd", ".timeout 0", cli.database, "BEGIN IMMEDIATE; ROLLBACK;"])) == nil
            #expect(stillLocked, "sqlite3 let go of the lock before the screens were checked")
            #expect(try await cli.sqlite("SELECT count(*) FROM mark WHERE starred_at IS NOT NULL") == "0")
            _ = FileManager.default.createFile(atPath: release, contents: nil)
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
