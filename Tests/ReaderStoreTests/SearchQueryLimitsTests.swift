import Foundation
import Testing
@testable import ReaderStore

@Suite("search queries: repeated words, and how long a query may be")
struct SearchQueryLimitsTests {
    @Test("a word repeated is looked for once, excluded words and OR groups too")
    func repeatedWords() throws {
        let query = try SearchQuery(parsing: "graph graph -noise graph OR graph -noise a OR b a OR b")
        #expect(query.required.map { $0.map(\.text) } == [["graph"], ["a", "b"]])
        #expect(query.excluded.map(\.text) == ["noise"])
        #expect(query.matchExpression == #""graph" AND ("a" OR "b") NOT "noise""#)
    }

    @Test("one word typed 24,000 times is refused at once with a sentence")
    func hugeQuery() {
        let text = Array(repeating: "diffusion", count: 24_000).joined(separator: " ")
        let started = ContinuousClock.now
        #expect(throws: SearchQueryError.message("a search is at most 1000 characters long: shorten it")) {
            _ = try SearchQuery(parsing: text)
        }
        #expect(ContinuousClock.now - started < .seconds(1))
    }

    @Test("repeats within the length limit are fine; more than 64 different words are refused")
    func termLimit() throws {
        let repeated = try SearchQuery(parsing: Array(repeating: "net", count: 200).joined(separator: " "))
        #expect(repeated.required.count == 1)
        let many = (0..<65).map { "w\($0)" }.joined(separator: " ")
        #expect(throws: SearchQueryError.message("a search looks for at most 64 different words: drop some")) {
            _ = try SearchQuery(parsing: many)
        }
        let enough = try SearchQuery(parsing: (0..<64).map { "w\($0)" }.joined(separator: " "))
        #expect(enough.required.count == 64)
    }
}
