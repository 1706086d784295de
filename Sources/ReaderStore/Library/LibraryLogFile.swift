import Foundation

/// One device's log in the library folder: `DEVICE.jsonl`, one change a line, only ever appended to,
/// and only by that device.
public enum LibraryLogFile {
    static let suffix = ".jsonl"

    public static func name(device: String) -> String { device + suffix }

    /// The device a log's file name belongs to, or nil for a file that is not a log (a sync tool's
    /// conflict copy or temporary file, anything else kept in the folder).
    public static func device(fileName: String) -> String? {
        guard fileName.hasSuffix(suffix) else { return nil }
        let device = String(fileName.dropLast(suffix.count))
        return LibraryEvent.isDeviceID(device) ? device : nil
    }

    /// Appends `lines` with one `write` each, on a file opened with `O_APPEND`: a mark's line is
    /// shorter than `PIPE_BUF`, so two processes appending at once never interleave within it (a
    /// note's may be longer; only one process of a cache appends at a time, as it holds the cache's
    /// write lock while it does). Flushed to the disk before it returns.
    static func append(_ lines: [String], to url: URL) throws(LibraryError) {
        guard !lines.isEmpty else { return }
        let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(url.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        for line in lines {
            var bytes = Array(line.utf8)
            bytes.append(0x0A)
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written == bytes.count else { throw .cannotWrite(url.path, reason: String(cString: strerror(errno))) }
        }
        guard fsync(descriptor) == 0 else { throw .cannotWrite(url.path, reason: String(cString: strerror(errno))) }
    }

    /// The complete lines after byte `offset`, and the offset after the last of them. A last line
    /// without its newline is a file still being written or synced: it is left for the next read. A
    /// file shorter than `offset` was replaced, and is read again from its start.
    static func lines(at url: URL, from offset: Int64) throws(LibraryError) -> (lines: [Substring], end: Int64) {
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let size = try handle.seekToEnd()
            let start = UInt64(max(0, offset)) <= size ? UInt64(max(0, offset)) : 0
            try handle.seek(toOffset: start)
            data = try handle.readToEnd() ?? Data()
            guard let lastNewline = data.lastIndex(of: 0x0A) else { return ([], Int64(start)) }
            let complete = data[data.startIndex...lastNewline]
            let text = String(decoding: complete, as: UTF8.self)
            // Split by bytes: splitting by Characters was an eighth of a merge of 100,000 lines.
            let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true).map { Substring($0) }
            return (lines, Int64(start) + Int64(complete.count))
        } catch {
            throw .cannotRead(url.path, reason: error.localizedDescription)
        }
    }
}
