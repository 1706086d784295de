import Foundation
import Testing
@testable import ReaderStore

/// Notes in one cache, and carried between two caches through a library folder.
@Suite("notes: kept, searched, and merged between devices without losing a word")
struct NoteTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func sync(_ store: PaperStore) throws {
        _ = try LibrarySync.run(store: store, folder: folder)
    }

    @Test("set, read, replaced, taken away by blank text; control characters go; too long is refused and nothing is saved")
    func setAndRead() throws {
        let store = try SearchTests.store()
        try store.setNote("Read section 3.\r\nCompare with \u{1B}[31mKV caches.", for: "2604.00001")
        #expect(try store.note(for: "2604.00001")?.text == "Read section 3.\nCompare with [31mKV caches.")
        try store.setNote("Second thoughts.", for: "2604.00001")
        #expect(try store.note(for: "2604.00001")?.text == "Second thoughts.")
        #expect(try store.search(SearchQuery(parsing: "is:noted")).map(\.listed.paper.id) == ["2604.00001"])
        #expect(throws: StoreError.self) { try store.setNote(String(repeating: "a", count: Note.maximumCharacters + 1), for: "2604.00001") }
        #expect(try store.note(for: "2604.00001")?.text == "Second thoughts.")
        try store.setNote("  \n ", for: "2604.00001")
        #expect(try store.note(for: "2604.00001") == nil)
        #expect(try store.notedCount() == 0)
    }

    @Test("a note written on A, then edited on B from it: B's text on both, with no conflict section")
    func editFromTheOther() throws {
        let a = try makeTemporaryStore(), b = try makeTemporaryStore()
        try a.setNote("First idea.", for: "2604.21935")
        try sync(a)
        try sync(b)
        #expect(try b.note(for: "2604.21935")?.text == "First idea.")
        try b.setNote("First idea.\nAnd a second one.", for: "2604.21935")
        try sync(b)
        try sync(a)
        #expect(try a.note(for: "2604.21935")?.text == "First idea.\nAnd a second one.")
    }

    @Test("the same note edited on both devices apart: both texts kept, the same on both, in either order of syncing")
    func editsMadeApart() throws {
        for bFirst in [false, true] {
            let here = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            for name in here { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
            let a = try makeTemporaryStore(), b = try makeTemporaryStore()
            try a.setNote("Shared start.", for: "2604.21935")
            try sync(a)
            try sync(b)
            try a.setNote("Shared start. Edited on the laptop.", for: "2604.21935")
            Thread.sleep(forTimeInterval: 0.005)
            try b.setNote("Shared start. Edited on the server.", for: "2604.21935")
            if bFirst { try sync(b); try sync(a); try sync(b) } else { try sync(a); try sync(b); try sync(a) }
            let onA = try #require(try a.note(for: "2604.21935")?.text)
            #expect(onA == (try b.note(for: "2604.21935")?.text))
            #expect(onA.hasPrefix("Shared start. Edited on the server."), "the later edit first: \(onA)")
            #expect(onA.contains("Edited on the laptop."), "never a lost word: \(onA)")
            #expect(onA.contains("Also kept: this version was written on another machine"))
            // Synced again: nothing more is added.
            try sync(a)
            try sync(b)
            #expect(try a.note(for: "2604.21935")?.text == onA)
        }
    }

    @Test("taken away on A while edited on B: the edit is kept on both")
    func deleteAgainstEdit() throws {
        let a = try makeTemporaryStore(), b = try makeTemporaryStore()
        try a.setNote("Keep me?", for: "2604.21935")
        try sync(a)
        try sync(b)
        try a.setNote("", for: "2604.21935")
        Thread.sleep(forTimeInterval: 0.005)
        try b.setNote("Keep me: yes, with this.", for: "2604.21935")
        try sync(a)
        try sync(b)
        try sync(a)
        #expect(try a.note(for: "2604.21935")?.text == "Keep me: yes, with this.")
        #expect(try b.note(for: "2604.21935")?.text == "Keep me: yes, with this.")
    }

    @Test("notes go in a library export, and a note of 27,000 characters travels whole")
    func exportAndLongNote() throws {
        let a = try makeTemporaryStore(), b = try makeTemporaryStore()
        let long = String(repeating: "Long \"quoted\" note with a tab\tand ünïcode. ", count: 600)
        try a.setNote(long, for: "2604.21935")
        let file = folder.appendingPathComponent("export.jsonl")
        _ = try LibrarySync.export(a, to: file)
        _ = try LibrarySync.importFile(file, into: b)
        #expect(try b.note(for: "2604.21935")?.text == PaperStore.cleanNote(long))
    }
}
