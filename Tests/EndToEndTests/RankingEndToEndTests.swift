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

/// `rank seed --bibtex` with a library exported as Zotero and Google Scholar write them, over the
/// bundled sample's real quant-ph day.
@Suite("rank seed --bibtex: a reference manager's library starts the ranking")
struct RankSeedBibTeXTests {
    private let library = #"""
        @comment{Exported by Zotero}
        @article{yokomori_evaluation_2025,
            title = {Evaluation of {Distimation}'s Real-world Performance on a Superconducting Quantum Computer},
            author = {Yokomori, Hikaru and Koyama, Marii},
            journal = {arXiv preprint arXiv:2504.18141},
            year = {2025},
        }
        @misc{lang2025advancing,
              title={Advancing Superconducting Qubits: {CMOS}-Compatible Processing and Room Temperature Characterization for Scalable Quantum Computing beyond {2D} Architectures},
              author={S. J. K. Lang and T. Mayer},
              year={2025}
        }
        @article{brandenburg2025probing,
          title = "Probing quantum phenomena",
          doi = {https://doi.org/10.1016/J.PPNP.2025.104174}
        }
        @article{brennan, title = {Classical Interfaces}, eprint = {2504.18527}, archivePrefix = {arXiv}, primaryClass = {quant-ph}}
        @inproceedings{vaswani2017attention, title = {Attention Is All You Need}, eprint = {1706.03762}, archiveprefix = {arXiv}}
        @article{broken, title = {Unclosed {brace}
        @article{atlas, title = {A cell atlas nobody cached}, eprint = {31234567}, eprinttype = {pubmed}}
        """#

    @Test("found by arXiv id, DOI and title, each counted; the rest named, the fetchable ones with the command; nothing starred")
    func seedFromLibrary() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        let folder = URL(fileURLWithPath: cli.database).deletingLastPathComponent()
        let file = folder.appendingPathComponent("library.bib")
        try library.write(to: file, atomically: true, encoding: .utf8)
        let seeded = try await cli.run(["rank", "seed", "--bibtex", file.path])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        #expect(seeded.stdout.contains("seeded 4 papers"), "\(seeded.stdout)")
        #expect(seeded.stderr.contains("6 entries, 4 in the cache (2 by arXiv id, 1 by DOI, 1 by title)"), "\(seeded.stderr)")
        #expect(seeded.stderr.contains("2 entries are not in the cache (vaswani2017attention, atlas); 1 names an arXiv id: `papers-tui open 1706.03762` fetches it"),
                "\(seeded.stderr)")
        #expect(seeded.stderr.contains("1 entry could not be read"))
        #expect(try await cli.run(["list", "--starred"]).stdout.contains("Total 0"))
        let again = try await cli.run(["rank", "seed", "--bibtex", file.path])
        #expect(again.stdout.contains("seeded 0 papers (4 seeds in all"), "\(again.stdout)")

        let notBibTeX = folder.appendingPathComponent("notes.txt")
        try "just some notes".write(to: notBibTeX, atomically: true, encoding: .utf8)
        let refused = try await cli.run(["rank", "seed", "--bibtex", notBibTeX.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("holds no BibTeX entry"))
        let missing = try await cli.run(["rank", "seed", "--bibtex", folder.appendingPathComponent("nope.bib").path])
        #expect(missing.stderr.contains("no file at"))
        let directory = try await cli.run(["rank", "seed", "--bibtex", folder.path])
        #expect(directory.stderr.contains("is a folder"))
        // The file given is only read.
        #expect(try String(contentsOf: file, encoding: .utf8) == library)
    }
}

/// `S` in a real terminal (tmux) over the bundled sample's real quant-ph day.
@Suite("S sorts the reader's list by the ranking")
struct RankingReaderTests {
    private let starred = ["2504.17886", "2504.18141", "2504.18173", "2504.18527", "2504.18298"]

    @Test("cold start says how many more stars; with five, S puts them and their theme first, says why, resumes sorted, and d pushes a paper out")
    func sortKey() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2025-04-28", "-c", "quant-ph"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/50 · seen 1 ·")
            try await tmux.send("S")
            try await tmux.waitFor(text: "[ranking: 5 more ★]")
            try await tmux.waitFor(text: "the ranking needs 5 more papers starred or opened (it has 0)")
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        #expect(try await cli.run(["star"] + starred).status == 0)
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2025-04-28", "-c", "quant-ph"]), width: 120, height: 40) { tmux in
            // The sort was kept; the ranking trains in the background and the list follows.
            try await tmux.waitFor(text: "[ranked]", seconds: 30)
            try await tmux.send("g")
            let screen = try await tmux.waitFor(text: "Why this rank:")
            let rows = screen.split(separator: "\n").map(String.init)
            // The five starred papers are the list's first five rows.
            let firstRows = rows.filter { $0.range(of: #"^ ?\d+ "#, options: .regularExpression) != nil }.prefix(5)
            #expect(firstRows.count == 5 && firstRows.allSatisfy { $0.contains("★") }, "\(screen)")
            #expect(screen.contains("1/50 ·"))
            try await tmux.send("S")
            try await tmux.waitFor(text: "[keywords: none]")
            try await tmux.send("S")
            // The title line drops the flag; the status says the order.
            _ = try await tmux.waitFor("the list back in arXiv's order") { screen in
                !screen.contains("[ranked]") && !screen.contains("[keywords") && screen.split(separator: "\n").last?.trimmingCharacters(in: .whitespaces) == "in arXiv's order"
            }
            try await tmux.send("S")
            try await tmux.waitFor(text: "[ranked]")
            try await tmux.send("j")
            try await tmux.waitFor(text: "2/50 ·")
            try await tmux.send("d")
            try await tmux.waitFor(text: "[1 dismissed]")
            // Trained again on the dismissal in the background, and the list sorted by the new model.
            try await tmux.waitFor(text: "the ranking learned from your marks", seconds: 30)
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        let status = try #require(try await cli.json(["rank", "status", "--json"]) as? [String: Any])
        #expect(status["state"] as? String == "trained")
    }
}
