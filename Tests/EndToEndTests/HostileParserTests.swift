import Foundation
import Testing
import TestSupport

/// Payloads built to crash, stall or bloat the parsers, served over loopback to the built binary:
/// each is refused or cut with one sentence and a normal exit, never a signal.
@Suite("hostile payloads for the parsers, through the binary")
struct HostileParserTests {
    /// An XML document whose root holds one element nested 40,000 deep (about 280 KB).
    static func deeplyNested(root: String) -> String {
        "<?xml version=\"1.0\"?><\(root)>" + String(repeating: "<a>", count: 40_000)
            + String(repeating: "</a>", count: 40_000) + "</\(root)>"
    }

    static func server(_ routes: ScriptedRoutes) async throws -> LoopbackServer {
        try await LoopbackServer.start { routes.respond($0) }
    }

    static func xml(_ text: String) -> LoopbackServer.Response {
        .init(status: 200, contentType: "application/xml", text)
    }

    @Test("XML nested 40,000 deep is refused with a sentence by sync (RSS, API, OAI), sync --id and open")
    func deepNesting() async throws {
        let routes = ScriptedRoutes()
        routes.on("/rss/", Self.xml(Self.deeplyNested(root: "rss")))
        routes.on("/api/query", Self.xml(Self.deeplyNested(root: "feed")))
        routes.on("/oai", Self.xml(Self.deeplyNested(root: "OAI-PMH")))
        let server = try await Self.server(routes)
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        let commands = [
            ["sync", "-c", "cs.AI"], ["sync", "-c", "cs.AI", "--from", "2026-04-27", "--to", "2026-04-27"],
            ["sync", "-c", "cs.AI", "--oai"], ["sync", "--id", "2604.21935"], ["open", "2604.21935"],
        ]
        for command in commands {
            let result = try await cli.run(command)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("sent XML nested deeper than 256 elements: refused to read it"), "\(command): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(command): \(result.stderr)")
        }
    }

    @Test("an entity of 1 MB referenced a million times is refused at once, not expanded")
    func entityExpansion() async throws {
        let feed = try Fixtures.text("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")
        let declared = feed.replacingOccurrences(
            of: "<rss ", with: "<!DOCTYPE rss [<!ENTITY big \"\(String(repeating: "x", count: 1 << 20))\">]>\n<rss ",
            options: [], range: feed.range(of: "<rss "))
        let body = declared.replacingOccurrences(
            of: "<title>Math Takes Two", with: "<title>" + String(repeating: "&big;", count: 1_000_000) + "Math Takes Two")
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI", Self.xml(body))
        let server = try await Self.server(routes)
        defer { Task { await server.stop() } }
        let started = ContinuousClock.now
        let result = try await BinaryRunner(server: server).run(["sync", "-c", "cs.AI"])
        #expect(result.status == 1)
        #expect(result.stderr == "papers-tui: arXiv's RSS feed sent XML that declares entities of its own (feeds never do): refused to read it\n")
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test("the words after an entity the feed never declared are kept")
    func undeclaredEntity() async throws {
        let body = try HostileInputTests.editedFeed { item in
            item = item.replacingOccurrences(of: "<title>Math Takes Two", with: "<title>Math &nbsp; Takes Two")
        }
        let (cli, synced) = try await HostileInputTests.sync(body)
        #expect(synced.status == 0, "\(synced.stderr)")
        let title = try #require(try await HostileInputTests.titles(cli)["2604.21935"])
        #expect(title.contains("Takes Two: A test for emergent mathematical reasoning"), "\(title)")
    }

    @Test("bidirectional marks in a title never reach the terminal")
    func bidiMarks() async throws {
        let body = try HostileInputTests.editedFeed { item in
            item = item.replacingOccurrences(of: "<title>Math Takes Two", with: "<title>Math&#x200E; Takes&#x200F; Two&#x61C;&#x2067;")
        }
        let (cli, synced) = try await HostileInputTests.sync(body)
        #expect(synced.status == 0, "\(synced.stderr)")
        for command in [["list", "--date", "2026-04-27"], ["show", "2604.21935"]] {
            let shown = try await cli.run(command)
            #expect(shown.stdout.contains("Math Takes Two"), "\(command)")
            let marks = shown.stdout.unicodeScalars.filter { [0x200E, 0x200F, 0x061C, 0x2067].contains($0.value) }
            #expect(marks.isEmpty, "\(command)")
        }
    }

    @Test("sync --oai stops with a sentence when the server sends the same resumption token again")
    func repeatedResumptionToken() async throws {
        let page = try Fixtures.text("arxiv/arxiv_oai_listrecords_arXivRaw_6records_2015.xml")
        let routes = ScriptedRoutes()
        routes.on("/oai", Self.xml(page))
        let server = try await Self.server(routes)
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        let result = try await cli.run(["sync", "-c", "cs.AI", "--oai"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the OAI-PMH server sent the resumption token of an earlier page again (page 2): stopped there"),
                "\(result.stderr)")
        #expect(server.requests.count == 2)
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper;") == "6")
    }

    @Test("venues sync stops with a sentence when pages without a count repeat")
    func repeatedVenuePage() async throws {
        let notes = (1...1000).map { OpenReviewNotes.note(String(format: "rep%07d", $0), title: "Paper \($0)", venue: "ICLR 2025 Poster") }
        let routes = ScriptedRoutes()
        routes.on("/notes", .init(status: 200, contentType: "application/json", #"{"notes": [\#(notes.joined(separator: ","))]}"#))
        let server = try await Self.server(routes)
        defer { Task { await server.stop() } }
        var cli = try BinaryRunner(server: server)
        cli.environment["PAPERS_TUI_OPENREVIEW_URL"] = server.baseURL
        let result = try await cli.run(["venues", "sync", "ICLR.2025"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("OpenReview sent only notes it had sent before at offset 1000 of ICLR.2025: stopped there"),
                "\(result.stderr)")
        #expect(server.requests.count == 2)
    }

    @Test("import refuses a folder and a device with a sentence, at once")
    func importNotAFile() async throws {
        let cli = try BinaryRunner()
        let folder = FileManager.default.temporaryDirectory.path
        for (path, reason) in [(folder, "it is a folder, not a file"), ("/dev/zero", "it is a device, not a file")] {
            let result = try await cli.run(["import", path])
            #expect(result.status == 1, "\(path): \(result.stderr)")
            #expect(result.stderr.hasPrefix("papers-tui: cannot read \(path): \(reason)"), "\(result.stderr)")
        }
        let venues = try await cli.run(["venues", "import", "/dev/zero", "--edition", "COLM.2025"])
        #expect(venues.status == 1)
        #expect(venues.stderr.hasPrefix("papers-tui: cannot read /dev/zero: it is a device"), "\(venues.stderr)")
    }

    @Test("a 20 MB line in a snapshot is skipped, said once, in bounded memory; the papers around it are kept")
    func importLongLine() async throws {
        let lines = try Fixtures.text("arxiv/kaggle_arxiv-metadata-oai-snapshot_head200.jsonl").split(separator: "\n")
        let long = #"{"id": "0704.9999", "title": "long", "comments": ""# + String(repeating: "c", count: 20 << 20) + #""}"#
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString).jsonl")
        try Data((lines[0..<2].joined(separator: "\n") + "\n" + long + "\n" + lines[2]).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var cli = try BinaryRunner()
        cli.executable = "/usr/bin/time"
        let result = try await cli.run(["-f", "peak-rss-kb %M", try BinaryRunner.binaryPath(), "import", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("imported: 3 new papers"))
        #expect(result.stderr.hasPrefix("skipped 1 line longer than 16 MB (no paper's metadata is that long)\n"), "\(result.stderr)")
        let peak = result.stderr.split(separator: "\n").last { $0.hasPrefix("peak-rss-kb ") }
            .flatMap { Int($0.dropFirst("peak-rss-kb ".count)) }
        let kilobytes = try #require(peak, "no peak RSS from /usr/bin/time: \(result.stderr)")
        #expect(kilobytes < 200_000, "peak RSS \(kilobytes) kB")
    }

    @Test("a snapshot line's 2 MB comment and 100,000 categories are cut; a NUL in its title is a space")
    func importRunawayFields() async throws {
        let categories = Array(repeating: "cs.CL", count: 100_000).joined(separator: " ") + " cs.LG"
        let line = #"{"id": "0704.9998", "title": "Graph\u0000Networks", "authors": "A. One", "abstract": "Text.", "#
            + #""categories": "\#(categories)", "comments": "\#(String(repeating: "long comment ", count: 160_000))", "#
            + #""journal-ref": "\#(String(repeating: "j", count: 100_000))", "doi": "\#(String(repeating: "d", count: 100_000))"}"#
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fields-\(UUID().uuidString).jsonl")
        try Data(line.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let cli = try BinaryRunner()
        let imported = try await cli.run(["import", file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let shown = try #require(try await cli.json(["show", "0704.9998", "--json"]) as? [String: Any])
        #expect(shown["title"] as? String == "Graph Networks")
        #expect(shown["categories"] as? [String] == ["cs.CL", "cs.LG"])
        #expect((shown["comments"] as? String)?.count == 4_000)
        #expect((shown["journal_ref"] as? String)?.count == 1_000)
        #expect((shown["doi"] as? String)?.count == 500)
    }

    @Test("a venue file that is not JSON is called not valid JSON")
    func venueFileNotJSON() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("venue-\(UUID().uuidString).json")
        try Data(#"[{"title": "cut off"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await BinaryRunner().run(["venues", "import", file.path, "--edition", "COLM.2025"])
        #expect(result.status == 1)
        #expect(result.stderr == "papers-tui: the venue file is not valid JSON (it starts like an array but does not parse): check that it is a JSON array or JSON lines\n")
    }

    @Test("search -word excludes the word, as the README says, without a `--` first")
    func searchExcludedWordFirst() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        let plain = try await cli.run(["search", "agents", "--json", "--limit", "500"])
        let excluding = try await cli.run(["search", "-math", "agents", "--json", "--limit", "500"])
        let terminated = try await cli.run(["search", "--json", "--limit", "500", "--", "-math", "agents"])
        #expect(excluding.status == 0, "\(excluding.stderr)")
        #expect(!excluding.stdout.contains("USAGE"))
        #expect(excluding.stdout == terminated.stdout)
        let all = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [[String: Any]])
        let kept = try #require(try JSONSerialization.jsonObject(with: Data(excluding.stdout.utf8)) as? [[String: Any]])
        #expect(!kept.isEmpty)
        #expect(kept.count < all.count)
        let typo = try await cli.run(["search", "agents", "--limt", "5"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("search has no option --limt"))
    }

    @Test("a query of one word typed 24,000 times is refused at once with a sentence")
    func hugeQuery() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        let started = ContinuousClock.now
        // One argument (at most 128 KB on Linux): ArgumentParser itself takes minutes over 24,000 arguments.
        let result = try await cli.run(["search", Array(repeating: "ai", count: 24_000).joined(separator: " ")])
        #expect(result.status == 1)
        #expect(result.stderr == "papers-tui: a search is at most 1000 characters long: shorten it\n")
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}
