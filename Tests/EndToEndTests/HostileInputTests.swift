import Foundation
import Testing
import TestSupport

/// Feeds a server could send by mistake or on purpose, through the built binary: what can be kept
/// is kept, what cannot is skipped or refused with one sentence, and nothing reaches the terminal raw.
@Suite("hostile and broken input through the binary")
struct HostileInputTests {
    /// The recorded cs.AI day with one item changed by `edit` (its id, 2604.21935, stays unless edited).
    static func editedFeed(_ edit: (inout String) -> Void) throws -> Data {
        let feed = try Fixtures.text("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")
        let start = try #require(feed.range(of: "<item>"))
        let end = try #require(feed.range(of: "</item>", range: start.upperBound..<feed.endIndex))
        var item = String(feed[start.lowerBound..<end.upperBound])
        edit(&item)
        return Data(feed.replacingCharacters(in: start.lowerBound..<end.upperBound, with: item).utf8)
    }

    static func sync(_ body: Data) async throws -> (BinaryRunner, BinaryRunner.Result) {
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI", .init(status: 200, headers: [("Content-Type", "application/rss+xml")], body: body))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try BinaryRunner(server: server)
        return (cli, try await cli.run(["sync", "-c", "cs.AI"]))
    }

    static func titles(_ cli: BinaryRunner) async throws -> [String: String] {
        let listed = try #require(try await cli.json(["list", "--date", "2026-04-27", "--json"]) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: listed.compactMap { row in
            (row["id"] as? String).map { ($0, row["title"] as? String ?? "") }
        })
    }

    static func expectPrintable(_ text: String, _ comment: Comment? = nil) {
        let bad = text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
        }
        #expect(bad.isEmpty, comment)
    }

    @Test("C1 controls (CSI, OSC) and bidi overrides in a title and an author never reach the terminal")
    func controlsInText() async throws {
        let body = try Self.editedFeed { item in
            item = item.replacingOccurrences(of: "<title>Math Takes Two", with: "<title>&#155;2J&#157;0;owned&#156;&#x202E;Math Takes Two")
            item = item.replacingOccurrences(of: "Michael Cooper", with: "Michael &#155;31mCooper")
        }
        let (cli, synced) = try await Self.sync(body)
        #expect(synced.status == 0, "\(synced.stderr)")
        for command in [["list", "--date", "2026-04-27"], ["show", "2604.21935"], ["search", "math takes two"]] {
            let shown = try await cli.run(command)
            #expect(shown.status == 0)
            Self.expectPrintable(shown.stdout, "papers-tui \(command.joined(separator: " "))")
            #expect(shown.stdout.contains("Math Takes Two"))
        }
    }

    @Test("escape sequences in an LLM answer never reach the terminal, streamed or cached")
    func controlsInAnswer() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["## Q1\n", "\u{1B}]0;owned\u{07}Safe", " \u{1B}[2Jtext\u{9B}31m end"])))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        for run in ["streamed", "cached"] {
            let answered = try await cli.run(["faq", FAQPaper.id])
            #expect(answered.status == 0, "\(run): \(answered.stderr)")
            Self.expectPrintable(answered.stdout, "\(run)")
            #expect(answered.stdout.contains("Safe text end"), "\(run)")
        }
    }

    @Test("an item without an id is skipped and the rest are kept; a duplicate item is one paper")
    func missingAndDuplicateIDs() async throws {
        let feed = try Fixtures.text("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")
        let items = feed.components(separatedBy: "<item>").count - 1
        let body = try Self.editedFeed { item in
            let duplicate = item
            item = item.replacingOccurrences(of: "<link>https://arxiv.org/abs/2604.21935</link>", with: "")
                .replacingOccurrences(of: "<guid isPermaLink=\"false\">oai:arXiv.org:2604.21935v1</guid>", with: "")
                .replacingOccurrences(of: "arXiv:2604.21935v1 ", with: "")
            item += "\n" + duplicate.replacingOccurrences(of: "2604.21935", with: "2604.21936")
        }
        let (cli, synced) = try await Self.sync(body)
        #expect(synced.status == 0, "\(synced.stderr)")
        let titles = try await Self.titles(cli)
        #expect(titles["2604.21935"] == nil)
        #expect(titles.count == items - 1)
    }

    @Test("an impossible date and invalid UTF-8 do not stop the sync")
    func impossibleDateAndInvalidUTF8() async throws {
        var body = try Self.editedFeed { item in
            item = item.replacingOccurrences(of: "<pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>",
                                             with: "<pubDate>Mon, 31 Feb 2026 25:61:00 -0400</pubDate>")
                .replacingOccurrences(of: "Math Takes Two", with: "Math TAKES_BROKEN Two")
        }
        let marker = Data("TAKES_BROKEN".utf8)
        let at = try #require(body.range(of: marker))
        body.replaceSubrange(at, with: Data([0x54, 0xFF, 0xFE, 0xC3]) + Data("akes".utf8))
        let (cli, synced) = try await Self.sync(body)
        #expect(synced.status == 0, "\(synced.stderr)")
        let title = try #require(try await Self.titles(cli)["2604.21935"])
        #expect(title.hasPrefix("Math T\u{FFFD}"))
        #expect(title.contains("akes Two: A test for emergent"))
    }

    @Test("a 10 MB title is cut to a sane length, and the day still syncs and lists quickly")
    func hugeTitle() async throws {
        let huge = String(repeating: "Very long title words ", count: 10_000_000 / 22)
        let body = try Self.editedFeed { item in
            item = item.replacingOccurrences(of: "<title>Math Takes Two", with: "<title>Math Takes Two \(huge)")
        }
        let (cli, synced) = try await Self.sync(body)
        #expect(synced.status == 0, "\(synced.stderr)")
        let title = try #require(try await Self.titles(cli)["2604.21935"])
        #expect(title.hasPrefix("Math Takes Two Very long"))
        #expect(title.count == 1_000)
        #expect(title.hasSuffix("…"))
    }

    @Test("a 2 GB response is refused after the size limit, in bounded memory and time")
    func endlessResponse() async throws {
        let megabyte = Data(repeating: 0x41, count: 1 << 20)
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI", .streamed(Array(repeating: megabyte, count: 2048), interval: .milliseconds(1),
                                          headers: [("Content-Type", "application/rss+xml")]))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try BinaryRunner(server: server)
        cli.executable = "/usr/bin/time"
        let started = ContinuousClock.now
        let result = try await cli.run(["-f", "peak-rss-kb %M", try BinaryRunner.binaryPath(), "sync", "-c", "cs.AI"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sent more than 64 MB: refused to read it"))
        let peak = result.stderr.split(separator: "\n").last { $0.hasPrefix("peak-rss-kb ") }
            .flatMap { Int($0.dropFirst("peak-rss-kb ".count)) }
        let kilobytes = try #require(peak, "no peak RSS from /usr/bin/time: \(result.stderr)")
        #expect(kilobytes < 300_000, "peak RSS \(kilobytes) kB")
        #expect(ContinuousClock.now - started < .seconds(60))
    }
}
