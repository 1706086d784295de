import ArgumentParser
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

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case kaggle, rss, api, oai

        var name: String {
            switch self {
            case .kaggle: "Kaggle JSON lines"
            case .rss: "RSS (1,000 items a feed)"
            case .api: "API Atom (100 entries a page)"
            case .oai: "OAI-PMH arXivRaw (1,000 records a page)"
            }
        }
    }

    func run(count: Int, formats: [Format] = Format.allCases, parseOnly: Bool = false) throws -> [(String, Double)] {
        let papers = papers(count, seed: 42)
        return try formats.map { format in
            (format.name, Double(count) / (try measure(format, papers, parseOnly: parseOnly)) * 1000)
        }
    }

    /// Writes `papers` as a Kaggle snapshot file, in pieces, so that millions of lines fit in memory.
    func writeSnapshot(count: Int, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteNoPermission) }
        defer { try? handle.close() }
        var random = SeededRandom(seed: 42)
        let day = Date(timeIntervalSince1970: 1_763_000_000)
        var chunk = ""
        for index in 0..<count {
            // Ids by month, 25,000 a month (arXiv's recent rate), back from 2511: 2.7 M papers reach
            // 1612, within the five-digit numbering that began in 1501.
            let monthsSince0 = 25 * 12 + 10 - index / 25_000
            let id = String(format: "%02d%02d.%05d", monthsSince0 / 12, monthsSince0 % 12 + 1, index % 25_000 + 1)
            let paper = corpus.paper(id: id, announced: day, &random)
            chunk += Self.kaggleLine(paper) + "\n"
            if chunk.utf8.count > 1 << 22 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
    }

    /// Milliseconds to parse and write (or with `parseOnly`, only to parse) `papers` in `format`.
    private func measure(_ format: Format, _ papers: [Paper], parseOnly: Bool) throws -> Double {
        let store = try freshStore(format.rawValue)
        switch format {
        case .kaggle:
            if parseOnly {
                let lines = papers.map { Data(Self.kaggleLine($0).utf8) }
                return try time { for line in lines { _ = try KaggleSnapshotParser.parse(line: line) } }
            }
            let kaggle = folder.appendingPathComponent("snapshot.jsonl")
            try Data(papers.map(Self.kaggleLine).joined(separator: "\n").utf8).write(to: kaggle)
            return try time { _ = try SnapshotImporter(store: store).importFile(kaggle.path) }
        case .rss:
            return try timed(pages(papers, 1000, Self.rss), parse: { try ArxivRSSParser.parse($0) },
                             write: parseOnly ? nil : { _ = try store.saveDailyFeed($0, categories: ["cs.LG"]) })
        case .api:
            return try timed(pages(papers, 100, Self.atom), parse: { try ArxivAPIParser.parse($0).papers },
                             write: parseOnly ? nil : { _ = try store.savePapers($0) })
        case .oai:
            return try timed(pages(papers, 1000, Self.oai), parse: { try OAIPMHParser.parse($0).papers },
                             write: parseOnly ? nil : { _ = try store.savePapers($0) })
        }
    }

    private func pages(_ papers: [Paper], _ size: Int, _ render: ([Paper]) -> String) -> [Data] {
        stride(from: 0, to: papers.count, by: size).map { Data(render(Array(papers[$0..<min(papers.count, $0 + size)])).utf8) }
    }

    /// Milliseconds to parse every page and, unless `write` is nil, write what it held.
    private func timed<Parsed>(_ pages: [Data], parse: (Data) throws -> Parsed, write: ((Parsed) throws -> Void)?) throws -> Double {
        try time {
            for page in pages {
                let parsed = try parse(page)
                try write?(parsed)
            }
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// One snapshot line as Kaggle writes them (field order included), written by hand: millions
    /// of lines through JSONSerialization took minutes.
    static func kaggleLine(_ paper: Paper) -> String {
        func quoted(_ text: String?) -> String { text.map(JSONText.quoted) ?? "null" }
        let parsed = paper.authors.map { "[\(quoted($0)),\"\",\"\"]" }.joined(separator: ",")
        return "{\"id\":\(quoted(paper.id)),\"submitter\":\(quoted(paper.authors[0])),"
            + "\"authors\":\(quoted(paper.authors.joined(separator: ", "))),\"title\":\(quoted(paper.title)),"
            + "\"comments\":\(quoted(paper.comments)),\"journal-ref\":null,\"doi\":null,\"report-no\":null,"
            + "\"categories\":\(quoted(paper.categories.joined(separator: " "))),\"license\":null,"
            + "\"abstract\":\(quoted(paper.abstract)),"
            + "\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 17 Nov 2025 10:00:00 GMT\"}],"
            + "\"update_date\":\"2025-11-17\",\"authors_parsed\":[\(parsed)]}"
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
