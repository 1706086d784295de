import Foundation
import Testing
import TestSupport

/// An arXiv id or URL given to `papers-tui search` or typed into the reader's search line names that
/// paper, through the built binary on the bundled sample.
@Suite("search by arXiv id, through the binary")
struct SearchByIDCommandTests {
    @Test("search ID prints that paper (a URL too, and as JSON); an id the cache lacks says how to fetch it")
    func command() async throws {
        let cli = try await RealUseReaderTests.sampleCache(server: nil)
        let byID = try await cli.run(["search", "2604.21935"])
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(byID.stdout.contains("2604.21935"), "\(byID.stdout)")
        #expect(byID.stdout.contains("Math Takes Two"), "\(byID.stdout)")
        #expect(byID.stdout.split(separator: "\n").count == 1, "one paper, not a search for its digits:\n\(byID.stdout)")
        let byURL = try await cli.run(["search", "https://arxiv.org/abs/2604.21935v1"])
        #expect(byURL.stdout == byID.stdout)
        let json = try #require(try await cli.json(["search", "2604.21935", "--json"]) as? [[String: Any]])
        #expect(json.map { $0["id"] as? String } == ["2604.21935"])

        let missing = try await cli.run(["search", "2411.99999"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("2411.99999 is not in the cache: papers-tui open 2411.99999 fetches it"),
                "\(missing.stderr)")
        #expect(try await cli.run(["search", "2411.99999", "--json"]).status != 0)
        #expect(try await cli.run(["search", "2604.21935", "--limit", "0"]).status != 0)
        // The same paper twice (with and without its version) is printed once.
        #expect(try await cli.run(["search", "2604.21935", "2604.21935v1"]).stdout == byID.stdout)
        let some = try await cli.run(["search", "2604.21935", "2411.99999"])
        #expect(some.status == 0)
        #expect(some.stdout.contains("Math Takes Two"))
        #expect(some.stderr.contains("2411.99999 is not in the cache"))
    }

    @Test("in the reader: the id typed into / shows its paper and says Enter opens it; Enter does")
    func reader() async throws {
        let cli = try await RealUseReaderTests.sampleCache(server: nil)
        try await TmuxSession.with(try cli.readerCommand(["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9")
            try await tmux.send("/")
            try await tmux.send("-l", "2604.21935")
            let shown = try await tmux.waitFor(text: "a paper id: Enter opens it, from arXiv if not cached")
            // The list is that paper alone, titled by its id (the day's first paper is the same one).
            #expect(shown.contains("papers-tui · 2604.21935 · 1/1 paper"), "\(shown)")
            #expect(shown.contains("Math Takes Two"), "\(shown)")
            try await tmux.send("Enter")
            let opened = try await tmux.waitFor(text: "opened · 1 paper")
            #expect(opened.contains("Although language models demonstrate"), "\(opened)")
            // Opened as : opens a paper: the keys now scroll its abstract.
            #expect(opened.contains("↓ 15 more (j/k)"), "\(opened)")
        }
    }
}
