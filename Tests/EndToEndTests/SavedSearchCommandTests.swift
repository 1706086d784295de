import Foundation
import Testing
import TestSupport

/// Saved searches through the built binary: `search --save`, `search --saved`, `list --saved` and
/// `search --unsave`, on the bundled sample, with the day last looked at moved back in the file.
@Suite("saved searches, through the binary")
struct SavedSearchCommandTests {
    @Test("saved, listed with their new matches, looked at (nothing new after), forgotten; wrong uses are one sentence")
    func saveListForget() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        let saved = try await cli.run(["search", "--save", "my models", "model", "-quantum"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stderr.contains("saved as my models: papers-tui list --saved 'my models'"), "\(saved.stderr)")
        #expect(!saved.stdout.isEmpty)
        let none = try await cli.run(["search", "--saved"])
        #expect(none.stdout == "my models  0 new  model -quantum\n", "saved today: nothing new yet")

        // As if last looked at before the 2026-04-27 sample day was announced.
        _ = try await cli.sqlite("UPDATE saved_search SET looked_at = '2025-06-01 00:00:00.000'")
        let counted = try #require(try await cli.json(["search", "--saved", "--json"]) as? [[String: Any]])
        let fresh = try #require(counted.first?["new"] as? Int)
        #expect(fresh > 0)
        let matches = try #require(try await cli.json(["list", "--saved", "my models", "--json"]) as? [[String: Any]])
        #expect(matches.prefix(fresh).allSatisfy { $0["new"] as? Bool == true && $0["date"] as? String == "2026-04-27" })
        #expect(matches.dropFirst(fresh).allSatisfy { $0["new"] as? Bool == false })
        let looked = try await cli.run(["list", "--saved", "my models"])
        #expect(looked.stdout.hasPrefix("saved search my models: model -quantum · 0 new since"), "\(looked.stdout)")

        let wrong = try await cli.run(["list", "--saved", "nope"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("no saved search is named nope"))
        let mixed = try await cli.run(["list", "--saved", "my models", "--inbox"])
        #expect(mixed.stderr.contains("only --limit and --json go with it"))
        let badQuery = try await cli.run(["search", "--save", "bad", "sort:sideways"])
        #expect(badQuery.status != 0)
        let forgot = try await cli.run(["search", "--unsave", "my models"])
        #expect(forgot.stdout == "forgot the saved search my models\n")
        #expect(try await cli.run(["search", "--saved"]).stdout.hasPrefix("no saved searches"))
    }

    @Test("in the reader: Ctrl-S in the search line saves it, v lists it after the venues, Enter shows its matches newest first")
    func inTheReader() async throws {
        let cli = try await RealUseReaderTests.sampleCache(server: nil)
        try await TmuxSession.with(try cli.readerCommand(["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9")
            try await tmux.send("/")
            try await tmux.send("-l", "model")
            try await tmux.waitFor(text: "search: model")
            try await tmux.send("C-s")
            try await tmux.waitFor(text: "search saved as model: v lists it with its new matches")
            try await tmux.send("q")
            try await tmux.waitFor(text: "all categories · 1/9")
            try await tmux.send("v")
            let picker = try await tmux.waitFor(text: "saved search: model · new")
            #expect(picker.contains("0"), "saved just now: nothing new\n\(picker)")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "saved search model: nothing new since you last looked")
            try await tmux.waitFor(text: "search: model sort:date")
            try await tmux.send("Q")
        }
        let saved = try #require(try await cli.json(["search", "--saved", "--json"]) as? [[String: Any]])
        #expect(saved.first?["name"] as? String == "model")
    }
}
