import Foundation
import ReaderStore

/// Papers per second from each source format, parse and write, into a fresh cache.
struct IngestBenchmark {
    let corpus: SyntheticCorpus
    let folder: URL

    func papers(_ count: Int, seed: UInt64, month: String = "2511") -> [Paper] {
        var random = SeededRandom(seed: seed)
        let day = Date(timeIntervalSince1970: 1_763_000_000)
        return (1...count).map { corpus.paper(id: "\(month).\(String(format: "%05d", $0))", announced: day, &random) }
    }

    func freshStore(_ name: String) throws -> PaperStore {
        try PaperStore(path: folder.appendingPathComponent("\(name)-\(UUID().uuidString).sqlite").path)
    }

    func run(count: Int) throws -> [(String, Double)] {
        let papers = papers(count, seed: 42)
        var results: [(String, Double)] = []

        let kaggle = folder.appendingPathComponent("snapshot.jsonl")
        try Data(papers.map(Self.kaggleLine).joined(separator: "\n").utf8).write(to: kaggle)
        let kaggleStore = try freshStore("kaggle")
        let kaggleTime = try time { _ = try SnapshotImporter(store: kaggleStore).importFile(kaggle.path) }
        results.append(("Kaggle JSON lines", Double(count) / kaggleTime * 1000))

        let rssStore = try freshStore("rss")
        let rssPages = stride(from: 0, to: count, by: 1000).map { Data(Self.rss(Array(papers[$0..<min(count, $0 + 1000)])).utf8) }
        let rssTime = try time {
            for page in rssPages { _ = try rssStore.saveDailyFeed(try ArxivRSSParser.parse(page), categories: ["cs.LG"]) }
        }
        results.append(("RSS (1,000 items a feed)", Double(count) / rssTime * 1000))

        let apiStore = try freshStore("api")
        let apiPages = stride(from: 0, to: count, by: 100).map { Data(Self.atom(Array(papers[$0..<min(count, $0 + 100)])).utf8) }
        let apiTime = try time {
            for page in apiPages { _ = try apiStore.savePapers(try ArxivAPIParser.parse(page).papers) }
        }
        results.append(("API Atom (100 entries a page)", Double(count) / apiTime * 1000))

        let oaiStore = try freshStore("oai")
        let oaiPages = stride(from: 0, to: count, by: 1000).map { Data(Self.oai(Array(papers[$0..<min(count, $0 + 1000)])).utf8) }
        let oaiTime = try time {
            for page in oaiPages { _ = try oaiStore.savePapers(try OAIPMHParser.parse(page).papers) }
        }
        results.append(("OAI-PMH arXivRaw (1,000 records a page)", Double(count) / oaiTime * 1000))
        return results
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func kaggleLine(_ paper: Paper) -> String {
        let object: [String: Any] = [
            "id": paper.id, "submitter": paper.authors[0], "authors": paper.authors.joined(separator: ", "), "title": paper.title,
            "comments": paper.comments ?? NSNull(), "journal-ref": NSNull(), "doi": NSNull(), "categories": paper.categories.joined(separator: " "),
            "abstract": paper.abstract, "versions": [["version": "v1", "created": "Mon, 17 Nov 2025 10:00:00 GMT"]],
            "update_date": "2025-11-17", "authors_parsed": paper.authors.map { [$0, "", ""] },
        ]
        return String(decoding: (try? JSONSerialization.data(withJSONObject: object)) ?? Data(), as: UTF8.self)
    }

    static func rss(_ papers: [Paper]) -> String {
        var xml = """
            <rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>
            <title>cs.LG updates on arXiv.org</title><pubDate>Mon, 17 Nov 2025 00:00:00 -0500</pubDate>
            """
        for paper in papers {
            xml += """
                <item><title>\(escape(paper.title))</title><link>https://arxiv.org/abs/\(paper.id)</link>
                <description>arXiv:\(paper.id)v1 Announce Type: new
                Abstract: \(escape(paper.abstract))</description>
                <guid isPermaLink="false">oai:arXiv.org:\(paper.id)v1</guid>
                \(paper.categories.map { "<category>\($0)</category>" }.joined())
                <pubDate>Mon, 17 Nov 2025 00:00:00 -0500</pubDate><arxiv:announce_type>new</arxiv:announce_type>
                <dc:creator>\(escape(paper.authors.joined(separator: ", ")))</dc:creator></item>

                """
        }
        return xml + "</channel></rss>"
    }

    static func atom(_ papers: [Paper]) -> String {
        var xml = """
            <?xml version='1.0' encoding='UTF-8'?>
            <feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
            <opensearch:totalResults>\(papers.count)</opensearch:totalResults><opensearch:startIndex>0</opensearch:startIndex>
            """
        for paper in papers {
            xml += """
                <entry><id>http://arxiv.org/abs/\(paper.id)v1</id><title>\(escape(paper.title))</title>
                <updated>2025-11-17T10:00:00Z</updated><published>2025-11-17T10:00:00Z</published>
                <summary>\(escape(paper.abstract))</summary>
                \(paper.categories.map { "<category term=\"\($0)\" scheme=\"http://arxiv.org/schemas/atom\"/>" }.joined())
                <arxiv:primary_category term="\(paper.primaryCategory)"/>
                \(paper.authors.map { "<author><name>\(escape($0))</name></author>" }.joined())
                </entry>

                """
        }
        return xml + "</feed>"
    }

    static func oai(_ papers: [Paper]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2025-11-18T00:00:00Z</responseDate><ListRecords>
            """
        for paper in papers {
            xml += """
                <record><header><identifier>oai:arXiv.org:\(paper.id)</identifier><datestamp>2025-11-17</datestamp></header>
                <metadata><arXivRaw xmlns="http://arxiv.org/OAI/arXivRaw/"><id>\(paper.id)</id>
                <version version="v1"><date>Mon, 17 Nov 2025 10:00:00 GMT</date><size>100kb</size></version>
                <title>\(escape(paper.title))</title><authors>\(escape(paper.authors.joined(separator: ", ")))</authors>
                <categories>\(paper.categories.joined(separator: " "))</categories><abstract>\(escape(paper.abstract))</abstract>
                </arXivRaw></metadata></record>

                """
        }
        return xml + "<resumptionToken/></ListRecords></OAI-PMH>"
    }
}

/// What decoding one streamed chunk costs (SSE framing plus the chunk's JSON).
func streamOverheadMicroseconds(chunks: Int) throws -> Double {
    var body = Data()
    for index in 0..<chunks {
        body += Data(#"data: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":" token\#(index)"},"finish_reason":null}]}"#.utf8)
        body += Data("\n\n".utf8)
    }
    var decoder = SSEDecoder()
    var text = 0
    let elapsed = try time {
        var offset = 0
        while offset < body.count {
            let end = min(body.count, offset + 512)
            for payload in try decoder.feed(body[offset..<end]) {
                for event in try ChatChunk.events(in: payload) { if case .delta(let piece) = event { text += piece.count } }
            }
            offset = end
        }
    }
    precondition(text > 0)
    return elapsed * 1000 / Double(chunks)
}
