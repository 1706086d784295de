import Foundation
import Testing
import TestSupport

@Suite("reliability: kills at random moments, and many writers at once")
struct ReliabilityTests {
    /// Rounds of the kill soak: a few in the normal suite, more with PAPERS_TUI_SOAK_ROUNDS=50.
    static var soakRounds: Int {
        ProcessInfo.processInfo.environment["PAPERS_TUI_SOAK_ROUNDS"].flatMap(Int.init) ?? 4
    }

    /// What a soak round kills, in turn: each writes in its own way (snapshot batches, feed pages
    /// with a resumption token, venue pages, a streamed answer saved once a second).
    enum SoakWork: CaseIterable {
        case importSnapshot, oaiSync, venueSync, faq

        func arguments(snapshot: String) -> [String] {
            switch self {
            case .importSnapshot: ["import", snapshot]
            case .oaiSync: ["sync", "--oai", "-c", "cs.AI"]
            case .venueSync: ["venues", "sync", "ICLR.2024"]
            case .faq: ["faq", "2604.21953", "--refresh"]
            }
        }
    }

    /// One loopback server for every kind of work, each slow enough to be killed part-way: the large
    /// OAI page and every OpenReview page trickle in over about half a second.
    static func soakServer() async throws -> LoopbackServer {
        let firstOAI = try Fixtures.text("arxiv/arxiv_oai_listrecords_arXivRaw_6records_2015.xml")
        let largeOAI = try Fixtures.data("arxiv/arxiv_oai_listrecords_arXiv_1000records_2013.xml")
        let lastOAI = try Fixtures.text("arxiv/arxiv_oai_listrecords_oai_dc_set-cs_5records_2024.xml")
            .replacingOccurrences(of: #"<resumptionToken cursor="0" completeListSize="1162">6960524|1001</resumptionToken>"#,
                                  with: "<resumptionToken/>")
        let answer = SSEBody.chunks((1...60).map { "w\($0) " })
        return try await LoopbackServer.start { request in
            if request.path.hasPrefix("/v1/chat/completions") {
                return .streamed(answer, interval: .milliseconds(25))
            }
            if request.path.hasPrefix("/notes") {
                let offset = Int(request.query["offset"] ?? "0") ?? 0
                let limit = Int(request.query["limit"] ?? "0") ?? 0
                let page = Data(venuePage(offset: offset, limit: limit, total: venueNotes).utf8)
                return .streamed(split(page, into: 10), interval: .milliseconds(50), headers: [("Content-Type", "application/json")])
            }
            switch request.query["resumptionToken"] {
            case nil: return .init(firstOAI)
            case "726959|1001": return .streamed(split(largeOAI, into: 20), interval: .milliseconds(30), headers: [("Content-Type", "text/xml")])
            default: return .init(lastOAI)
            }
        }
    }

    /// Three pages of OpenReview's 1,000 notes (a short page ends a listing).
    static let venueNotes = 2_500

    /// A page of accepted ICLR 2024 notes, as many as asked for, starting at `offset`.
    static func venuePage(offset: Int, limit: Int, total: Int) -> String {
        let notes = (offset..<min(offset + limit, total)).map { index in
            OpenReviewNotes.note(String(format: "soak%06d", index), title: "Soak paper number \(index)", venue: "ICLR 2024 poster")
        }
        return OpenReviewNotes.page(notes, count: total)
    }

    static func split(_ data: Data, into pieces: Int) -> [Data] {
        let size = (data.count + pieces - 1) / pieces
        return stride(from: 0, to: data.count, by: size).map { data.subdata(in: $0..<min($0 + size, data.count)) }
    }

    @Test("kill -9 of import, sync, venues sync and a streaming faq at random moments: integrity ok, marks kept, all work completes after")
    func killSoak() async throws {
        let server = try await Self.soakServer()
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        cli.environment["PAPERS_TUI_OPENREVIEW_URL"] = server.baseURL
        _ = try await cli.run(["star", "2604.21935", "2604.21953"])
        _ = try await cli.run(["read", "2604.21936"])
        let snapshot = try CrashSafetyTests.largeSnapshot(count: 6_000)
        var random = SystemRandomNumberGenerator()
        for round in 0..<Self.soakRounds {
            let work = SoakWork.allCases[round % SoakWork.allCases.count]
            let process = try cli.start(work.arguments(snapshot: snapshot))
            try await Task.sleep(for: .milliseconds(Int.random(in: 50...900, using: &random)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try await cli.sqlite("PRAGMA integrity_check;") == "ok", "round \(round): \(work)")
            let starred = try #require(try await cli.json(["list", "--starred", "--json"]) as? [[String: Any]])
            #expect(Set(starred.compactMap { $0["id"] as? String }) == ["2604.21935", "2604.21953"], "round \(round): \(work)")
            let shown = try #require(try await cli.json(["show", "2604.21936", "--json"]) as? [String: Any])
            #expect(shown["read"] as? Bool == true, "round \(round): \(work)")
        }
        for work in SoakWork.allCases {
            let finished = try await cli.run(work.arguments(snapshot: snapshot))
            #expect(finished.status == 0, "\(work) after the kills: \(finished.stderr)")
        }
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper WHERE id LIKE '2601.%';") == "6000")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper WHERE id IN ('0704.0471', '1302.0649', '1302.1648', '2401.14034');") == "4")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM sync_state WHERE key LIKE 'oai:%';") == "0")
        let venuePapers = try await cli.sqlite("SELECT edition, COUNT(*) FROM venue_paper GROUP BY edition;")
        #expect(venuePapers == "ICLR.2024|\(Self.venueNotes)")
        #expect(try await cli.sqlite("SELECT status FROM faq WHERE paper_id = '2604.21953';") == "complete")
        #expect(try await cli.sqlite("PRAGMA integrity_check;") == "ok")
    }

    @Test("import, sync, two FAQ streams, the reader starring and marks from the command line at once: no lock error, nothing lost")
    func concurrentWriters() async throws {
        let routes = ScriptedRoutes()
        routes.on("/rss/cs.AI", .init(status: 200, contentType: "application/rss+xml", try Fixtures.text("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")))
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks((1...40).map { "t\($0) " }), interval: .milliseconds(20)))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        let snapshot = try CrashSafetyTests.largeSnapshot(count: 4_000)
        let marked = try await cli.json(["list", "--date", "2025-04-28", "--json"]) as? [[String: Any]] ?? []
        let ids = marked.compactMap { $0["id"] as? String }.prefix(30)
        let writer = cli
        async let imported = writer.run(["import", snapshot])
        async let synced = writer.run(["sync", "-c", "cs.AI"])
        async let first = writer.run(["faq", "2604.21935"])
        async let second = writer.run(["faq", "2604.21936"])
        // The reader, in a real terminal, stars the first three papers of cs.AI's day meanwhile.
        let reader = try cli.readerCommand(["-c", "cs.AI", "--date", "2026-04-27"])
        var screens: [String] = []
        try await TmuxSession.with(reader, width: 130, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            for key in ["s", "j", "s", "j", "s"] {
                try await tmux.send(key)
                screens.append(try await tmux.capture())
            }
            try await tmux.waitFor(text: "★ 3")
            screens.append(try await tmux.capture())
            try await tmux.send("q")
        }
        var markResults: [BinaryRunner.Result] = []
        for id in ids {
            markResults.append(try await cli.run(["star", id]))
            markResults.append(try await cli.run(["read", id]))
        }
        let results = try await [imported, synced, first, second] + markResults
        #expect(screens.allSatisfy { !$0.lowercased().contains("locked") })
        for result in results {
            #expect(result.status == 0, "a writer failed: \(result.stderr)")
            #expect(!result.stderr.lowercased().contains("locked"))
        }
        #expect(try await cli.sqlite("PRAGMA integrity_check;") == "ok")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper WHERE id LIKE '2601.%';") == "4000")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM faq WHERE status = 'complete';") == "2")
        let starred = try #require(try await cli.json(["list", "--starred", "--json"]) as? [[String: Any]])
        let starredInReader: Set<String> = ["2604.21935", "2604.21936", "2604.21937"]
        #expect(Set(starred.compactMap { $0["id"] as? String }) == Set(ids).union(starredInReader))
        let read = try await cli.sqlite("SELECT COUNT(*) FROM mark WHERE read_at IS NOT NULL;")
        #expect(read == String(ids.count))
    }
}
