import Testing
@testable import ReaderStore

@Suite("arXiv identifiers")
struct ArxivIDTests {
    @Test("every way an id is written comes back as its canonical form, with the version it named", arguments: [
        ("2411.18123", "2411.18123"),
        ("2411.18123v2", "2411.18123v2"),
        ("arXiv:2411.18123", "2411.18123"),
        ("hep-th/9901001", "hep-th/9901001"),
        ("math.CA/0611800v2", "math/0611800v2"),
        ("2401.6769", "2401.06769"),
        ("1406.2661", "1406.2661"),
        ("https://arxiv.org/abs/2411.18123v2", "2411.18123v2"),
        ("https://arxiv.org/pdf/2411.18123v2.pdf", "2411.18123v2"),
        ("http://export.arxiv.org/abs/hep-th/9901001", "hep-th/9901001"),
        ("https://arxiv.org/html/2411.18123v1", "2411.18123v1"),
        ("oai:arXiv.org:2411.17701v1", "2411.17701v1"),
        ("arXiv:hep-th/9901001v3", "hep-th/9901001v3"),
        ("https://arxiv.org/abs/2411.18123?context=cs.AI", "2411.18123"),
        ("https://arxiv.org/abs/2411.18123v2/", "2411.18123v2"),
        ("  2411.18123v2\n", "2411.18123v2"),
        ("1501.00001", "1501.00001"),
    ])
    func accepts(input: String, expected: String) throws {
        let parsed = try #require(ArxivID(parsing: input))
        #expect(parsed.versioned == expected)
    }

    @Test("the id and the version are kept apart")
    func idAndVersion() throws {
        let versioned = try #require(ArxivID(parsing: "2411.18123v2"))
        #expect(versioned.value == "2411.18123")
        #expect(versioned.version == 2)
        #expect(versioned.description == "2411.18123")

        let bare = try #require(ArxivID(parsing: "2411.18123"))
        #expect(bare.value == "2411.18123")
        #expect(bare.version == nil)

        let oldStyle = try #require(ArxivID(parsing: "math.CA/0611800v2"))
        #expect(oldStyle.value == "math/0611800")
        #expect(oldStyle.version == 2)

        let padded = try #require(ArxivID(parsing: "2401.6769"))
        #expect(padded.value == "2401.06769")
        #expect(padded.version == nil)
    }

    @Test("what is not an arXiv id is refused", arguments: [
        "abc",
        "1234.1234",
        "2411.123",
        "",
        "https://example.com/abs/2411.18123",
        "0704.00001",
        "2411.18123v0",
        "HEP-TH/9901001",
    ])
    func rejects(input: String) {
        #expect(ArxivID(parsing: input) == nil)
    }
}
