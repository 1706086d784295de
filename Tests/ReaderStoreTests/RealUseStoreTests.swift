import Foundation
import Testing
@testable import ReaderStore

@Suite("real use: estimated announcement days")
struct AnnounceDayEstimatorTests {
    /// The schedule worked out with Foundation's calendar in New York time, step by step, as the
    /// specification the day arithmetic must match.
    static func reference(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/New_York")!
        func isWeekend(_ day: Date) -> Bool { [1, 7].contains(calendar.component(.weekday, from: day)) }
        var deadline = calendar.startOfDay(for: date)
        if calendar.component(.hour, from: date) >= 14 { deadline = calendar.date(byAdding: .day, value: 1, to: deadline)! }
        while isWeekend(deadline) { deadline = calendar.date(byAdding: .day, value: 1, to: deadline)! }
        var listed = calendar.date(byAdding: .day, value: 1, to: deadline)!
        while isWeekend(listed) { listed = calendar.date(byAdding: .day, value: 1, to: listed)! }
        let parts = calendar.dateComponents([.year, .month, .day], from: listed)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    @Test("the day arithmetic agrees with the calendar at 20,000 moments from 1991 to 2030, clock changes included")
    func matchesCalendar() {
        var estimator = AnnounceDayEstimator()
        var generator = SystemRandomNumberGenerator()
        let start = 662_688_000.0  // 1991-01-01
        let end = 1_893_456_000.0  // 2030-01-01
        var moments = (0..<20_000).map { _ in Date(timeIntervalSince1970: Double.random(in: start..<end, using: &generator)) }
        // Around the 2024 clock changes (10 March, 3 November) and the deadline, hour by hour.
        for base in [1_710_028_800.0, 1_730_592_000.0, 1_732_752_000.0] {
            moments += (0..<72).map { Date(timeIntervalSince1970: base + Double($0) * 3600) }
        }
        let mismatches = moments.filter { estimator.day(submitted: $0) != Self.reference($0) }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map { "\($0): \(Self.reference($0))" })")
    }

    @Test("known days: before and after the deadline, Friday to Monday")
    func knownDays() throws {
        let day = { (text: String) in ArxivDates.estimatedAnnounceDate(submitted: ArxivDates.parseRFC822(text)!) }
        #expect(day("Mon, 2 Apr 2007 19:18:42 GMT") == "2007-04-04")  // 15:18 EDT, after 14:00
        #expect(day("Mon, 2 Apr 2007 17:00:00 GMT") == "2007-04-03")  // 13:00 EDT
        #expect(day("Fri, 24 Apr 2026 14:00:00 GMT") == "2026-04-27")
        #expect(day("Fri, 24 Apr 2026 19:00:00 GMT") == "2026-04-28")  // Friday 15:00: Monday's deadline
        #expect(day("Sat, 25 Apr 2026 12:00:00 GMT") == "2026-04-28")
    }
}

@Suite("real use: arXiv's taxonomy")
struct ArxivTaxonomyTests {
    @Test("current categories and archives are known, others are not")
    func known() {
        for term in ["cs.AI", "cs.CL", "hep-th", "astro-ph", "astro-ph.GA", "cond-mat.str-el", "math", "q-bio.NC", "econ.EM", "eess.SP"] {
            #expect(ArxivTaxonomy.isKnown(term), "\(term)")
        }
        for term in ["foo", "cs.ai", "cs.XX", "astroph", "cs."] {
            #expect(!ArxivTaxonomy.isKnown(term), "\(term)")
        }
        #expect(ArxivTaxonomy.categories.count > 150)
        #expect(Set(ArxivTaxonomy.categories.map(\.code)).count == ArxivTaxonomy.categories.count)
        #expect(ArxivTaxonomy.name(of: "cs.LG") == "Machine Learning")
    }

    @Test("the nearest category, case aside first", arguments: [
        ("cs.ai", "cs.AI"), ("cs.CLL", "cs.CL"), ("astroph", "astro-ph"), ("hepth", "hep-th"), ("stat.ml", "stat.ML"),
        ("quant-phys", "quant-ph"),
    ])
    func nearest(typed: String, expected: String) {
        #expect(ArxivTaxonomy.nearest(to: typed) == expected)
    }
}

@Suite("real use: where full texts may be fetched from")
struct FullTextHostsTests {
    @Test("a venue's own sites and their subdomains, arXiv's configured root; nothing else, no other scheme")
    func refusals() {
        let neurips = FullTextHosts(webBase: "http://127.0.0.1:8080", venues: FullTextHosts.venues(paperID: "11953@NeurIPS.2018", edition: "NeurIPS.2018"))
        #expect(neurips.refusal(for: "https://papers.nips.cc/paper/11953.pdf") == nil)
        #expect(neurips.refusal(for: "https://proceedings.neurips.cc/paper/2018/file/x.pdf") == nil)
        #expect(neurips.refusal(for: "http://127.0.0.1:8080/pdf/x") == nil)
        #expect(neurips.refusal(for: "http://127.0.0.1:8081/pdf/x") != nil)
        #expect(neurips.refusal(for: "http://localhost:8080/pdf/x") != nil)
        #expect(neurips.refusal(for: "http://169.254.169.254/latest/meta-data/") != nil)
        #expect(neurips.refusal(for: "https://papers.nips.cc.evil.example/x.pdf") != nil)
        #expect(neurips.refusal(for: "https://evilpapers.nips.cc/x.pdf") != nil)
        #expect(neurips.refusal(for: "https://aclanthology.org/x.pdf") != nil)
        #expect(neurips.refusal(for: "ftp://papers.nips.cc/x.pdf") == "links with ftp: are not fetched, only http(s)")
        #expect(neurips.refusal(for: "file:///etc/passwd") != nil)
        #expect(neurips.refusal(for: "http+unix://%2Ftmp%2Fs/x.pdf") != nil)

        let openReview = FullTextHosts(webBase: "https://arxiv.org", venues: FullTextHosts.venues(paperID: "abcdef12@OpenReview", edition: "ICLR.2025"))
        #expect(openReview.refusal(for: "https://openreview.net/pdf?id=abcdef12") == nil)
        #expect(openReview.refusal(for: "https://www.openreview.net/pdf?id=abcdef12") == nil)
        #expect(openReview.refusal(for: "https://arxiv.org/pdf/2401.00001") == nil)
        #expect(openReview.refusal(for: "https://arxiv.org:8443/pdf/2401.00001") != nil)

        let arxivPaper = FullTextHosts(webBase: "https://arxiv.org")
        #expect(arxivPaper.refusal(for: "https://arxiv.org/pdf/2401.00001v1") == nil)
        #expect(arxivPaper.refusal(for: "https://openreview.net/pdf?id=abcdef12") != nil)
        let unknownVenue = FullTextHosts(webBase: "https://arxiv.org", venues: ["SOMECONF"])
        #expect(unknownVenue.refusal(for: "https://aclanthology.org/2024.acl-long.1.pdf") == nil)
        #expect(unknownVenue.refusal(for: "https://somewhere.example/paper.pdf") != nil)
    }

    @Test("a failure is said of the host asked")
    func naming() {
        #expect(FeedError.unreachable(service: "arXiv", reason: "unknown host").naming(service: "papers.nips.cc").description
                == "cannot reach papers.nips.cc (unknown host): check the network, or read offline from the cache")
        #expect(FeedError.http(service: "arXiv", status: 404, retryAfter: nil).naming(service: "aclanthology.org").description
                == "aclanthology.org answered 404: try again later")
    }
}

@Suite("real use: finding a paper again in a changed list")
struct LocateTests {
    @Test("the paper itself, else the first of those after it that is still listed")
    func locate() throws {
        let store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        let query = ListQuery(scope: .day("2026-04-27"))
        let ids = try store.page(query, offset: 0, limit: 100).map(\.paper.id)
        try #require(ids.count >= 4)
        #expect(try store.locate([ids[2]], in: query) == 2)
        #expect(try store.locate(["2699.00001", ids[3], ids[1]], in: query) == 3)
        #expect(try store.locate(["2699.00001"], in: query) == nil)
        #expect(try store.locate([ids[3]], in: query, pageSize: 2) == 3)
    }
}
