import Foundation
import Testing
import TestSupport

@Suite("import --remove-sample, through the binary")
struct RemoveSampleTests {
    @Test("a starred sample paper stays on its day, the rest goes from lists and search, and a second run finds nothing")
    func removesAllButMarked() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        _ = try await cli.run(["star", "2604.21935"])
        _ = try await cli.run(["seen", "2604.22002"])
        #expect(try await cli.run(["search", "Cow Urine"]).stdout.contains("When Cow Urine Cures Constipation"))

        let removed = try await cli.run(["import", "--remove-sample"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout == "removed the bundled sample: 89 papers removed, 1 paper kept because starred or read\n")

        let day = try #require(try await cli.json(["list", "--date", "2026-04-27", "--json"]) as? [[String: Any]])
        #expect(day.map { $0["id"] as? String } == ["2604.21935"])
        #expect(day.first?["starred"] as? Bool == true)
        let otherDay = try await cli.run(["list", "--date", "2025-04-28"])
        #expect(otherDay.status == 1)
        #expect(otherDay.stderr.hasPrefix("papers-tui: no cached list for 2025-04-28"))
        let searched = try await cli.run(["search", "Cow Urine"])
        #expect(searched.status == 0)
        #expect(!searched.stdout.contains("Cow Urine"))
        #expect(try await cli.run(["search", "Math Takes Two"]).stdout.contains("2604.21935"))
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper;") == "1")
        #expect(try await cli.sqlite("SELECT paper_id FROM mark;") == "2604.21935")
        #expect(try await cli.sqlite("PRAGMA integrity_check;") == "ok")
        // The index checked against the paper table: sqlite3 fails on any difference.
        _ = try await cli.sqlite("INSERT INTO paper_fts(paper_fts, rank) VALUES ('integrity-check', 1);")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper_fts;") == "1")

        let again = try await cli.run(["import", "--remove-sample"])
        #expect(again.status == 0)
        #expect(again.stdout == "nothing of the bundled sample was left to remove (1 paper kept because starred or read)\n")
    }

    @Test("--sample with --remove-sample is one sentence and exit 1, and changes nothing")
    func bothFlags() async throws {
        let cli = try BinaryRunner()
        let both = try await cli.run(["import", "--sample", "--remove-sample"])
        #expect(both.status == 1)
        #expect(both.stderr == "papers-tui: --sample loads the bundled sample and --remove-sample removes it: pass one of them\n")
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }
}
