import Foundation
import TestSupport
import Testing
@testable import ReaderStore

@Suite("venues: paper-list import, OpenReview sync, links to arXiv")
struct VenueTests {
    static let colm = VenueEdition(venue: "COLM", year: 2025)

    @Test("the COLM listing: every paper in its group, fields kept, a re-import changes nothing and keeps marks")
    func importListing() throws {
        let data = try Fixtures.data("venues/papercopilot_colm2025_accepted.trimmed.jsonl")
        let listing = try VenueListing.parse(data, edition: Self.colm)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").count
        #expect(listing.papers.count == lines)
        #expect(listing.skipped == 0)
        let first = try #require(listing.papers.first)
        #expect(first.sourceID == "0JzWiigkUy@OpenReview")
        #expect(first.title == "BEARCUBS: A benchmark for computer-using web agents")
        #expect(first.authors.first == "Yixiao Song")
        #expect(first.authors.count == 6)
        #expect(first.group == "Poster")
        #expect(first.pageURL == "https://openreview.net/forum?id=0JzWiigkUy")

        let store = try makeTemporaryStore()
        let summary = try store.saveVenuePapers(listing.papers)
        #expect(summary.new == lines)
        #expect(try store.editions() == [EditionSummary(edition: "COLM.2025", venue: "COLM", groups: [(name: "Poster", count: lines)])])
        let query = ListQuery(scope: .venue(edition: "COLM.2025", group: "Poster"))
        let page = try store.page(query, offset: 0, limit: 3)
        #expect(page.first?.paper.id == "0JzWiigkUy@OpenReview")
        #expect(page.first?.venue == VenueMembership(edition: "COLM.2025", group: "Poster"))
        #expect(page.first?.paper.absURL == "https://openreview.net/forum?id=0JzWiigkUy")
        try store.apply(.star, to: ["0JzWiigkUy@OpenReview"])

        let again = try store.saveVenuePapers(listing.papers)
        #expect(again.new == 0)
        #expect(again.updated == 0)
        #expect(again.unchanged == lines)
        #expect(try store.mark(for: "0JzWiigkUy@OpenReview").isStarred)
        #expect(try store.search(SearchQuery(parsing: "BEARCUBS")).first?.listed.paper.id == "0JzWiigkUy@OpenReview")
    }

    @Test("groups as a JSON array gives them, tracks other than main are named, broken entries are counted")
    func arrayAndGroups() throws {
        let json = """
            [{"title": "Oral one", "author": "A; B", "status": "Oral", "track": "main", "id": "1"},
             {"title": "Poster one", "author": ["C"], "status": "Poster", "track": "Datasets and Benchmarks", "id": "2"},
             {"author": "no title"},
             {"title": "Spotlight on arXiv", "author": "D", "status": "Spotlight", "arxiv": "https://arxiv.org/abs/2604.21935v1", "id": "3"}]
            """
        let listing = try VenueListing.parse(Data(json.utf8), edition: VenueEdition(venue: "NeurIPS", year: 2018))
        #expect(listing.papers.map(\.group) == ["Oral", "Poster (Datasets and Benchmarks)", "Spotlight"])
        #expect(listing.papers.map(\.sourceID) == ["1@NeurIPS.2018", "2@NeurIPS.2018", "3@NeurIPS.2018"])
        #expect(listing.papers[2].arxivID?.value == "2604.21935")
        #expect(listing.skipped == 1)
        #expect(throws: FeedError.self) { try VenueListing.parse(Data("[{\"title\": ".utf8), edition: Self.colm) }
    }

    @Test("a venue paper on arXiv (by id, or by the same title) is the arXiv paper: one star, one FAQ")
    func linking() throws {
        let store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        try store.apply(.star, to: ["2604.21953"])
        let byID = VenuePaper(sourceID: "a1@ICLR.2026", edition: VenueEdition(venue: "ICLR", year: 2026), group: "Oral",
                              title: "Something else", authors: ["X"], abstract: "", arxivID: ArxivID(parsing: "2604.21935"))
        let byTitle = VenuePaper(sourceID: "b2@ICLR.2026", edition: VenueEdition(venue: "ICLR", year: 2026), group: "Poster",
                                 title: "performance anomaly detection in athletics: a benchmarking system with visual analytics",
                                 authors: ["Y"], abstract: "")
        let summary = try store.saveVenuePapers([byID, byTitle])
        #expect(summary.linked == 2)
        let listed = try store.page(ListQuery(scope: .venue(edition: "ICLR.2026", group: nil)), offset: 0, limit: 10)
        #expect(listed.map(\.paper.id) == ["2604.21935", "2604.21953"])
        #expect(listed[1].isStarred)
        let day = try store.page(ListQuery(scope: .day("2026-04-27"), onlyVenue: true), offset: 0, limit: 10)
        #expect(Set(day.map(\.paper.id)) == ["2604.21935", "2604.21953"])
        #expect(day.first { $0.paper.id == "2604.21953" }?.venueLabel == "ICLR.2026 Poster")
        #expect(try store.paperCount() == 90)
    }

    @Test("a venue paper kept on its own and found on arXiv later moves its star to the arXiv paper")
    func relink() throws {
        let store = try makeTemporaryStore()
        let edition = VenueEdition(venue: "ICLR", year: 2026)
        let alone = VenuePaper(sourceID: "c3@OpenReview", edition: edition, group: "Oral",
                               title: "Math Takes Two: A test for emergent mathematical reasoning in communication",
                               authors: ["Michael Cooper"], abstract: "")
        _ = try store.saveVenuePapers([alone])
        try store.apply(.star, to: ["c3@OpenReview"])
        _ = try BundledSample.load(into: store)
        let summary = try store.saveVenuePapers([alone])
        #expect(summary.linked == 1)
        #expect(try store.mark(for: "2604.21935").isStarred)
        #expect(try store.paper(id: "c3@OpenReview") == nil)
    }

    @Test("OpenReview: pages to the end, waits out a 429, reads both spellings of the group, leaves out the rejected")
    func openReviewSync() async throws {
        let pages = [
            #"{"count": 5, "notes": [\#(OpenReviewNotes.note("aaaaaaaa01", title: "First", venue: "ICLR 2024 oral")), \#(OpenReviewNotes.note("aaaaaaaa02", title: "Second", venue: "ICLR 2024 poster"))]}"#,
            #"{"count": 5, "notes": [\#(OpenReviewNotes.note("aaaaaaaa03", title: "Third", venue: "Submitted to ICLR 2024")), \#(OpenReviewNotes.note("aaaaaaaa04", title: "Fourth", venue: "ICLR 2024 Conference Withdrawn Submission"))]}"#,
            #"{"count": 5, "notes": [\#(OpenReviewNotes.note("aaaaaaaa05", title: "Fifth", venue: "ICLR 2024 Spotlight", wrapped: false))]}"#,
        ]
        let counter = Counter()
        let server = try await LoopbackServer.start { request in
            guard request.path == "/notes" else { return .init(status: 404) }
            let offset = Int(request.query["offset"] ?? "0") ?? 0
            if offset == 2, counter.increment() == 1 {
                return .init(status: 429, headers: [("Retry-After", "1")], body: Data(#"{"message":"Too many requests"}"#.utf8))
            }
            return .init(status: 200, headers: [("Content-Type", "application/json")], body: Data(pages[offset / 2].utf8))
        }
        defer { Task { await server.stop() } }
        let store = try makeTemporaryStore()
        var sync = VenueSync(store: store, baseURL: server.baseURL, policy: testPolicy)
        sync.pageSize = 2
        let summary = try await sync.sync(VenueEdition(venue: "ICLR", year: 2024))
        #expect(summary.new == 3)
        #expect(summary.leftOut == 2)
        #expect(server.requests.first?.query["content.venueid"] == "ICLR.cc/2024/Conference")
        #expect(server.requests.map { $0.query["offset"] } == ["0", "2", "2", "4"])
        let editions = try store.editions()
        // Orals, spotlights, posters: the conference's order, not the order the pages came in.
        #expect(editions.first?.groups.map(\.name) == ["oral", "Spotlight", "poster"])
        let first = try #require(try store.paper(id: "aaaaaaaa01@OpenReview"))
        #expect(first.paper.pdfURL == "https://openreview.net/pdf/aaaaaaaa01.pdf")
        #expect(first.paper.authors == ["Ada Lovelace", "Alan Turing"])
        #expect(OpenReviewNotes.group(fromVenue: "ICLR 2025 Oral", edition: VenueEdition(venue: "ICLR", year: 2025)) == "Oral")
    }

    @Test("OpenReview answering HTML or an error object is one sentence, and nothing is written")
    func openReviewFaults() async throws {
        let routes = ScriptedRoutes()
        routes.on("/notes", .init(status: 200, contentType: "text/html", "<!DOCTYPE html><html>Just a moment...</html>"))
        let server = try await startServer(routes)
        defer { Task { await server.stop() } }
        let store = try makeTemporaryStore()
        let sync = VenueSync(store: store, baseURL: server.baseURL, policy: testPolicy)
        await #expect(throws: FeedError.notAFeed(source: "OpenReview", found: "an HTML page")) {
            try await sync.sync(VenueEdition(venue: "ICLR", year: 2025))
        }
        #expect(try store.editions().isEmpty)
    }
}

@Suite("search over venue papers")
struct VenueSearchTests {
    @Test("venue: and group: filters, sort:date, and venue papers found by their words")
    func filters() throws {
        let store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        let listing = try VenueListing.parse(try Fixtures.data("venues/papercopilot_colm2025_accepted.trimmed.jsonl"),
                                             edition: VenueEdition(venue: "COLM", year: 2025))
        _ = try store.saveVenuePapers(listing.papers)
        let oral = VenuePaper(sourceID: "o1@ICLR.2025", edition: VenueEdition(venue: "ICLR", year: 2025), group: "Oral",
                              title: "Math Takes Two: A test for emergent mathematical reasoning in communication",
                              authors: ["M. Cooper"], abstract: "")
        _ = try store.saveVenuePapers([oral])
        func ids(_ text: String) throws -> [String] { try store.search(SearchQuery(parsing: text), limit: 500).map(\.listed.paper.id) }
        #expect(try ids("agents venue:COLM.2025").allSatisfy { $0.hasSuffix("@OpenReview") })
        #expect(try !ids("agents venue:COLM.2025").isEmpty)
        #expect(try ids("mathematical venue:ICLR group:oral") == ["2604.21935"])
        #expect(try ids("mathematical venue:iclr.2025 group:Poster").isEmpty)
        #expect(try ids("venue:COLM").count == listing.papers.count)
        let byDate = try store.search(SearchQuery(parsing: "quantum sort:date"), limit: 500).compactMap(\.listed.announceDate)
        #expect(byDate == byDate.sorted(by: >))
        #expect(throws: SearchQueryError.self) { try SearchQuery(parsing: "x sort:stars") }
    }
}
