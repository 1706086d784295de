import Foundation
import Testing
import TestSupport

/// "Not interested" through the built binary: the commands, every `--json`, and `d` / `D` in a real
/// terminal (tmux) over the bundled sample, with a second process reading the same cache.
@Suite("dismissed papers, through the binary")
struct DismissCommandTests {
    static func papers(_ cli: BinaryRunner, _ arguments: [String]) async throws -> [[String: Any]] {
        try #require(try await cli.json(arguments) as? [[String: Any]])
    }

    @Test("dismiss leaves papers out of list and says so; --dismissed lists them; undismiss puts them back; stars stay")
    func dismissAndUndismiss() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        _ = try await cli.run(["star", "2604.21935"])
        let dismissed = try await cli.run(["dismiss", "2604.21935", "https://arxiv.org/abs/2604.21936"])
        #expect(dismissed.status == 0, "\(dismissed.stderr)")
        #expect(dismissed.stdout == "dismissed 2 papers\n")
        #expect(dismissed.stderr.isEmpty)
        let uncached = try await cli.run(["dismiss", "2605.00001"])
        #expect(uncached.stderr.contains("note: not in the cache yet"))

        let listed = try await Self.papers(cli, ["list", "--json"])
        #expect(listed.count == 7)
        #expect(listed.allSatisfy { $0["dismissed"] as? Bool == false && $0["dismissed_at"] == nil })
        let header = try await cli.run(["list"])
        #expect(header.stdout.hasPrefix("2026-04-27 · Total 7 · ★ 0 · unread 7 · 2 dismissed left out (--dismissed lists them)"))

        let only = try await Self.papers(cli, ["list", "--dismissed", "--json"])
        #expect(Set(only.compactMap { $0["id"] as? String }) == ["2604.21935", "2604.21936"])
        #expect(only.allSatisfy { $0["dismissed"] as? Bool == true && $0["dismissed_at"] is String })
        #expect(only.first { $0["id"] as? String == "2604.21935" }?["starred"] as? Bool == true)
        #expect(try await Self.papers(cli, ["list", "--date", "2026-04-27", "--dismissed", "--json"]).count == 2)
        // Asked for by name, a dismissed paper is there, and says so.
        let shown = try #require(try await cli.json(["show", "2604.21935", "--json"]) as? [String: Any])
        #expect(shown["dismissed"] as? Bool == true)
        #expect(shown["starred"] as? Bool == true)
        #expect(try await Self.papers(cli, ["search", "--json", "Math Takes Two"]).first?["dismissed"] as? Bool == true)
        #expect(try await Self.papers(cli, ["list", "--starred", "--json"]).map { $0["id"] as? String } == ["2604.21935"])

        let undismissed = try await cli.run(["undismiss", "2604.21935", "2604.21936"])
        #expect(undismissed.stdout == "undismissed 2 papers\n")
        let back = try await Self.papers(cli, ["list", "--json"])
        #expect(back.count == 9)
        #expect(back.allSatisfy { $0["dismissed"] as? Bool == false })
        #expect(back.first { $0["id"] as? String == "2604.21935" }?["starred"] as? Bool == true)
        #expect(try await Self.papers(cli, ["list", "--dismissed", "--json"]).isEmpty)
        #expect(try await cli.run(["list", "--dismissed", "--starred"]).status != 0)
    }

    @Test("d greys the paper where it is, in the file too, another process's dismissal hides one; D shows them with ✗, d takes one back")
    func dismissKeys() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1 · ★ 0 · unread 9")
            try await tmux.send("j")
            try await tmux.waitFor(text: "2/9 · seen 2")
            let second = try #require(try await Self.papers(cli, ["list", "--date", "2026-04-27", "--json"])[1]["id"] as? String)
            try await tmux.send("d")
            // Greyed where it was until the list is left: a second d takes it back, never dismisses the next.
            try await tmux.waitFor(text: "dismissed \(second): greyed, and hidden once you leave this list")
            try await tmux.waitFor(text: "2/9 · seen 2 · ★ 0 · unread 9 · [1 dismissed]")
            #expect(try await Self.papers(cli, ["list", "--dismissed", "--json"]).map { $0["id"] as? String } == [second])
            // Another process's dismissal shows within a second.
            let third = try #require(try await Self.papers(cli, ["list", "--date", "2026-04-27", "--json"])[3]["id"] as? String)
            _ = try await cli.run(["dismiss", third])
            try await tmux.waitFor(text: "2/8 · seen 2 · ★ 0 · unread 8 · [2 dismissed]")
            try await tmux.send("D")
            try await tmux.waitFor(text: "[dismissed shown: 2]")
            try await tmux.waitFor(text: "/9 · seen")
            let screen = try await tmux.capture()
            #expect(screen.contains("✗"), "\(screen)")
            try await tmux.waitFor(text: "2/9 ·")
            try await tmux.send("d")
            try await tmux.waitFor(text: "\(second) is back in the lists")
            try await tmux.waitFor(text: "[dismissed shown: 1]")
            try await tmux.send("D")
            try await tmux.waitFor(text: "/8 · seen")
            try await tmux.waitFor(text: "[1 dismissed hidden]")
            try await tmux.send("q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        #expect(try await Self.papers(cli, ["list", "--dismissed", "--json"]).count == 1)
        #expect(try await Self.papers(cli, ["list", "--json"]).count == 8)
    }
}
