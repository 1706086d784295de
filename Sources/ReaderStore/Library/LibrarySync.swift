import Foundation

/// What a library sync did, for its one line of output.
public struct LibrarySyncSummary: Equatable, Sendable {
    public var device: String
    /// This device's changes appended to its log.
    public var written = 0
    /// Other devices whose logs were read.
    public var otherDevices = 0
    public var merged = LibraryMergeCounts()
    /// The device id this cache wrote with before it found another copy writing with it too.
    public var renewedFrom: String?
}

/// Brings a cache and a library folder up to date with each other: every device's log is read from
/// where it was last read and applied, then this device's new changes are appended to its own log.
public enum LibrarySync {
    /// `progress` hears (device, lines applied, lines read) during a long merge.
    public static func run(store: PaperStore, folder: URL, now: Date = Date(),
                           progress: (@Sendable (String, Int, Int) -> Void)? = nil) throws -> LibrarySyncSummary {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw LibraryError.folderMissing(folder.path)
        }
        var summary = LibrarySyncSummary(device: try store.enableLibrary())
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw LibraryError.cannotRead(folder.path, reason: error.localizedDescription)
        }
        for name in names {
            guard let device = LibraryLogFile.device(fileName: name) else { continue }
            let file = folder.appendingPathComponent(name)
            let cursor = try store.libraryCursor(file: name)
            let (lines, end) = try LibraryLogFile.lines(at: file, from: cursor)
            if device != summary.device { summary.otherDevices += 1 }
            guard !lines.isEmpty || end != cursor else { continue }
            var report: (@Sendable (Int, Int) -> Void)?
            if let progress {
                report = { done, total in progress(device, done, total) }
            }
            summary.merged = summary.merged + (try store.applyLibraryLines(lines, file: name, end: end, now: now, progress: report))
        }
        if summary.merged.foreignOwnLines > 0 {
            summary.renewedFrom = summary.device
            summary.device = try store.renewLibraryDevice()
        }
        summary.written = try store.writeLibraryLog(to: folder)
        return summary
    }

    /// Applies a library export (or any device's log) read whole.
    public static func importFile(_ file: URL, into store: PaperStore, now: Date = Date()) throws -> LibraryMergeCounts {
        try store.enableLibrary()
        let (lines, end) = try LibraryLogFile.lines(at: file, from: 0)
        return try store.applyLibraryLines(lines, file: nil, end: end, now: now)
    }

    /// Writes every mark of the cache to a new file, in the log's format. Never overwrites a file.
    public static func export(_ store: PaperStore, to file: URL) throws -> Int {
        try store.enableLibrary()
        let lines = try store.libraryState().map(\.line)
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw LibraryError.fileExists(file.path) }
            throw LibraryError.cannotWrite(file.path, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
        try LibraryLogFile.append(lines, to: file)
        return lines.count
    }
}
