import Foundation
import Testing
import TestSupport

/// A mark given in a list filtered on marks, under tmux: the paper stays at its row until the list is
/// left, so pressing the key twice takes the mark back on the same paper and never marks the next.
@Suite("marks in a filtered list, in a real terminal (tmux)")
struct FilteredMarksTests {
    private static let day = ["--date", "2026-04-27", "-c", "cs.AI"]

    private static func ids(_ cli: BinaryRunner, _ flags: [String]) async throws -> [String] {
        let listed = try #require(try await cli.json(["list"] + day + flags + ["--json"]) as? [[String: Any]])
        return listed.compactMap { $0["id"] as? String }
    }

    @Test("s twice in the starred-only list keeps both stars; r twice in the unread-only list leaves the paper unread")
    func secondPressActsOnTheSamePaper() async throws {
        let cli = try await RealUseReaderTests.sampleCache(server: nil)
        let all = try await Self.ids(cli, [])
        try #require(all.count >= 3)
        #expect(try await cli.run(["star", all[1], all[2]]).status == 0)
        try await TmuxSession.with(try cli.readerCommand(Self.day), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "arXiv:\(all[0])v")
            try await tmux.send("*")
            try await tmux.waitFor(text: "[starred only]")
            try await tmux.waitFor(text: "arXiv:\(all[1])v")
            try await tmux.send("s")
            let unstarred = try await tmux.waitFor(text: "stays here until you leave this list")
            #expect(unstarred.contains("arXiv:\(all[1])v"), "the paper left the screen:\n\(unstarred)")
            #expect(unstarred.contains("1/2 · "), "the list still holds both:\n\(unstarred)")
            try await tmux.send("s")
            try await tmux.waitFor(text: "★ 2")
            // Leave the filter and come back: both are starred, so both are listed.
            try await tmux.send("*")
            try await tmux.waitFor(text: "showing all papers")
            try await tmux.send("u")
            try await tmux.waitFor(text: "[unread only]")
            try await tmux.send("r")
            let read = try await tmux.waitFor(text: "stays here until you leave this list")
            #expect(read.contains("arXiv:\(all[1])v"), "the selection followed the paper through the filters:\n\(read)")
            try await tmux.send("r")
            try await tmux.waitFor("unread \(all.count) again") { $0.contains("unread \(all.count)") && $0.contains("[unread only]") }
            try await tmux.send("Q")
        }
        #expect(try await Self.ids(cli, ["--starred"]) == [all[1], all[2]])
        #expect(try await Self.ids(cli, ["--unread"]) == all)
    }

    @Test("d in a day's list keeps the paper greyed where it was; once the list is left (D, D) it is hidden")
    func dismissedStaysUntilLeft() async throws {
        let cli = try await RealUseReaderTests.sampleCache(server: nil)
        let all = try await Self.ids(cli, [])
        try #require(all.count >= 3)
        try await TmuxSession.with(try cli.readerCommand(Self.day), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "arXiv:\(all[0])v")
            try await tmux.send("d")
            let dismissed = try await tmux.waitFor(text: "hidden once you leave this list")
            #expect(dismissed.contains("arXiv:\(all[0])v"), "\(dismissed)")
            #expect(dismissed.contains("1/\(all.count) · "), "\(dismissed)")
            try await tmux.send("D")
            try await tmux.waitFor(text: "[dismissed shown: 1]")
            try await tmux.send("D")
            let hidden = try await tmux.waitFor(text: "[1 dismissed hidden]")
            #expect(!hidden.contains("arXiv:\(all[0])v"), "\(hidden)")
            try await tmux.send("Q")
        }
    }
}
