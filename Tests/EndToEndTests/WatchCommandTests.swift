import Foundation
import Testing
import TestSupport

/// Watch lists through the built binary: `watch`, `unwatch` and `list --watched` on the bundled
/// sample, and `W` in the reader under tmux.
@Suite("watch lists, through the binary")
struct WatchCommandTests {
    @Test("watched, listed, their papers gathered newest first with the new ones marked; wrong uses are one sentence")
    func watchListUnwatch() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        #expect(try await cli.run(["watch"]).stdout.hasPrefix("nothing watched"))
        let added = try await cli.run(["watch", "--author", "michael cooper", "--keyword", "entanglement"])
        #expect(added.stdout == "watching author michael cooper\nwatching keyword \"entanglement\"\n", "\(added.stderr)")
        #expect(try await cli.run(["watch", "--author", "Michael  COOPER"]).stdout == "already watching author Michael COOPER\n")
        let kept = try #require(try await cli.json(["watch", "--json"]) as? [[String: String]])
        #expect(kept == [["kind": "author", "value": "michael cooper"], ["kind": "keyword", "value": "entanglement"]])

        // As if last looked at before the 2026-04-27 sample day was announced.
        _ = try await cli.sqlite("UPDATE watch_looked SET looked_at = '2025-06-01 00:00:00.000'")
        let papers = try #require(try await cli.json(["list", "--watched", "--json"]) as? [[String: Any]])
        let byCooper = papers.filter { ($0["authors"] as? [String])?.contains("Michael Cooper") == true }
        #expect(byCooper.count == 1)
        #expect(byCooper.first?["new"] as? Bool == true, "announced 2026-04-27, after the day looked at")
        #expect(byCooper.first?["watched"] as? [String] == ["michael cooper"])
        let aboutEntanglement = papers.filter { ($0["watched"] as? [String])?.contains("\"entanglement\"") == true }
        #expect(aboutEntanglement.count >= 2)
        #expect(aboutEntanglement.allSatisfy { $0["new"] as? Bool == false && $0["date"] as? String == "2025-04-28" })
        #expect(papers.allSatisfy { !(($0["watched"] as? [String]) ?? []).isEmpty }, "every paper listed matches a watch")
        let dates = papers.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted(by: >), "newest first")
        let looked = try await cli.run(["list", "--watched"])
        #expect(looked.stdout.hasPrefix("watched: 1 author, 1 keyword · 0 new since"), "\(looked.stdout)")

        let mixed = try await cli.run(["list", "--watched", "--inbox"])
        #expect(mixed.status != 0)
        #expect(mixed.stderr.contains("only --limit and --json go with it"))
        let empty = try await cli.run(["watch", "--keyword", "!!"])
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("has no word in it"))
        #expect(try await cli.run(["unwatch", "--author", "MICHAEL COOPER"]).stdout == "no longer watching author MICHAEL COOPER\n")
        #expect(try await cli.run(["unwatch", "--author", "Michael Cooper"]).stdout == "was not watching author Michael Cooper\n")
        _ = try await cli.run(["unwatch", "--keyword", "entanglement"])
        let none = try await cli.run(["list", "--watched"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("nothing watched"))
    }

    @Test("in the reader: W watches the first author, ◆ marks the paper, v lists the watched papers, and it is kept")
    func inTheReader() async throws {
        let cli = try await RealUseReaderTests.sampleCache(server: nil)
        try await TmuxSession.with(try cli.readerCommand(["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9")
            try await tmux.send("W")
            try await tmux.waitFor(text: "author  Michael Cooper")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "◆ author  Michael Cooper")
            try await tmux.send("Escape")
            let marked = try await tmux.waitFor(text: "◆ Watching: Michael Cooper")
            #expect(marked.contains("1◆"), "\(marked)")
            try await tmux.send("v")
            try await tmux.waitFor(text: "watched: 1 author · new")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "watched 1 author: nothing new since you last looked")
            let list = try await tmux.waitFor(text: "1/1")
            #expect(list.contains("Math Takes Two"), "\(list)")
            try await tmux.send("Q")
        }
        let kept = try #require(try await cli.json(["watch", "--json"]) as? [[String: String]])
        #expect(kept == [["kind": "author", "value": "Michael Cooper"]])
    }
}
