import Foundation
import TestSupport
import Testing
@testable import ReaderStore

@Suite("arXiv API Atom pages")
struct ArxivAPIParserTests {
    private func page(_ name: String) throws -> APIPage {
        try ArxivAPIParser.parse(Fixtures.data("arxiv/\(name)"))
    }

    private func find(_ id: String, in page: APIPage) throws -> Paper {
        try #require(page.papers.first(where: { $0.id == id }), "no paper \(id) on the page")
    }

    @Test("each recorded page gives all its entries and the OpenSearch totals", arguments: [
        PageShape(name: "arxiv_api_query_au-del_maestro_10entries_2016classic.xml", papers: 10, totalResults: 31),
        PageShape(name: "arxiv_api_query_all-testing_100entries.xml", papers: 100, totalResults: 214_881),
    ])
    func shape(_ expected: PageShape) throws {
        let parsed = try page(expected.name)
        #expect(parsed.papers.count == expected.papers)
        #expect(parsed.totalResults == expected.totalResults)
        #expect(parsed.startIndex == 0)
        #expect(Set(parsed.papers.map(\.id)).count == expected.papers)
        for paper in parsed.papers {
            #expect(!paper.title.isEmpty)
            #expect(!paper.authors.isEmpty)
            #expect(!paper.abstract.isEmpty)
            #expect(paper.categories.first == paper.primaryCategory)
            let published = try #require(paper.published)
            let updated = try #require(paper.updated)
            #expect(published <= updated)
        }
    }

    @Test("a classic entry is read field by field")
    func classicEntry() throws {
        let paper = try find("1303.6954", in: page("arxiv_api_query_au-del_maestro_10entries_2016classic.xml"))
        #expect(paper.version == 2)
        #expect(paper.title == "Local Superfluidity at the Nanoscale")
        #expect(paper.authors == ["B. Kulchytskyy", "G. Gervais", "A. Del Maestro"])
        #expect(paper.published == utc("2013-03-27T20:00:04Z"))
        #expect(paper.updated == utc("2013-09-03T01:06:36Z"))
        #expect(paper.primaryCategory == "cond-mat.mes-hall")
        #expect(paper.categories == ["cond-mat.mes-hall", "cond-mat.stat-mech"])
        #expect(paper.comments == "Added a figure and extended discussion")
        #expect(paper.journalRef == "Physical Review B 88, 064512 (2013)")
        #expect(paper.doi == "10.1103/PhysRevB.88.064512")
        #expect(paper.abstract.hasPrefix("We have performed quantum Monte Carlo simulations measuring the finite size and temperature"))
        #expect(paper.abstract.hasSuffix("an experimental test for the emergence of a one dimensional quantum liquid."))
        #expect(!paper.abstract.contains("\n"))
    }

    @Test("old-style ids, wrapped titles and XML escapes come out clean")
    func oldStyleEntry() throws {
        let parsed = try page("arxiv_api_query_au-del_maestro_10entries_2016classic.xml")
        let melting = try find("cond-mat/0412498", in: parsed)
        #expect(melting.version == 1)
        #expect(melting.authors == ["Adrian Del Maestro", "Subir Sachdev"])
        #expect(melting.categories == ["cond-mat.str-el", "cond-mat.stat-mech"])
        #expect(melting.abstract.contains("(p >= 3, integer)"))
        #expect(melting.published == utc("2004-12-19T16:18:24Z"))

        let stripes = try find("cond-mat/0603029", in: parsed)
        #expect(stripes.title == "From stripe to checkerboard order on the square lattice in the presence of quenched disorder")
        #expect(stripes.authors == ["Adrian Del Maestro", "Bernd Rosenow", "Subir Sachdev"])
    }

    @Test("a 2026 entry is read field by field")
    func currentEntry() throws {
        let parsed = try page("arxiv_api_query_all-testing_100entries.xml")
        let paper = try #require(parsed.papers.first)
        #expect(paper.id == "2202.12139")
        #expect(paper.version == 1)
        #expect(paper.title == "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques")
        #expect(paper.authors == ["Mohit Kumar Ahuja", "Arnaud Gotlieb", "Helge Spieker"])
        #expect(paper.published == utc("2022-02-24T15:05:19Z"))
        #expect(paper.updated == utc("2022-02-24T15:05:19Z"))
        #expect(paper.primaryCategory == "cs.SE")
        #expect(paper.categories == ["cs.SE", "cs.LG"])
        #expect(paper.comments == "Artificial Intelligence in Software Testing 2022 workshop @ ICST 2022")
        #expect(paper.journalRef
            == "Artificial Intelligence in Software Testing @ 2022 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)")
        #expect(paper.doi == "10.1109/ICSTW55395.2022.00035")
        #expect(paper.abstract.hasPrefix("Deep Learning (DL) has revolutionized the capabilities of vision-based systems (VBS)"))

        let second = try find("2405.13786", in: parsed)
        #expect(Array(second.authors.prefix(3)) == ["Aurora Ramírez", "Mario Berrios", "José Raúl Romero"])
        #expect(try find("2409.05654", in: parsed).version == 9)
        #expect(try find("gr-qc/0103067", in: parsed).authors == ["Mark P. Haugan", "C. Lämmerzahl"])
    }

    @Test("an entry without comment, journal reference or DOI leaves them empty")
    func optionalFields() throws {
        let paper = try find("2503.05378", in: page("arxiv_api_query_all-testing_100entries.xml"))
        #expect(paper.doi == nil)
        #expect(paper.journalRef == nil)
        #expect(paper.comments?.hasPrefix("Web Testing, GUI Testing, front-end, survey") == true)
        #expect(try find("0804.0970", in: page("arxiv_api_query_all-testing_100entries.xml")).comments == nil)
    }

    @Test("the API's error feed throws its message")
    func errorFeed() {
        let body = """
            <?xml version='1.0' encoding='UTF-8'?>
            <feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
              <id>https://arxiv.org/</id>
              <title>arXiv Search Results</title>
              <updated>2026-04-12T22:59:06Z</updated>
              <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
              <opensearch:totalResults>1</opensearch:totalResults>
              <opensearch:startIndex>0</opensearch:startIndex>
              <entry>
                <id>https://arxiv.org/api/errors#incorrect_id_format_for_abc</id>
                <title>Error</title>
                <updated>2026-04-12T22:59:06Z</updated>
                <link href="https://arxiv.org/api/errors#incorrect_id_format_for_abc" rel="alternate" type="text/html"/>
                <summary>incorrect id format for abc</summary>
                <author>
                  <name>arXiv api core</name>
                </author>
              </entry>
            </feed>
            """
        #expect(throws: FeedError.apiError(message: "incorrect id format for abc")) {
            try ArxivAPIParser.parse(Data(body.utf8))
        }
    }

    @Test("an id that does not exist is an empty page, not an error")
    func emptyPage() throws {
        let body = """
            <?xml version='1.0' encoding='UTF-8'?>
            <feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
              <id>https://arxiv.org/api/oqaUC9OB2SccftmJHZqrxySXrao</id>
              <title>arXiv Query: search_query=&amp;id_list=0000.0000&amp;start=0&amp;max_results=100</title>
              <updated>2026-04-12T22:09:26Z</updated>
              <link href="https://arxiv.org/api/query?search_query=&amp;start=0&amp;max_results=100&amp;id_list=0000.0000" type="application/atom+xml"/>
              <opensearch:itemsPerPage>100</opensearch:itemsPerPage>
              <opensearch:totalResults>0</opensearch:totalResults>
              <opensearch:startIndex>0</opensearch:startIndex>
            </feed>
            """
        let parsed = try ArxivAPIParser.parse(Data(body.utf8))
        #expect(parsed.papers.isEmpty)
        #expect(parsed.totalResults == 0)
    }

    @Test("the robot-detection HTML page is not a feed")
    func accessDenied() throws {
        let error = try #require(throws: FeedError.self) {
            try ArxivAPIParser.parse(Data("<!DOCTYPE html><html><body>Access Denied</body></html>".utf8))
        }
        guard case .notAFeed = error else {
            Issue.record("expected notAFeed, got \(error)")
            return
        }
    }
}

struct PageShape: Sendable, CustomTestStringConvertible {
    let name: String
    let papers: Int
    let totalResults: Int
    var testDescription: String { name }
}
