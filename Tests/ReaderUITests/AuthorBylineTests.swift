import Testing
@testable import ReaderUI

@Suite("list rows name authors without the affiliations arXiv puts after them")
struct AuthorBylineTests {
    @Test("brackets left out, closed or not; a name of brackets alone kept whole")
    func affiliations() {
        #expect(AuthorByline.name("M. R. Nirmal (Department of Chemistry, Indian Institute of Technology, India)") == "M. R. Nirmal")
        #expect(AuthorByline.name("Jane Doe [MIT] (CSAIL)") == "Jane Doe")
        #expect(AuthorByline.name("Ann Lee (Dept. of Physics, cut off") == "Ann Lee")
        #expect(AuthorByline.name("(anonymous)") == "(anonymous)")
        #expect(AuthorByline.name("Zoë  Zebra") == "Zoë Zebra")
    }

    @Test("the two-line row's byline falls back to the surname, not the affiliation's last word")
    func surname() {
        let split = TitleSplit.of(String(repeating: "A long title about quantum chemistry ", count: 3), authors: [
            "M. R. Nirmal (Department of Chemistry, Indian Institute of Technology, India)", "B. Author",
        ], width: 60, categoryWidth: 15)
        #expect(!split.authors.contains("India"), "\(split)")
    }
}
