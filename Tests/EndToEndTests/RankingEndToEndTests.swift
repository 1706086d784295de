import Foundation
import Testing
import TestSupport

/// The personal ranking through the binary, on the bundled sample's real quant-ph day.
@Suite("the personal ranking from the command line")
struct RankingEndToEndTests {
    /// Five real papers on building quantum computers (compilers, qubit fabrication, control electronics,
    /// distributed machines, a superconducting device's performance).
    private let starred = ["2504.17886", "2504.18141", "2504.18173", "2504.18527", "2504.18298"]
    /// Unstarred papers of the same day on the same theme: circuit design for a quantum computer.
    private let sameTheme: Set<String> = ["2504.18334", "2504.18429", "2504.18149"]

    private func rankedDay(_ cli: BinaryRunner) async throws -> [[String: Any]] {
        try #require(try await cli.json(["list", "--date", "2025-04-28", "-c", "quant-ph", "--sort", "relevance", "--json"]) as? [[String: Any]])
    }

    @Test("cold start: it says how many stars it needs and keeps arXiv's order; with five, papers on their theme rise, each with a score and why")
    func coldStartThenRanked() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        let status = try await cli.run(["rank", "status"])
        #expect(status.stdout.contains("needs 5 more starred papers"), "\(status.stdout)")
        let arxiv = try #require(try await cli.json(["list", "--date", "2025-04-28", "-c", "quant-ph", "--json"]) as? [[String: Any]])
        let cold = try await cli.run(["list", "--date", "2025-04-28", "-c", "quant-ph", "--sort", "relevance", "--json"])
        #expect(cold.status == 0)
        #expect(cold.stderr.contains("listed in arXiv's order"), "\(cold.stderr)")
        let coldPapers = try #require(try JSONSerialization.jsonObject(with: Data(cold.stdout.utf8)) as? [[String: Any]])
        #expect(coldPapers.compactMap { $0["id"] as? String } == arxiv.compactMap { $0["id"] as? String })
        #expect(coldPapers.allSatisfy { $0["score"] == nil })

        #expect(try await cli.run(["star"] + starred).status == 0)
        let ranked = try await rankedDay(cli)
        #expect(ranked.count == arxiv.count)
        let scores = ranked.compactMap { $0["score"] as? Double }
        #expect(scores.count == ranked.count)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(ranked.allSatisfy { ($0["why"] as? String)?.isEmpty == false })
        let unstarredTop = ranked.filter { $0["starred"] as? Bool == false }.prefix(5).compactMap { $0["id"] as? String }
        #expect(!sameTheme.isDisjoint(with: unstarredTop), "\(unstarredTop)")

        let trained = try #require(try await cli.json(["rank", "status", "--json"]) as? [String: Any])
        #expect(trained["state"] as? String == "trained")
        #expect(trained["current"] as? Bool == true)
        #expect((trained["labels"] as? [String: Any])?["stars"] as? Int == 5)
        #expect(try await cli.run(["star", "2504.18334"]).status == 0)
        let stale = try #require(try await cli.json(["rank", "status", "--json"]) as? [String: Any])
        #expect(stale["current"] as? Bool == false)
        let retrained = try await cli.run(["rank", "train"])
        #expect(retrained.stdout.contains("from 6 starred"), "\(retrained.stdout)")
    }

    @Test("rank seed --author takes an author's cached papers as liked, stars nothing, and --clear takes them back")
    func seedByAuthor() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        let seeded = try await cli.run(["rank", "seed", "--author", "rodney van meter"])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        #expect(seeded.stdout.contains("seeded 5 papers"), "\(seeded.stdout)")
        #expect(try await cli.run(["list", "--starred"]).stdout.contains("Total 0"))
        let ranked = try #require(try await cli.json(["list", "--date", "2025-04-28", "-c", "quant-ph", "--sort", "relevance", "--json"]) as? [[String: Any]])
        #expect(ranked.allSatisfy { $0["score"] is Double })
        let trained = try #require(try await cli.json(["rank", "status", "--json"]) as? [String: Any])
        #expect((trained["labels"] as? [String: Any])?["stars"] as? Int == 5)
        let missing = try await cli.run(["rank", "seed", "--author", "Nobody Atall"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no cached paper lists the author"))
        #expect(try await cli.run(["rank", "seed", "--clear"]).stdout.contains("took back 5 seeds"))
        #expect(try await cli.run(["rank", "status"]).stdout.contains("needs 5 more"))
    }
}
