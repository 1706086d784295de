import Foundation
import Testing
@testable import ReaderStore

@Suite("paper ids the cache accepts")
struct PaperIDValidationTests {
    @Test("arXiv ids in their canonical form and venue ids of letters, digits, . _ - are stored")
    func accepted() {
        for id in ["2411.18123", "hep-th/9901001", "math/0611800", "0JzWiigkUy@OpenReview", "fine_Forum-2@OpenReview",
                   "11953@NeurIPS.2018", "2024.acl-long.1@ACL.2024"] {
            #expect(PaperIDValidation.isStorable(id), "\(id)")
        }
    }

    @Test("control characters, escape sequences, spaces, non-ASCII letters and unknown places are refused")
    func refused() {
        for id in ["2411.18123\u{1B}]52;c;aGk=\u{07}", "bad\u{1B}]0;x\u{07}@OpenReview", "a b@OpenReview", "x\u{9B}31m@ICLR.2025",
                   "hép-th/9901001", "2411.18123v2", "arXiv:2411.18123", "abc@Somewhere", "@OpenReview", "abc@", "a@b@OpenReview",
                   String(repeating: "a", count: 65) + "@OpenReview", "abc\u{202E}@OpenReview", "abc@ICLR.2025\n"] {
            #expect(!PaperIDValidation.isStorable(id), "\(id.debugDescription)")
        }
    }

    @Test("an old-style id with a non-ASCII archive is not an arXiv id")
    func oldStyleASCII() {
        #expect(ArxivID(parsing: "hép-th/9901001") == nil)
        #expect(ArxivID(parsing: "math.ÇA/0611800") == nil)
        #expect(ArxivID(parsing: "math.CA/0611800")?.value == "math/0611800")
    }

    @Test("a venue file entry or an OpenReview note with such an id is left out, the others kept")
    func venueBoundaries() throws {
        let edition = try #require(VenueEdition(parsing: "NeurIPS.2018"))
        let file = """
            {"id": "11953", "title": "Kept"}
            {"id": "x\\u001b]52;c;aGk=\\u0007y", "title": "Refused"}
            """
        let listing = try VenueListing.parse(Data(file.utf8), edition: edition)
        #expect(listing.papers.map(\.sourceID) == ["11953@NeurIPS.2018"])
        #expect(listing.skipped == 1)
        #expect(listing.firstSkipReason == "an entry whose id has characters no paper id can have")
        let notes = """
            {"notes": [{"forum": "goodForum01", "content": {"title": {"value": "Kept"}, "venue": {"value": "NeurIPS 2018 Poster"}}},
                       {"forum": "bad\\u001bforum", "content": {"title": {"value": "Refused"}, "venue": {"value": "NeurIPS 2018 Poster"}}}]}
            """
        let page = try OpenReviewNotes.parse(Data(notes.utf8), edition: edition)
        #expect(page.papers.map(\.sourceID) == ["goodForum01@OpenReview"])
        #expect(page.invalidIDs == 1)
        #expect(page.noteCount == 2)
    }
}
