import Foundation
import Testing
@testable import ReaderStore

@Suite("every stored field is cut to its limit, whatever the source")
struct FieldLimitsTests {
    static let edition = VenueEdition(venue: "COLM", year: 2025)

    @Test("a paper's runaway fields are cut, its categories made distinct")
    func paperFields() {
        let paper = Paper(
            id: "2411.00001", version: 1, title: String(repeating: "t", count: 5_000),
            authors: Array(repeating: "A. Author", count: 20_000) + [String(repeating: "n", count: 5_000)],
            abstract: String(repeating: "a", count: 100_000), primaryCategory: "cs.CL",
            categories: Array(repeating: "cs.CL", count: 100_000) + ["cs.LG"] + (0..<100).map { "cs.X\($0)" },
            comments: String(repeating: "c", count: 3_000_000), journalRef: String(repeating: "j", count: 10_000),
            doi: String(repeating: "d", count: 10_000))
        #expect(paper.title.unicodeScalars.count == FieldLimits.titleCharacters)
        #expect(paper.title.hasSuffix("…"))
        #expect(paper.abstract.unicodeScalars.count == FieldLimits.abstractCharacters)
        #expect(paper.authors.count == FieldLimits.authors)
        #expect(paper.categories.count == FieldLimits.categories)
        #expect(Array(paper.categories.prefix(2)) == ["cs.CL", "cs.LG"])
        #expect(paper.comments?.unicodeScalars.count == FieldLimits.commentsCharacters)
        #expect(paper.journalRef?.unicodeScalars.count == FieldLimits.journalRefCharacters)
        #expect(paper.doi?.unicodeScalars.count == FieldLimits.doiCharacters)
    }

    @Test("a paper within every limit is kept as it is")
    func ordinaryPaper() {
        let paper = Paper(id: "2411.00001", version: 2, title: "A title", authors: ["A. One", "B. Two"],
                          abstract: "Text.\nMore.", primaryCategory: "cs.CL", categories: ["cs.CL", "cs.LG"],
                          comments: "10 pages", journalRef: "JMLR 1", doi: "10.1/x")
        #expect(paper.title == "A title")
        #expect(paper.authors == ["A. One", "B. Two"])
        #expect(paper.abstract == "Text.\nMore.")
        #expect(paper.categories == ["cs.CL", "cs.LG"])
        #expect(paper.comments == "10 pages")
        #expect(paper.journalRef == "JMLR 1")
        #expect(paper.doi == "10.1/x")
    }

    @Test("a venue entry's 10 MB group, 2 M authors and 1 M keywords are cut")
    func venueEntry() throws {
        let entry: [String: Any] = [
            "title": "A venue paper", "status": String(repeating: "g", count: 10_000_000),
            "author": (0..<2_000_000).map { "Author \($0)" }, "keywords": (0..<1_000_000).map { "k\($0)" },
            "site": "https://example.org/" + String(repeating: "p", count: 100_000),
        ]
        let paper = try #require(VenueListing.paper(entry, edition: Self.edition))
        #expect(paper.group.unicodeScalars.count == FieldLimits.groupCharacters)
        #expect(paper.authors.count == FieldLimits.authors)
        #expect(paper.authors.last == "Author \(FieldLimits.authors - 1)")
        #expect(paper.keywords.count == FieldLimits.keywords)
        #expect((paper.pageURL?.unicodeScalars.count ?? 0) == FieldLimits.urlCharacters)
    }

    @Test("a venue entry's over-long id is not taken as its id")
    func venueID() throws {
        let entry: [String: Any] = ["title": "A venue paper", "id": String(repeating: "i", count: 100_000)]
        let paper = try #require(VenueListing.paper(entry, edition: Self.edition))
        #expect(paper.sourceID.utf8.count < 100)
    }

    @Test("a Kaggle record's huge comment, journal-ref and doi are cut, its 100,000 categories made distinct")
    func kaggleRecord() throws {
        var record = KaggleRecord(id: "0704.0001")
        record.title = "A title"
        record.comments = String(repeating: "comment ", count: 300_000)
        record.journalRef = String(repeating: "j", count: 50_000)
        record.doi = String(repeating: "10.1/x ", count: 10_000)
        record.categories = Array(repeating: "math.CO", count: 100_000).joined(separator: " ") + " cs.CG"
        let paper = try KaggleSnapshotParser.paper(from: record)
        #expect(paper.comments?.unicodeScalars.count == FieldLimits.commentsCharacters)
        #expect(paper.journalRef?.unicodeScalars.count == FieldLimits.journalRefCharacters)
        #expect(paper.doi?.unicodeScalars.count == FieldLimits.doiCharacters)
        #expect(paper.categories == ["math.CO", "cs.CG"])
    }

    @Test("a NUL between two words of a title is a space; bidi controls are dropped on ingest")
    func nulAndBidi() {
        #expect(TextCleaning.title("Graph\u{0}Networks") == "Graph Networks")
        let marks = "a\u{200E}b\u{200F}c\u{061C}d\u{202E}e\u{2066}f\u{2069}g"
        #expect(TextCleaning.collapsingWhitespace(marks) == "abcdefg")
        #expect(TextCleaning.abstract("line\u{200F} one\n\nline two") == "line one\nline two")
    }
}
