import Foundation
import TestSupport
import Testing
@testable import ReaderStore

/// XML built to crash or stall a parser: deep nesting, entities of its own, unknown entities.
@Suite("hostile XML: nesting depth, entity expansion, unknown entities")
struct HostileXMLTests {
    /// An RSS feed whose one item holds `depth` nested elements.
    static func nestedFeed(depth: Int) -> Data {
        var text = #"<?xml version="1.0"?><rss version="2.0"><channel><title>cs.AI</title><item>"#
        text += String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        text += "</item></channel></rss>"
        return Data(text.utf8)
    }

    /// The recorded cs.AI day with an internal DTD declaring `entity` and the first title using it `uses` times.
    static func feedWithEntity(value: String, uses: Int) throws -> Data {
        let feed = try Fixtures.text("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")
        let declaration = "<!DOCTYPE rss [ <!ENTITY big \"\(value)\"> ]>\n"
        let withDTD = feed.replacingOccurrences(of: "<rss ", with: declaration + "<rss ", options: [], range: feed.range(of: "<rss "))
        let references = String(repeating: "&big;", count: uses)
        return Data(withDTD.replacingOccurrences(of: "<title>Math Takes Two", with: "<title>\(references)Math Takes Two").utf8)
    }

    @Test("a feed nested 40,000 deep is refused with a sentence, not a crash, on every XML parser")
    func deepNesting() throws {
        let data = Self.nestedFeed(depth: 40_000)
        let expected = "sent XML nested deeper than \(XMLRecordReader.maxDepth) elements: refused to read it"
        let rss = try #require(throws: FeedError.self) { try ArxivRSSParser.parse(data, source: "arXiv's RSS feed") }
        #expect(rss.description == "arXiv's RSS feed " + expected)
        let api = try #require(throws: FeedError.self) { try ArxivAPIParser.parse(data) }
        #expect(api.description.hasSuffix(expected))
        let oai = try #require(throws: FeedError.self) { try OAIPMHParser.parse(data) }
        #expect(oai.description.hasSuffix(expected))
    }

    @Test("nesting up to the limit is read as before")
    func nestingAtTheLimit() throws {
        // rss, channel, item and the nested elements: the deepest is exactly at the limit.
        let feed = try ArxivRSSParser.parse(Self.nestedFeed(depth: XMLRecordReader.maxDepth - 3))
        #expect(feed.entries.isEmpty)
    }

    @Test("a tree 200,000 levels deep is freed, to its deepest node, without overflowing the stack")
    func iterativeRelease() {
        var top: XMLElementNode? = XMLElementNode(name: "root", namespace: nil, attributes: [:])
        weak var deepest: XMLElementNode?
        var current = top
        for _ in 0..<200_000 {
            let child = XMLElementNode(name: "a", namespace: nil, attributes: [:])
            current?.children.append(child)
            current = child
        }
        deepest = current
        current = nil
        #expect(deepest != nil)
        top = nil
        #expect(deepest == nil)
    }

    @Test("a child still held elsewhere keeps its children when its parent is freed")
    func heldChildKeepsItsTree() {
        var parent: XMLElementNode? = XMLElementNode(name: "parent", namespace: nil, attributes: [:])
        let held = XMLElementNode(name: "held", namespace: nil, attributes: [:])
        held.children.append(XMLElementNode(name: "grandchild", namespace: nil, attributes: [:]))
        parent?.children.append(held)
        parent = nil
        #expect(parent == nil)
        #expect(held.children.map(\.name) == ["grandchild"])
    }

    @Test("an entity of 1 MB referenced a thousand times is refused before it is expanded, quickly")
    func entityExpansion() throws {
        let data = try Self.feedWithEntity(value: String(repeating: "x", count: 1 << 20), uses: 1_000)
        let started = ContinuousClock.now
        let error = try #require(throws: FeedError.self) { try ArxivRSSParser.parse(data, source: "arXiv's RSS feed") }
        #expect(error.description == "arXiv's RSS feed sent XML that declares entities of its own (feeds never do): refused to read it")
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test("even a small declared entity is refused, on the API and OAI-PMH parsers too")
    func smallEntity() throws {
        let data = try Self.feedWithEntity(value: "x", uses: 1)
        for parse in [{ _ = try ArxivAPIParser.parse(data) }, { _ = try OAIPMHParser.parse(data) }] as [() throws -> Void] {
            let error = try #require(throws: FeedError.self) { try parse() }
            #expect(error.description.contains("declares entities of its own"))
        }
    }

    @Test("a DOCTYPE after comments and processing instructions is still seen", arguments: [
        "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<?pi data?>\n<!DOCTYPE rss [<!ENTITY e \"x\">]><rss/>",
        "\u{FEFF}<!DOCTYPE rss SYSTEM \"x.dtd\" [ <!-- ] > --> <!ENTITY e 'x'> ]><rss/>",
        "<!DOCTYPE rss [ <!ATTLIST rss a CDATA \"]>\"> <!ENTITY e 'x'> ]><rss/>",
    ])
    func prologVariants(text: String) {
        #expect(XMLProlog.declaresEntities(Data(text.utf8)))
    }

    @Test("a DOCTYPE without entity declarations, and entity-like text in the body, are fine", arguments: [
        "<?xml version=\"1.0\"?><!DOCTYPE rss><rss/>",
        "<!DOCTYPE rss PUBLIC \"-//x//EN\" \"rss.dtd\"><rss/>",
        "<!DOCTYPE rss [ <!ELEMENT rss ANY> ]><rss/>",
        "<rss><![CDATA[<!DOCTYPE x [<!ENTITY e 'x'>]>]]></rss>",
        "",
    ])
    func prologWithoutEntities(text: String) {
        #expect(!XMLProlog.declaresEntities(Data(text.utf8)))
    }

    @Test("undeclared entities and bare ampersands become literal text; references XML knows are left", arguments: [
        ("<t>a &nbsp; b</t>", "<t>a &amp;nbsp; b</t>"),
        ("<t a=\"AT&T\">x&y</t>", "<t a=\"AT&amp;T\">x&amp;y</t>"),
        ("<t>&amp;&lt;&gt;&quot;&apos;&#38;&#x26;</t>", "<t>&amp;&lt;&gt;&quot;&apos;&#38;&#x26;</t>"),
        ("<t><![CDATA[a & b &nbsp;]]> &c</t>", "<t><![CDATA[a & b &nbsp;]]> &amp;c</t>"),
        ("<t><!-- & --> &#xZZ; &ampx; &</t>", "<t><!-- & --> &amp;#xZZ; &amp;ampx; &amp;</t>"),
    ])
    func ampersands(input: String, expected: String) {
        #expect(String(decoding: XMLAmpersands.escapingUndeclared(Data(input.utf8)), as: UTF8.self) == expected)
    }

    @Test("the text after an entity the feed never declared is kept")
    func unknownEntityKeepsText() throws {
        let feed = try Fixtures.text("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml")
        let edited = feed.replacingOccurrences(of: "<title>Math Takes Two", with: "<title>Math &nbsp; Takes Two &AT&T")
        let parsed = try ArxivRSSParser.parse(Data(edited.utf8))
        let title = try #require(parsed.entries.first { $0.paper.id == "2604.21935" }?.paper.title)
        #expect(title == "Math &nbsp; Takes Two &AT&T: A test for emergent mathematical reasoning in communication")
        #expect(parsed.entries.count == 3)
    }
}
