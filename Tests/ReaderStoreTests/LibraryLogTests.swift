import Foundation
import GRDB
import Testing
@testable import ReaderStore

/// Two or three caches ("devices") and one shared library folder, all real files.
@Suite("library: marks carried between devices through a folder")
struct LibraryLogTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @discardableResult
    func sync(_ store: PaperStore) throws -> LibrarySyncSummary {
        try LibrarySync.run(store: store, folder: folder)
    }

    @Test("a star on A and a later unstar on B give unstarred on both, whichever syncs first")
    func latestWins() throws {
        for bFirst in [false, true] {
            let a = try makeTemporaryStore(), b = try makeTemporaryStore()
            let here = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            for name in here { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
            try a.apply(.star, to: ["2604.21935"])
            try sync(a)
            try sync(b)
            #expect(try b.mark(for: "2604.21935").isStarred)
            // Unsynced in between: A reads a paper, then B reads it and takes the read back, later.
            try a.apply(.read, to: ["2604.21953"])
            Thread.sleep(forTimeInterval: 0.005)
            try b.apply(.unstar, to: ["2604.21935"])
            try b.apply(.read, to: ["2604.21953"])
            try b.apply(.unread, to: ["2604.21953"])
            if bFirst { try sync(b); try sync(a); try sync(b) } else { try sync(a); try sync(b); try sync(a) }
            #expect(try a.mark(for: "2604.21935").isStarred == false)
            #expect(try b.mark(for: "2604.21935").isStarred == false)
            #expect(try a.mark(for: "2604.21953").isRead == false)
            #expect(try a.mark(for: "2604.21953").isSeen, "seen is never taken back")
            #expect(try a.allMarks() == b.allMarks())
        }
    }

    @Test("marks made before the library was set up travel too, dated by their own time")
    func existingMarksTravel() throws {
        let a = try makeTemporaryStore(), b = try makeTemporaryStore()
        try a.apply(.star, to: ["2604.21935"])
        try a.apply(.read, to: ["2604.21953"])
        try a.apply(.dismiss, to: ["2604.21900"])
        let first = try sync(a)
        #expect(first.written >= 4, "star, read, seen (of the read paper), dismissed: \(first)")
        let second = try sync(b)
        #expect(second.otherDevices == 1)
        #expect(try b.mark(for: "2604.21935").isStarred)
        #expect(try b.mark(for: "2604.21953").isRead)
        #expect(try b.mark(for: "2604.21953").isSeen)
        #expect(try b.mark(for: "2604.21900").isDismissed)
        #expect(try a.allMarks() == b.allMarks())
        // Applying what came from A logs nothing new on B, and a sync again changes nothing.
        #expect(try b.pendingLibraryChanges() == 0)
        #expect(try sync(a).merged.applied == 0)
    }

    @Test("1,000 random changes to marks, notes and tags on three devices, synced in random order, end the same on all three")
    func convergence() throws {
        var random = SeededRandom(seed: 20261204)
        let devices = try (0..<3).map { _ in try makeTemporaryStore() }
        let papers = (0..<12).map { String(format: "2605.%05d", $0) }
        for device in devices { try sync(device) }
        for _ in 0..<1_000 {
            let device = devices[Int(random.next() % 3)]
            let paper = papers[Int(random.next() % UInt64(papers.count))]
            switch random.next() % 12 {
            case 0, 1: try device.apply(.star, to: [paper])
            case 2: try device.apply(.unstar, to: [paper])
            case 3: try device.apply(.read, to: [paper])
            case 4: try device.apply(.unread, to: [paper])
            case 5: try device.apply(.dismiss, to: [paper])
            case 6: try device.apply(.undismiss, to: [paper])
            case 7: try device.setNote("note \(random.next() % 1000)", for: paper)
            case 8: if random.next() % 4 == 0 { try device.setNote("", for: paper) }
            case 9: try device.addTags(["t\(random.next() % 3)"], to: [paper])
            case 10: try device.removeTags(["t\(random.next() % 3)"], from: [paper])
            default: try sync(device)
            }
        }
        for _ in 0..<2 { for device in devices { try sync(device) } }
        let marks = try devices.map { try $0.allMarks() }
        #expect(marks[0] == marks[1])
        #expect(marks[1] == marks[2])
        #expect(!marks[0].isEmpty)
        let notes = try devices.map { device in
            try device.pool.read { db in try Row.fetchAll(db, sql: "SELECT paper_id, text FROM note ORDER BY paper_id").map { "\($0["paper_id"] as String): \($0["text"] as String)" } }
        }
        #expect(notes[0] == notes[1])
        #expect(notes[1] == notes[2])
        #expect(!notes[0].isEmpty)
        #expect(notes[0].contains { $0.contains("Also kept: this version was written on another machine") }, "some edits were made apart: \(notes[0])")
        let tags = try devices.map { device in try papers.map { try device.tags(for: $0) } }
        #expect(tags[0] == tags[1])
        #expect(tags[1] == tags[2])
        #expect(tags[0].contains { !$0.isEmpty })
    }

    @Test("a last line still being synced is left for later; a bad line is skipped and counted")
    func truncatedAndBadLines() throws {
        let b = try makeTemporaryStore()
        try sync(b)
        let other = folder.appendingPathComponent("dother.jsonl")
        let star = LibraryEvent(device: "dother", clock: 1_800_000_000_000, seq: 1, paperID: "2604.21935", field: .star,
                                value: "2026-12-04 10:00:00.000").line
        let later = LibraryEvent(device: "dother", clock: 1_800_000_000_001, seq: 2, paperID: "2604.21953", field: .star,
                                 value: "2026-12-04 10:00:01.000").line
        let text = "not json at all\n" + "{\"v\":9,\"device\":\"dother\"}\n" + star + "\n" + later.prefix(30)
        try Data(text.utf8).write(to: other)
        let first = try sync(b)
        #expect(first.merged.malformed == 1)
        #expect(first.merged.laterFormat == 1)
        #expect(first.merged.applied == 1)
        #expect(try b.mark(for: "2604.21935").isStarred)
        #expect(try !b.mark(for: "2604.21953").isStarred, "the cut line is not read")
        try Data((text + later.dropFirst(30) + "\n").utf8).write(to: other)
        let second = try sync(b)
        #expect(second.merged.applied == 1)
        #expect(second.merged.malformed == 0, "lines already read are not read again")
        #expect(try b.mark(for: "2604.21953").isStarred)
    }

    @Test("a change dated far ahead is taken as a day ahead, and said; the device's clock is not dragged along")
    func futureClock() throws {
        let b = try makeTemporaryStore()
        try sync(b)
        let now = Date()
        let farAhead = Int64(now.timeIntervalSince1970 * 1000) + 10 * 86_400_000
        let line = LibraryEvent(device: "dfuture", clock: farAhead, seq: 1, paperID: "2604.21935", field: .star,
                                value: "2026-12-04 10:00:00.000").line
        try Data((line + "\n").utf8).write(to: folder.appendingPathComponent("dfuture.jsonl"))
        let summary = try LibrarySync.run(store: b, folder: folder, now: now)
        #expect(summary.merged.clampedClocks == 1)
        #expect(try b.mark(for: "2604.21935").isStarred)
    }

    @Test("lines this cache wrote but had not yet forgotten (cut off mid-sync) are not written twice")
    func cutOffWrite() throws {
        let a = try makeTemporaryStore()
        let device = try a.enableLibrary()
        try a.apply(.star, to: ["2604.21935"])
        // What a sync killed after appending and before committing leaves: the lines on disk, still queued.
        let queued = try a.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, paper_id, field, value, version, clock FROM library_outbox ORDER BY seq").map {
                LibraryEvent(device: device, clock: $0["clock"], seq: $0["seq"], paperID: $0["paper_id"],
                             field: LibraryField(rawValue: $0["field"])!, value: $0["value"], version: $0["version"]).line
            }
        }
        #expect(queued.count == 1)
        let own = folder.appendingPathComponent(device + ".jsonl")
        try Data((queued.joined(separator: "\n") + "\n").utf8).write(to: own)
        let summary = try sync(a)
        #expect(summary.written == 0)
        #expect(summary.renewedFrom == nil)
        #expect(try String(contentsOf: own, encoding: .utf8).split(separator: "\n").count == 1)
    }

    @Test("a copied cache file writing with the same device id takes a new one")
    func copiedCache() throws {
        let a = try makeTemporaryStore()
        try sync(a)
        _ = try a.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        let copyFolder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copyFolder, withIntermediateDirectories: true)
        let copyPath = copyFolder.appendingPathComponent("papers.sqlite").path
        try FileManager.default.copyItem(atPath: a.path, toPath: copyPath)
        let copy = try PaperStore(path: copyPath)
        try a.apply(.star, to: ["2604.21935"])
        try sync(a)
        try copy.apply(.star, to: ["2604.21953"])
        let summary = try sync(copy)
        #expect(summary.renewedFrom == (try a.libraryDevice()))
        #expect(summary.device != summary.renewedFrom)
        #expect(try copy.mark(for: "2604.21935").isStarred)
        try sync(a)
        #expect(try a.mark(for: "2604.21953").isStarred)
        #expect(try a.allMarks() == copy.allMarks())
    }

    @Test("export to a new file and import into a new cache: the same marks; an existing file is never overwritten")
    func exportImport() throws {
        let a = try makeTemporaryStore(), b = try makeTemporaryStore()
        try a.apply(.star, to: ["2604.21935", "2604.21953"])
        try a.apply(.unstar, to: ["2604.21953"])
        try a.apply(.read, to: ["2604.21900"])
        let file = folder.appendingPathComponent("export.jsonl")
        #expect(try LibrarySync.export(a, to: file) > 0)
        #expect(throws: LibraryError.fileExists(file.path)) { try LibrarySync.export(a, to: file) }
        let counts = try LibrarySync.importFile(file, into: b)
        #expect(counts.applied > 0)
        #expect(try a.allMarks() == b.allMarks())
        #expect(try LibrarySync.importFile(file, into: b).applied == 0, "importing twice changes nothing")
    }

    @Test("a folder that is not there is one sentence, and the changes wait in the cache")
    func missingFolder() throws {
        let a = try makeTemporaryStore()
        try a.enableLibrary()
        try a.apply(.star, to: ["2604.21935"])
        let gone = folder.appendingPathComponent("not-mounted")
        #expect(throws: LibraryError.folderMissing(gone.path)) { try LibrarySync.run(store: a, folder: gone) }
        #expect(try a.pendingLibraryChanges() == 1)
        #expect(try sync(a).written == 1)
    }
}
