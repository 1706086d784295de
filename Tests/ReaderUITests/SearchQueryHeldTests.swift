import Foundation
import ReaderStore
import Testing
@testable import ReaderUI

@Suite("the parsed search is held, not parsed on each read")
struct SearchQueryHeldTests {
    @Test("setting a search source parses it once into searchQuery; other sources clear it")
    func held() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        #expect(state.searchQuery == nil)
        state.source = .search("graph neural")
        let parsed = try SearchQuery(parsing: "graph neural")
        #expect(state.searchQuery == parsed)
        #expect(state.query == ListQuery(scope: .search(parsed)))
        #expect(state.highlightTerms == parsed.highlightWords)
        state.source = .search("\"unclosed")
        #expect(state.searchQuery == nil)
        #expect(state.query == nil)
        #expect(state.highlightTerms.isEmpty)
        state.source = .papers(["2604.21935"], label: "opened")
        #expect(state.searchQuery == nil)
    }
}
