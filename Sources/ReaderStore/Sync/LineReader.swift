import Foundation

/// Reads a file line by line in fixed-size chunks, so a multi-gigabyte snapshot needs constant memory.
/// A line longer than `maxLineBytes` is skipped without being held whole, and counted.
public struct LineReader: Sendable {
    /// Kaggle's longest lines are under 1 MB; a longer line is not a paper's metadata.
    public static let defaultMaxLineBytes = 16 << 20

    private let path: String
    private let handle: FileHandle
    private var buffer = Data()
    private var cursor = 0
    private var atEnd = false
    private let chunkSize: Int
    public let maxLineBytes: Int
    /// Bytes handed out or skipped so far, for progress.
    public private(set) var bytesRead = 0
    /// Lines skipped for being longer than `maxLineBytes`.
    public private(set) var skippedLongLines = 0
    /// The file's size, nil for a pipe.
    public let totalBytes: Int?

    public init(path: String, chunkSize: Int = 1 << 20, maxLineBytes: Int = defaultMaxLineBytes) throws(FeedError) {
        totalBytes = try InputFile.size(ofReadable: path)
        guard let handle = FileHandle(forReadingAtPath: path) else { throw InputFile.unreadable(path, failedCall: "open") }
        self.path = path
        self.handle = handle
        self.chunkSize = chunkSize
        self.maxLineBytes = maxLineBytes
    }

    /// The next line without its newline; nil at the end of the file.
    public mutating func next() throws(FeedError) -> Data? {
        while true {
            if let newline = nextNewline() {
                let line = buffer[cursor..<newline]
                bytesRead += line.count + 1
                cursor = newline + 1
                if line.count > maxLineBytes {
                    skippedLongLines += 1
                    continue
                }
                return Data(line)
            }
            if atEnd {
                guard cursor < buffer.endIndex else { return nil }
                let rest = Data(buffer[cursor...])
                bytesRead += rest.count
                cursor = buffer.endIndex
                if rest.count > maxLineBytes {
                    skippedLongLines += 1
                    return nil
                }
                return rest
            }
            if buffer.endIndex - cursor > maxLineBytes {
                try skipRestOfLine()
                continue
            }
            let chunk = try read()
            if chunk.isEmpty {
                atEnd = true
            } else {
                buffer = Data(buffer[cursor...]) + chunk
                cursor = buffer.startIndex
            }
        }
    }

    /// Drops the line under the cursor, already too long, reading on to its newline a chunk at a time.
    private mutating func skipRestOfLine() throws(FeedError) {
        skippedLongLines += 1
        bytesRead += buffer.endIndex - cursor
        buffer = Data()
        cursor = 0
        while true {
            let chunk = try read()
            guard !chunk.isEmpty else {
                atEnd = true
                return
            }
            buffer = chunk
            cursor = buffer.startIndex
            if let newline = nextNewline() {
                bytesRead += newline - buffer.startIndex + 1
                cursor = newline + 1
                return
            }
            bytesRead += chunk.count
            buffer = Data()
            cursor = 0
        }
    }

    private func read() throws(FeedError) -> Data {
        do {
            return try handle.read(upToCount: chunkSize) ?? Data()
        } catch {
            throw InputFile.readFailed(path, error)
        }
    }

    /// The index of the next newline at or after the cursor, found with memchr (a byte-by-byte
    /// search through Data's indices was a seventh of an import's time).
    private func nextNewline() -> Int? {
        guard cursor < buffer.endIndex else { return nil }
        let start = cursor - buffer.startIndex
        return buffer.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            guard let found = memchr(base + start, 0x0A, raw.count - start) else { return nil }
            return buffer.startIndex + (base.distance(to: UnsafeRawPointer(found)))
        }
    }
}
