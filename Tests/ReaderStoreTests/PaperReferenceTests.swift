import Testing
@testable import ReaderStore

@Suite("paper references: ids and pasted URLs")
struct PaperReferenceTests {
    static let realWorldForms: [(String, String)] = [
        ("2411.18123", "2411.18123"),
        ("2411.18123v2", "2411.18123v2"),
        ("arXiv:2411.18123", "2411.18123"),
        ("hep-th/9901001", "hep-th/9901001"),
        ("https://arxiv.org/abs/2411.18123", "2411.18123"),
        ("https://arxiv.org/abs/2411.18123v3", "2411.18123v3"),
        ("http://arxiv.org/pdf/2411.18123v1.pdf", "2411.18123v1"),
        ("https://arxiv.org/pdf/2411.18123", "2411.18123"),
        ("https://arxiv.org/html/2411.18123v1", "2411.18123v1"),
        ("https://www.arxiv.org/abs/2411.18123?context=cs", "2411.18123"),
        ("arxiv.org/abs/2411.18123", "2411.18123"),
        ("https://export.arxiv.org/abs/2411.18123", "2411.18123"),
        ("https://arxiv.org/abs/hep-th/9901001v2", "hep-th/9901001v2"),
        ("https://papers.cool/arxiv/2411.18123", "2411.18123"),
        ("https://huggingface.co/papers/2411.18123", "2411.18123"),
        ("https://www.alphaxiv.org/abs/2411.18123", "2411.18123"),
        ("https://www.alphaxiv.org/overview/2411.18123v1", "2411.18123v1"),
        ("https://ar5iv.labs.arxiv.org/html/2411.18123", "2411.18123"),
        ("https://ar5iv.org/abs/2411.18123", "2411.18123"),
        ("https://papers.cool/venue/zkIeKmVjwf@OpenReview", "zkIeKmVjwf@OpenReview"),
        ("https://openreview.net/forum?id=zkIeKmVjwf", "zkIeKmVjwf@OpenReview"),
        ("https://openreview.net/pdf?id=zkIeKmVjwf", "zkIeKmVjwf@OpenReview"),
        ("zkIeKmVjwf@OpenReview", "zkIeKmVjwf@OpenReview"),
    ]

    @Test("every real-world form names the paper", arguments: realWorldForms)
    func forms(_ input: String, _ expected: String) {
        #expect(PaperReference(parsing: input)?.description == expected)
    }

    @Test("what is not a reference is refused", arguments: [
        "", "hello", "2411.123", "https://example.com/abs/2411.18123", "https://openreview.net/group?id=ICLR.cc",
        "https://huggingface.co/models/2411.18123", "https://papers.cool/arxiv/cs.AI", "1234.56789", "'; DROP TABLE paper",
    ])
    func refused(_ input: String) {
        #expect(PaperReference(parsing: input) == nil)
    }

    @Test("several at once, separated by spaces, commas or lines, duplicates once, the rest reported")
    func several() {
        let (references, unrecognised) = PaperReference.all(in: "2411.18123, https://arxiv.org/abs/2411.18123\nhep-th/9901001 junk")
        #expect(references.map(\.description) == ["2411.18123", "hep-th/9901001"])
        #expect(unrecognised == ["junk"])
    }
}
