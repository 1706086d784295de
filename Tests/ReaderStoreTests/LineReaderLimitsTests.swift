import Foundation
import Testing
@testable import ReaderStore

@Suite("the snapshot line reader: what it refuses and what it skips")
struct LineReaderLimitsTests {
    static func file(_ bytes: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString).jsonl")
        try bytes.write(to: url)
        return url
    }

    @Test("a line longer than the limit is skipped and counted, the lines around it kept", arguments: [3, 64, 1 << 20])
    func longLineSkipped(chunkSize: Int) throws {
        let long = String(repeating: "x", count: 1_000)
        let url = try Self.file(Data("first\n\(long)\nmiddle\n\(long)\(long)\nlast\n\(long)".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = try LineReader(path: url.path, chunkSize: chunkSize, maxLineBytes: 100)
        var lines: [String] = []
        while let line = try reader.next() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == ["first", "middle", "last"])
        #expect(reader.skippedLongLines == 3)
        #expect(reader.bytesRead == (try Data(contentsOf: url)).count)
    }

    @Test("a line right at the limit is kept")
    func lineAtTheLimit() throws {
        let url = try Self.file(Data((String(repeating: "y", count: 100) + "\nz").utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = try LineReader(path: url.path, chunkSize: 7, maxLineBytes: 100)
        var lines: [Int] = []
        while let line = try reader.next() { lines.append(line.count) }
        #expect(lines == [100, 1])
        #expect(reader.skippedLongLines == 0)
    }

    @Test("a folder and a device are refused with a sentence", arguments: [
        ("/tmp", "cannot read /tmp: it is a folder, not a file (name the file in it)"),
        ("/dev/zero", "cannot read /dev/zero: it is a device, not a file (name a file)"),
    ])
    func notAFile(path: String, message: String) {
        #expect(throws: FeedError.badInput(message)) { _ = try LineReader(path: path) }
    }

    @Test("a pipe is read to its end")
    func pipe() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data("one\ntwo\n".utf8))
            try? handle.close()
        }
        writer.start()
        var reader = try LineReader(path: fifo)
        #expect(reader.totalBytes == nil)
        var lines: [String] = []
        while let line = try reader.next() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == ["one", "two"])
    }
}
