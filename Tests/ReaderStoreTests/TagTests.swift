import Foundation
import Testing
@testable import ReaderStore

@Suite("tags: kept, searched, and merged between devices as sets")
struct TagTests {
    @Test("names are lower-cased and checked; added once, taken off, counted, and found with tag:")
    func addRemoveSearch() throws {
        #expect(TagName.normalized("#KV-Cache") == "kv-cache")
        #expect(TagName.normalized("reading/2026") == "reading/2026")
        #expect(TagName.normalized("two words") == nil)
        #expect(TagName.normalized("") == nil)
        #expect(TagName.normalized("bad\u{1B}[31m") == nil)
        #expect(TagName.normalized(String(repeating: "a", count: 41)) == nil)
        let store = try SearchTests.store()
        #expect(try store.addTags(["kv-cache", "to-read"], to: ["2604.00001", "2604.00002"]) == 4)
        #expect(try store.addTags(["kv-cache"], to: ["2604.00001"]) == 0)
        #expect(try store.tags(for: "2604.00001") == ["kv-cache", "to-read"])
        #expect(try store.removeTags(["to-read"], from: ["2604.00001"]) == 1)
        #expect(try store.allTags() == [TagCount(name: "kv-cache", papers: 2), TagCount(name: "to-read", papers: 1)])
        let found = try store.search(SearchQuery(parsing: "tag:to-read")).map(\.listed.paper.id)
        #expect(found == ["2604.00002"])
        let both = try store.search(SearchQuery(parsing: "zebrafish tag:KV-Cache")).map(\.listed.paper.id)
        #expect(Set(both) == ["2604.00001", "2604.00002"])
        #expect(throws: SearchQueryError.self) { try SearchQuery(parsing: "tag:two%words") }
    }

    @Test("a tag added on A and another on B: both on both; one taken off later on A goes from B, the other stays")
    func mergedAsSets() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-tags-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let a = try makeTemporaryStore(), b = try makeTemporaryStore()
        try a.addTags(["kv-cache"], to: ["2604.21935"])
        try b.addTags(["llm"], to: ["2604.21935"])
        for store in [a, b, a] { _ = try LibrarySync.run(store: store, folder: folder) }
        #expect(try a.tags(for: "2604.21935") == ["kv-cache", "llm"])
        #expect(try b.tags(for: "2604.21935") == ["kv-cache", "llm"])
        Thread.sleep(forTimeInterval: 0.005)
        try a.removeTags(["kv-cache"], from: ["2604.21935"])
        for store in [a, b] { _ = try LibrarySync.run(store: store, folder: folder) }
        #expect(try b.tags(for: "2604.21935") == ["llm"])
        let file = folder.appendingPathComponent("export.jsonl")
        _ = try LibrarySync.export(b, to: file)
        let c = try makeTemporaryStore()
        _ = try LibrarySync.importFile(file, into: c)
        #expect(try c.tags(for: "2604.21935") == ["llm"])
    }
}
