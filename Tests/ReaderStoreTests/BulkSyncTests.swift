import Foundation
import TestSupport
import Testing
@testable import ReaderStore

@Suite("arXiv API and OAI-PMH sync over loopback")
struct BulkSyncTests {
    @Test("an id lookup stores the papers the API returns")
    func lookup() async throws {
        let routes = ScriptedRoutes()
        routes.on("/api/query", .xml(try fixtureText("arxiv/arxiv_api_query_au-del_maestro_10entries_2016classic.xml")))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let store = try makeTemporaryStore()
        let ids = ["1603.04779", "1307.5727"].compactMap(ArxivID.init(parsing:))
        let summary = try await makeSync(store, server).lookup(ids: ids)
        #expect(summary.newPapers == 10)
        let query = try #require(server.requests.first?.query)
        #expect(query["id_list"] == "1603.04779,1307.5727")
    }

    @Test("a backfill pages with start/max_results and asks again for an empty page at a deep offset")
    func backfillRetriesEmptyPage() async throws {
        let full = try fixtureText("arxiv/arxiv_api_query_all-testing_100entries.xml")
        let secondPageAsks = Counter()
        let server = try await LoopbackServer.start { request in
            guard request.query["start"] != "0" else { return .xml(Self.withTotal(full, 150)) }
            // The first two asks for the second page come back empty, then arXiv answers.
            return secondPageAsks.increment() <= 2
                ? .xml(Self.emptyPage(total: 150)) : .xml(Self.withTotal(full, 150))
        }
        defer { Task { await server.stop() } }
        let store = try makeTemporaryStore()
        var sync = makeSync(store, server)
        sync.backfillPageSize = 100
        let summary = try await sync.backfill(category: "cs.SE", from: "2022-02-24", to: "2022-02-24")
        #expect(summary.newPapers == 100)
        let offsets = server.requests.compactMap { $0.query["start"] }
        #expect(offsets == ["0", "100", "100", "100"])
        let query = try #require(server.requests.first?.query["search_query"])
        #expect(query == "cat:cs.SE AND submittedDate:[202202240000 TO 202202242359]")
    }

    @Test("an API page that stays empty is an error, and the pages stored before it are kept")
    func backfillGivesUp() async throws {
        let full = try fixtureText("arxiv/arxiv_api_query_all-testing_100entries.xml")
        let server = try await LoopbackServer.start { request in
            request.query["start"] == "0" ? .xml(Self.withTotal(full, 500)) : .xml(Self.emptyPage(total: 500))
        }
        defer { Task { await server.stop() } }
        let store = try makeTemporaryStore()
        var sync = makeSync(store, server)
        sync.backfillPageSize = 100
        await #expect(throws: FeedError.emptyPage(source: "the arXiv API", offset: 100)) {
            _ = try await sync.backfill(category: "cs.SE", from: "2022-02-24", to: "2022-02-24")
        }
        #expect(try store.paperCount() == 100)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("an API error feed with status 400 gives arXiv's message")
    func apiErrorFeed() async throws {
        let body = """
            <?xml version='1.0' encoding='UTF-8'?>
            <feed xmlns="http://www.w3.org/2005/Atom"><id>https://arxiv.org/</id><title>arXiv Search Results</title>
            <entry><id>https://arxiv.org/api/errors#incorrect_id_format_for_abc</id><title>Error</title>
            <summary>incorrect id format for abc</summary></entry></feed>
            """
        let routes = ScriptedRoutes()
        routes.on("/api/query", .xml(body, status: 400))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        await #expect(throws: FeedError.apiError(message: "incorrect id format for abc")) {
            _ = try await makeSync(try makeTemporaryStore(), server).lookup(ids: [ArxivID(trusted: "abc")])
        }
    }

    @Test("an OAI-PMH harvest follows the resumptionToken chain to its empty end")
    func oaiChain() async throws {
        let first = try fixtureText("arxiv/arxiv_oai_listrecords_arXivRaw_6records_2015.xml")
        let second = try fixtureText("arxiv/arxiv_oai_listrecords_arXiv_1000records_2013.xml")
        let last = try Self.finalOAIPage()
        let secondPageAsks = Counter()
        let server = try await LoopbackServer.start { request in
            switch request.query["resumptionToken"] {
            case nil: .xml(first)
            case "726959|1001" where secondPageAsks.increment() == 1:
                .init(status: 503, headers: [("Retry-After", "1")], body: Data())
            case "726959|1001": .xml(second)
            default: .xml(last)
            }
        }
        defer { Task { await server.stop() } }
        let store = try makeTemporaryStore()
        let summary = try await makeSync(store, server).harvest(set: "cs", from: "2015-01-01")
        #expect(summary.newPapers + summary.updatedPapers + summary.unchangedPapers == 1011)
        #expect(try store.paperCount() == summary.newPapers)
        let firstQuery = try #require(server.requests.first?.query)
        #expect(firstQuery["metadataPrefix"] == "arXiv")
        #expect(firstQuery["set"] == "cs")
        #expect(firstQuery["from"] == "2015-01-01")
        #expect(server.requests.dropFirst().allSatisfy { $0.query.keys.sorted() == ["resumptionToken", "verb"] })
        #expect(try store.syncState("oai:cs:2015-01-01:") == nil)
    }

    @Test("an OAI-PMH harvest cut off mid-way keeps its pages and resumes from the saved token")
    func oaiResume() async throws {
        let first = try fixtureText("arxiv/arxiv_oai_listrecords_arXivRaw_6records_2015.xml")
        let last = try Self.finalOAIPage()
        let failSecond = ScriptedRoutes()
        failSecond.on("/oai?verb=ListRecords&metadataPrefix", .xml(first))
        failSecond.on("/oai?verb=ListRecords&resumptionToken", .xml(String(last.prefix(400))), .xml(last))
        let server = try await startServer(failSecond)
        defer { Task { await server.stop() } }
        let store = try makeTemporaryStore()
        let sync = makeSync(store, server)
        await #expect(throws: FeedError.self) { _ = try await sync.harvest(set: "cs", from: nil) }
        #expect(try store.paperCount() == 6)
        #expect(try store.syncState("oai:cs::") == "726959|1001")
        let resumed = try await sync.harvest(set: "cs", from: nil)
        #expect(resumed.newPapers == 5)
        #expect(server.requests.last?.query["resumptionToken"] == "726959|1001")
    }

    @Test("a badResumptionToken restarts the harvest from the beginning once")
    func oaiBadToken() async throws {
        let first = try Self.finalOAIPage()
        let routes = ScriptedRoutes()
        routes.on("/oai?verb=ListRecords&resumptionToken",
                  .xml(try fixtureText("arxiv/arxiv_oai_error_ErrorResponseBadResumptionToken.xml")))
        routes.on("/oai?verb=ListRecords&metadataPrefix", .xml(first))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let store = try makeTemporaryStore()
        try store.setSyncState("oai:cs::", "expired-token")
        let summary = try await makeSync(store, server).harvest(set: "cs", from: nil)
        #expect(summary.newPapers == 5)
    }

    /// The recorded oai_dc page with its token emptied, as the server ends a list.
    static func finalOAIPage() throws -> String {
        try fixtureText("arxiv/arxiv_oai_listrecords_oai_dc_set-cs_5records_2024.xml")
            .replacingOccurrences(of: #"<resumptionToken cursor="0" completeListSize="1162">6960524|1001</resumptionToken>"#,
                                  with: "<resumptionToken/>")
    }

    static func withTotal(_ feed: String, _ total: Int) -> String {
        feed.replacingOccurrences(
            of: #"<opensearch:totalResults>\d+</opensearch:totalResults>"#,
            with: "<opensearch:totalResults>\(total)</opensearch:totalResults>", options: .regularExpression)
    }

    static func emptyPage(total: Int) -> String {
        """
        <?xml version='1.0' encoding='UTF-8'?>
        <feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns="http://www.w3.org/2005/Atom">
          <id>https://arxiv.org/api/x</id><title>arXiv Query</title>
          <opensearch:itemsPerPage>100</opensearch:itemsPerPage>
          <opensearch:totalResults>\(total)</opensearch:totalResults>
          <opensearch:startIndex>100</opensearch:startIndex>
        </feed>
        """
    }
}

