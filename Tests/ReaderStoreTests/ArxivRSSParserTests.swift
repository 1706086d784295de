import Foundation
import TestSupport
import Testing
@testable import ReaderStore

@Suite("arXiv RSS and Atom announcement feeds")
struct ArxivRSSParserTests {
    private func feed(_ name: String) throws -> DailyFeed {
        try ArxivRSSParser.parse(Fixtures.data("arxiv/\(name)"))
    }

    private func find(_ id: String, in feed: DailyFeed) throws -> DailyEntry {
        try #require(feed.entries.first(where: { $0.paper.id == id }), "no entry \(id) in the feed")
    }

    @Test("each recorded feed gives all its entries and its announcement day", arguments: [
        ("arxiv_rss_cs.AI_2026-04-27_trimmed.xml", FeedShape(entries: 3, announceDate: "2026-04-27")),
        ("arxiv_rss_cs.CL_2026-04-27_trimmed.xml", FeedShape(entries: 3, announceDate: "2026-04-27")),
        ("arxiv_rss_cs.LG_2026-04-27_trimmed.xml", FeedShape(entries: 3, announceDate: "2026-04-27")),
        ("arxiv_rss_quant-ph_2025-04-28_full81items.xml", FeedShape(entries: 81, announceDate: "2025-04-28")),
        ("arxiv_atom_cs.AI_2025-08-20_2entries.xml", FeedShape(entries: 1, announceDate: "2025-08-20")),
        ("arxiv_rss_empty-test-archive_2024-11-28.xml", FeedShape(entries: 0, announceDate: "2024-11-28")),
    ])
    func shape(name: String, expected: FeedShape) throws {
        let parsed = try feed(name)
        #expect(parsed.entries.count == expected.entries)
        #expect(parsed.announceDate == expected.announceDate)
        for entry in parsed.entries {
            let paper = entry.paper
            #expect(paper.version >= 1)
            #expect(!paper.title.isEmpty)
            #expect(!paper.authors.isEmpty)
            #expect(paper.categories.first == paper.primaryCategory)
            #expect(!paper.abstract.isEmpty)
            #expect(!paper.abstract.contains("Announce Type"))
            #expect(!paper.abstract.hasPrefix("arXiv:"))
            #expect(!paper.abstract.hasPrefix("Abstract:"))
        }
    }

    @Test("an RSS item is read field by field")
    func rssItem() throws {
        let parsed = try feed("arxiv_rss_cs.AI_2026-04-27_trimmed.xml")
        let first = try #require(parsed.entries.first)
        #expect(first.announceType == .new)
        let paper = first.paper
        #expect(paper.id == "2604.21935")
        #expect(paper.version == 1)
        #expect(paper.title == "Math Takes Two: A test for emergent mathematical reasoning in communication")
        #expect(paper.authors == ["Michael Cooper", "Samuel Cooper"])
        #expect(paper.primaryCategory == "cs.AI")
        #expect(paper.categories == ["cs.AI", "cs.LG"])
        #expect(paper.abstract.hasPrefix("Although language models demonstrate remarkable proficiency on mathematical benchmarks"))
        #expect(paper.abstract.hasSuffix("models with emergent numerical reasoning capabilities."))
        #expect(paper.journalRef == nil)
        #expect(paper.doi == nil)
        #expect(parsed.entries.map(\.paper.id) == ["2604.21935", "2604.21936", "2604.21937"])
    }

    @Test("a double space in the creator list does not make an empty author")
    func creatorSpacing() throws {
        let paper = try find("2604.22002", in: feed("arxiv_rss_cs.CL_2026-04-27_trimmed.xml")).paper
        #expect(paper.title == "When Cow Urine Cures Constipation on YouTube: Limits of LLMs in Detecting Culture-specific Health Misinformation")
        #expect(paper.authors == ["Anamta Khan", "Ratna Kandala", "Deepti", "Sheza Munir", "Joyojeet Pal"])
        #expect(paper.categories == ["cs.CL"])
    }

    @Test("a full day has every announce type, in arXiv's counts")
    func announceTypes() throws {
        let parsed = try feed("arxiv_rss_quant-ph_2025-04-28_full81items.xml")
        let types = parsed.entries.map(\.announceType)
        #expect(types.filter { $0 == .new }.count == 40)
        #expect(types.filter { $0 == .cross }.count == 10)
        #expect(types.filter { $0 == .replace }.count == 22)
        #expect(types.filter { $0 == .replaceCross }.count == 9)
    }

    @Test("a replacement carries its version, journal reference and DOI")
    func replacement() throws {
        let entry = try find("2403.13790", in: feed("arxiv_rss_quant-ph_2025-04-28_full81items.xml"))
        #expect(entry.announceType == .replace)
        let paper = entry.paper
        #expect(paper.version == 2)
        #expect(paper.title == "Probing Hilbert Space Fragmentation with Strongly Interacting Rydberg Atoms")
        #expect(paper.authors == ["Fan Yang", "Hadi Yarloo", "Hua-Chen Zhang", "Klaus Mølmer", "Anne E. B. Nielsen"])
        #expect(paper.categories == ["quant-ph", "cond-mat.quant-gas", "physics.atom-ph"])
        #expect(paper.journalRef == "Phys. Rev. B 111, 144313 (2025)")
        #expect(paper.doi == "10.1103/PhysRevB.111.144313")
        #expect(paper.abstract.hasPrefix("Hilbert space fragmentation provides a mechanism to break ergodicity"))

        let older = try find("2112.14988", in: feed("arxiv_rss_quant-ph_2025-04-28_full81items.xml")).paper
        #expect(older.version == 4)
    }

    @Test("a cross-list keeps its own primary category first")
    func crossList() throws {
        let entry = try find("2504.16299", in: feed("arxiv_rss_quant-ph_2025-04-28_full81items.xml"))
        #expect(entry.announceType == .cross)
        #expect(entry.paper.primaryCategory == "cs.IT")
        #expect(entry.paper.categories == ["cs.IT", "math.IT", "quant-ph"])
        #expect(entry.paper.title == "Towards Quantum Universal Hypothesis Testing")
    }

    @Test("TeX accents in creators and titles are decoded")
    func texInFeed() throws {
        let parsed = try feed("arxiv_rss_quant-ph_2025-04-28_full81items.xml")
        #expect(try find("2504.18205", in: parsed).paper.authors
            == ["Dogyun Ko", "Stanisław Świerczewski", "Andrzej Opala", "Michał Matuszewski", "Amir Rahmani"])
        #expect(try find("2504.18198", in: parsed).paper.authors == ["Baksa Kolok", "György Frank", "András Pályi"])
        #expect(try find("2504.18372", in: parsed).paper.title
            == "Optical Schrödinger cat states generation using cubic phase resource state and beamsplitter")
    }

    @Test("an abstract's indented second paragraph stays a separate paragraph")
    func paragraphs() throws {
        let abstract = try find("2504.18188", in: feed("arxiv_rss_quant-ph_2025-04-28_full81items.xml")).paper.abstract
        let paragraphs = abstract.split(separator: "\n")
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.hasPrefix("In this work, we derive the first lifting theorems") == true)
        #expect(paragraphs.last?.hasPrefix("By applying these lifting theorems, we improve previous results") == true)
    }

    @Test("affiliations with commas stay inside their author")
    func affiliations() throws {
        let authors = try find("2504.18264", in: feed("arxiv_rss_quant-ph_2025-04-28_full81items.xml")).paper.authors
        #expect(authors.count == 4)
        #expect(authors.last?.hasPrefix("Sharma S. R. K. C. Yamijala (Department of Chemistry") == true)
        #expect(authors.first
            == "M. R. Nirmal (Department of Chemistry, Indian Institute of Technology Madras, Chennai, India, Centre for Quantum Information, Communication, and Computing, Indian Institute of Technology Madras, Chennai, India)")
    }

    @Test("an Atom entry is read field by field, its day from <published>")
    func atomEntry() throws {
        let parsed = try feed("arxiv_atom_cs.AI_2025-08-20_2entries.xml")
        #expect(parsed.announceDate == "2025-08-20")
        let entry = try #require(parsed.entries.first)
        #expect(entry.announceType == .cross)
        let paper = entry.paper
        #expect(paper.id == "2508.13428")
        #expect(paper.version == 1)
        #expect(paper.title == "Mitigating Easy Option Bias in Multiple-Choice Question Answering")
        #expect(paper.authors == ["Hao Zhang", "Chen Li", "Basura Fernando"])
        #expect(paper.primaryCategory == "cs.CV")
        #expect(paper.categories == ["cs.CV", "cs.AI", "cs.MM"])
        #expect(paper.abstract.hasPrefix("In this early study, we observe an Easy-Options Bias (EOB) issue"))
        #expect(paper.abstract.hasSuffix("Codes and new annotations will be released soon."))
    }

    @Test("an empty day is a feed with no entries, not an error")
    func emptyFeed() throws {
        let parsed = try feed("arxiv_rss_empty-test-archive_2024-11-28.xml")
        #expect(parsed.entries.isEmpty)
        #expect(parsed.announceDate == "2024-11-28")
    }

    @Test("an error feed for an unknown archive names the category")
    func badCategory() throws {
        let data = try Fixtures.data("arxiv/arxiv_rss_error-bad-archive_2024-11-28.xml")
        let error = try #require(throws: FeedError.self) { try ArxivRSSParser.parse(data) }
        guard case .badCategory(let category, let message) = error else {
            Issue.record("expected badCategory, got \(error)")
            return
        }
        #expect(category == "astroph")
        #expect(message.hasPrefix("Bad archive 'astroph'. Valid archive names are: astro-ph, cond-mat, cs,"))
    }

    @Test("a feed cut off halfway is malformed")
    func truncated() throws {
        let data = try Fixtures.data("arxiv/arxiv_rss_quant-ph_2025-04-28_full81items.xml")
        let half = Data(data.prefix(data.count / 2))
        let error = try #require(throws: FeedError.self) { try ArxivRSSParser.parse(half) }
        guard case .malformed = error else {
            Issue.record("expected malformed, got \(error)")
            return
        }
    }

    @Test("an HTML page instead of a feed is reported as such", arguments: [
        "<!DOCTYPE html><html><body>Access Denied</body></html>",
        "\n<html><head><title>403 Forbidden</title></head><body>Access Denied</body></html>",
    ])
    func htmlPage(body: String) throws {
        let error = try #require(throws: FeedError.self) { try ArxivRSSParser.parse(Data(body.utf8)) }
        guard case .notAFeed = error else {
            Issue.record("expected notAFeed, got \(error)")
            return
        }
    }

    @Test("XML that is not a feed is refused")
    func otherXML() throws {
        let data = try Fixtures.data("arxiv/arxiv_oai_error_ErrorResponseNoRecordsMatch.xml")
        #expect(throws: FeedError.notAFeed(source: "arXiv RSS", found: "a document of type <OAI-PMH>")) {
            try ArxivRSSParser.parse(data)
        }
    }

    @Test("the description header gives the version and the announce type")
    func descriptionHeader() {
        let (version, type, abstract) = ArxivRSSParser.splitDescription("arXiv:2411.17701v3 Announce Type: replace-cross \nAbstract: Some text.")
        #expect(version == 3)
        #expect(type == "replace-cross")
        #expect(abstract == " Some text.")
    }
}

struct FeedShape: Sendable, CustomTestStringConvertible {
    let entries: Int
    let announceDate: String?
    var testDescription: String { "\(entries) entries on \(announceDate ?? "no day")" }
}
