import Foundation
import TestSupport
import Testing
@testable import ReaderStore

@Suite("Kaggle arXiv snapshot lines")
struct KaggleSnapshotParserTests {
    private static let snapshot = "arxiv/kaggle_arxiv-metadata-oai-snapshot_head200.jsonl"
    private static let lineCount = 200
    private static let byteCount = 287_303

    private func snapshotLines() throws -> [Data] {
        try Fixtures.data(Self.snapshot).split(separator: UInt8(ascii: "\n")).map { Data($0) }
    }

    @Test("every line of the recorded snapshot is a paper")
    func everyLineParses() throws {
        let lines = try snapshotLines()
        #expect(lines.count == Self.lineCount)
        let papers = try lines.map { try KaggleSnapshotParser.parse(line: $0) }
        #expect(Set(papers.map(\.id)).count == Self.lineCount)
        #expect(papers.first?.id == "0704.0001")
        #expect(papers.last?.id == "0704.0200")
        for paper in papers {
            #expect(!paper.title.isEmpty)
            #expect(!paper.authors.isEmpty)
            #expect(!paper.abstract.isEmpty)
            #expect(paper.categories.first == paper.primaryCategory)
            let published = try #require(paper.published)
            let updated = try #require(paper.updated)
            #expect(published <= updated)
        }
    }

    @Test("the first record is read field by field")
    func firstRecord() throws {
        let first = try #require(snapshotLines().first)
        let paper = try KaggleSnapshotParser.parse(line: first)
        #expect(paper.id == "0704.0001")
        #expect(paper.version == 2)
        #expect(paper.title == "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies")
        #expect(paper.authors == ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan"])
        #expect(paper.primaryCategory == "hep-ph")
        #expect(paper.categories == ["hep-ph"])
        #expect(paper.comments == "37 pages, 15 figures; published version")
        #expect(paper.journalRef == "Phys.Rev.D76:013009,2007")
        #expect(paper.doi == "10.1103/PhysRevD.76.013009")
        #expect(paper.published == utc("2007-04-02T19:18:42Z"))
        #expect(paper.updated == utc("2007-07-24T20:10:27Z"))
        #expect(paper.abstract.hasPrefix("A fully differential calculation in perturbative quantum chromodynamics is presented for the production"))
        #expect(paper.abstract.hasSuffix("can be obtained with judicious selection of events."))
    }

    @Test("the second record splits its authors at 'and' and keeps both categories")
    func secondRecord() throws {
        let second = try #require(snapshotLines().dropFirst().first)
        let paper = try KaggleSnapshotParser.parse(line: second)
        #expect(paper.id == "0704.0002")
        #expect(paper.authors == ["Ileana Streinu", "Louis Theran"])
        #expect(paper.categories == ["math.CO", "cs.CG"])
        #expect(paper.doi == nil)
        #expect(paper.journalRef == nil)
        #expect(paper.published == utc("2007-03-31T02:26:18Z"))
        #expect(paper.updated == utc("2008-12-13T17:26:00Z"))
    }

    @Test("the line reader finds every line, however small its chunks", arguments: [1 << 20, 1000, 7])
    func lineReader(chunkSize: Int) throws {
        var reader = try LineReader(path: Fixtures.url(Self.snapshot).path, chunkSize: chunkSize)
        var lines: [Data] = []
        while let line = try reader.next() { lines.append(line) }
        #expect(lines.count == Self.lineCount)
        #expect(reader.bytesRead == Self.byteCount)
        #expect(try lines == snapshotLines())
    }

    @Test("the line reader returns a last line without a newline, and empty lines as empty")
    func lineReaderEdges() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("a\n\nb\nlast".utf8).write(to: file)
        var reader = try LineReader(path: file.path, chunkSize: 2)
        var lines: [String] = []
        while let line = try reader.next() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == ["a", "", "b", "last"])
    }

    @Test("a missing snapshot file is refused with its path")
    func missingFile() {
        let path = "/nonexistent/papers-tui/snapshot.jsonl"
        #expect(throws: FeedError.badInput("cannot read \(path): no such file or no permission")) {
            _ = try LineReader(path: path)
        }
    }

    @Test("a line that is not a paper record is refused, saying why (and not calling it XML)", arguments: [
        "{\"id\": \"0704.0001\", \"title\": \"cut off",
        "not json at all",
        "",
        "{\"id\": \"abc\", \"title\": \"An id arXiv never issued\"}",
    ])
    func malformedLine(line: String) throws {
        let error = try #require(throws: FeedError.self) { try KaggleSnapshotParser.parse(line: Data(line.utf8)) }
        guard case .badInput(let reason) = error else {
            Issue.record("expected badInput, got \(error)")
            return
        }
        #expect(reason.contains("not a paper record") || reason.contains("not an arXiv id"))
        #expect(!"\(error)".contains("XML"))
    }
}
