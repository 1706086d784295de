import Foundation
import Testing
import TestSupport

@Suite("open, related and export through the binary")
struct FindingTests {
    @Test("open: ids and URLs together; the ones not cached come from one API request and are kept")
    func open() async throws {
        let routes = ScriptedRoutes()
        routes.on("/api/query", .init(status: 200, headers: [("Content-Type", "application/atom+xml")],
                                      body: try Fixtures.data("arxiv/arxiv_api_query_au-del_maestro_10entries_2016classic.xml")))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        let opened = try #require(try await cli.json([
            "open", "https://huggingface.co/papers/2604.21935", "1201.4869", "https://arxiv.org/abs/cond-mat/0412498v1", "--json",
        ]) as? [[String: Any]])
        #expect(opened.compactMap { $0["id"] as? String } == ["2604.21935", "1201.4869", "cond-mat/0412498"])
        let requests = server.requests.filter { $0.path == "/api/query" }
        #expect(requests.count == 1)
        #expect(requests.first?.query["id_list"] == "1201.4869,cond-mat/0412498")
        let again = try await cli.run(["open", "1201.4869"])
        #expect(again.status == 0)
        #expect(server.requests.filter { $0.path == "/api/query" }.count == 1)
        let bad = try await cli.run(["open", "not-a-paper"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("papers-tui: 'not-a-paper' is not a paper reference: expected an arXiv id"))
    }

    @Test("related: the terms used and the papers, the paper itself left out")
    func related() async throws {
        let cli = try BinaryRunner()
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        let related = try #require(try await cli.json(["related", "2604.21953", "--json", "--limit", "5"]) as? [String: Any])
        let terms = try #require(related["terms"] as? [String])
        #expect(terms.contains("anomaly"))
        let papers = try #require(related["papers"] as? [[String: Any]])
        #expect(papers.count == 5)
        #expect(!papers.contains { $0["id"] as? String == "2604.21953" })
        #expect(papers.allSatisfy { ($0["score"] as? Double ?? 0) > 0 })
    }

    @Test("export: BibTeX read back by a real BibTeX parser (bibtexparser), RIS, CSV and JSON of the stars")
    func export() async throws {
        let cli = try BinaryRunner()
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        let stars = ["2604.21935", "2604.30001", "2604.21953", "2504.18264"]
        let marked = try await cli.run(["star"] + stars)
        #expect(marked.status == 0)
        let folder = URL(fileURLWithPath: cli.database).deletingLastPathComponent()
        let bibFile = folder.appendingPathComponent("stars.bib").path
        let written = try await cli.run(["export", "--format", "bibtex", "-o", bibFile])
        #expect(written.status == 0, "export failed: \(written.stderr)")
        var python = cli
        python.executable = "/usr/bin/python3"
        let script = """
            import bibtexparser, json, sys
            with open(sys.argv[1]) as f:
                db = bibtexparser.load(f)
            print(json.dumps([{k: e.get(k) for k in ("ID", "ENTRYTYPE", "eprint", "archiveprefix", "primaryclass", "title", "author", "year")} for e in db.entries]))
            """
        let parsed = try await python.run(["-c", script, bibFile])
        #expect(parsed.status == 0, "bibtexparser failed: \(parsed.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String: Any]])
        let known = Set(["2604.21935", "2604.21953", "2504.18264"])
        #expect(Set(entries.compactMap { $0["eprint"] as? String }) == known)
        #expect(entries.allSatisfy { $0["ENTRYTYPE"] as? String == "misc" && $0["archiveprefix"] as? String == "arXiv" })
        #expect(Set(entries.compactMap { $0["ID"] as? String }).count == entries.count)
        let math = try #require(entries.first { $0["eprint"] as? String == "2604.21935" })
        #expect(math["ID"] as? String == "cooper2026math")
        #expect(math["primaryclass"] as? String == "cs.AI")
        #expect(math["author"] as? String == "Michael Cooper and Samuel Cooper")
        #expect(math["year"] as? String == "2026")

        let ris = try await cli.run(["export", "--format", "ris"])
        #expect(ris.stdout.components(separatedBy: "TY  - UNPB").count - 1 == 3)
        #expect(ris.stdout.components(separatedBy: "ER  - ").count - 1 == 3)
        let csv = try await cli.run(["export", "--format", "csv", "--query", "anomaly"])
        let rows = csv.stdout.split(separator: "\n")
        #expect(rows.first?.hasPrefix("id,version,title,authors") == true)
        #expect(rows.count > 2)
        let json = try #require(try await cli.json(["export", "--format", "json", "--date", "2026-04-27", "-c", "cs.AI"]) as? [[String: Any]])
        #expect(json.count == 3)
        let unknown = try await cli.run(["export", "--format", "docx"])
        #expect(unknown.stderr == "papers-tui: --format docx is not known: use bibtex, json, csv or ris\n")
    }
}

@Suite("search in the reader (tmux)")
struct SearchTerminalTests {
    @Test("/ narrows the list at each keystroke, Enter goes to the results and a second Enter opens the best, Esc comes back to the day")
    func searchInReader() async throws {
        let (_, command) = try await ReaderTerminalTests.sampleCache()
        try await TmuxSession.with(command, width: 130, height: 40) { tmux in
            try await tmux.waitFor(text: "/9 · seen")
            try await tmux.send("/")
            try await tmux.send("q", "u", "a", "n")
            // The search is read off the key loop: the title says "searching…" until its count arrives.
            let wide = try await tmux.waitFor("the results of quan*") { $0.contains("search: quan*") && $0.contains("results") }
            try await tmux.send("t", "u", "m", " ", "a", "n", "n", "e", "a")
            let narrow = try await tmux.waitFor("the results of quantum annea*") {
                $0.contains("search: quantum annea*") && ($0.contains("results") || $0.contains("result "))
            }
            let count = { (screen: String) -> Int? in
                screen.split(separator: "\n").first.flatMap { line in
                    // `1/73 results`: the count after the cursor's place.
                    line.components(separatedBy: " · ").first { $0.hasSuffix("results") || $0.hasSuffix("result") }
                        .flatMap { Int($0.split(separator: " ")[0].split(separator: "/").last ?? "") }
                }
            }
            let wideCount = try #require(count(wide))
            let narrowCount = try #require(count(narrow))
            #expect(narrowCount < wideCount)
            #expect(narrowCount >= 1)
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "Enter opens a paper, n/N the next/previous hit")
            try await tmux.send("Enter")
            let opened = try await tmux.waitFor("the first hit open") { $0.contains("abs https://arxiv.org/abs/") }
            #expect(opened.lowercased().contains("anneal"))
            try await tmux.send("q")
            try await tmux.send("Escape")
            try await tmux.waitFor(text: "/9 · seen")
        }
    }
}

@Suite("the benchmark harness (a smoke run, not a timing)")
struct BenchmarkHarnessTests {
    @Test("papers-bench generates a cache through the store and measures every figure on it")
    func smoke() async throws {
        let tui = try BinaryRunner.binaryPath()
        let bench = URL(fileURLWithPath: tui).deletingLastPathComponent().appendingPathComponent("papers-bench").path
        var runner = try BinaryRunner()
        runner.executable = bench
        let db = URL(fileURLWithPath: runner.database).deletingLastPathComponent().appendingPathComponent("bench.sqlite").path
        let generated = try await runner.run(["generate", "--papers", "3000", "--db", db, "--seed", "7"])
        #expect(generated.status == 0, "generate failed: \(generated.stderr)")
        var cli = runner
        cli.executable = tui
        let days = try #require(try await cli.json(["list", "--db", db, "--json", "--limit", "5000"]) as? [[String: Any]])
        #expect(days.count == 1_500)
        let result = try await runner.run(["run", "--db", db, "--repetitions", "2", "--ingest", "300", "--binary", tui, "--json"])
        #expect(result.status == 0, "run failed: \(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["papers"] as? Int == 3000)
        #expect(((report["startup"] as? [String: Any])?["count"] as? Int) == 2)
        let keys = try #require((report["browse"] as? [String: Any])?["keys"] as? [[String: Any]])
        #expect(keys.contains { $0["name"] as? String == "j (down)" })
        #expect((report["ingest"] as? [String: Double])?.count == 4)
        #expect((report["bytesPerPaper"] as? Double ?? 0) > 500)
    }
}
