import Foundation
import Testing
import TestSupport
@testable import ReaderStore

/// Every input scripts/fuzz once crashed on (Tests/FuzzCorpus/TARGET/regression-*) goes through its
/// parser in the normal suite too: a parser may refuse it with a FeedError, never crash on it.
@Suite("inputs the fuzzer once crashed on")
struct FuzzRegressionTests {
    static func regressions(_ target: String) throws -> [URL] {
        let folder = Fixtures.packageRoot.appendingPathComponent("Tests/FuzzCorpus/\(target)")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("regression-") }
    }

    @Test("invalid UTF-8 in XML names, attributes and comments is repaired, not a crash in Foundation",
          arguments: ["atom", "rss", "oai"])
    func invalidUTF8(target: String) throws {
        let files = try Self.regressions(target)
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: file)
            do {
                switch target {
                case "atom": _ = try ArxivAPIParser.parse(data)
                case "rss": _ = try ArxivRSSParser.parse(data)
                default: _ = try OAIPMHParser.parse(data)
                }
            } catch {
                #expect(error is FeedError, "\(file.lastPathComponent): \(error)")
            }
        }
    }

    @Test("a search with NUL bytes, or a quote carrying a combining mark, parses to a query that runs")
    func nulInQuery() throws {
        let store = try makeTemporaryStore()
        for file in try Self.regressions("query") {
            let query = try SearchQuery(parsing: String(decoding: try Data(contentsOf: file), as: UTF8.self))
            _ = try store.search(query)
            _ = try store.searchCounts(query)
        }
        let quoteWithMark = try SearchQuery(parsing: "a\"\u{0311}b")
        _ = try store.search(quoteWithMark)
        #expect(quoteWithMark.matchExpression?.unicodeScalars.filter { $0 == "\"" }.count.isMultiple(of: 2) == true)
    }

    @Test("a declared Latin-1 feed keeps its accents; invalid bytes elsewhere become U+FFFD")
    func latin1Kept() throws {
        let title = "Schr\u{F6}dinger"
        var latin1 = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>".utf8)
        latin1 += title.data(using: .isoLatin1)!
        latin1 += Data("</title></item></channel></rss>".utf8)
        #expect(XMLRecordReader.replacingInvalidUTF8(latin1) == latin1)
        let broken = Data("<?xml version=\"1.0\" encoding=\"&TF-8\"?><a b".utf8) + Data([0xFF]) + Data("=\"1\"/>".utf8)
        #expect(String(validating: XMLRecordReader.replacingInvalidUTF8(broken), as: UTF8.self) != nil)
    }
}
