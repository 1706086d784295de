import Foundation

/// Keeps a running reader's cache and the library folder in step: a library sync whenever another
/// device's log changed in the folder (a sync tool brought lines) or marks made here wait to be
/// written, and never otherwise (a look is a directory listing and a count).
public final class LibraryFolderWatch: @unchecked Sendable {
    private let store: PaperStore
    public let folder: URL
    private let lock = NSLock()
    private var lastSignature: [String]?

    public init(store: PaperStore, folder: URL) {
        self.store = store
        self.folder = folder
    }

    /// Runs a library sync when something changed since the last (the first call always runs one);
    /// nil when nothing did.
    public func syncIfChanged() throws -> LibrarySyncSummary? {
        try lock.withLock {
            let signature = Self.signature(of: folder)
            let pending = try store.pendingLibraryChanges()
            guard lastSignature == nil || signature != lastSignature || pending > 0 else { return nil }
            // Forgotten on failure, so the next look tries again.
            lastSignature = nil
            let summary = try LibrarySync.run(store: store, folder: folder)
            lastSignature = Self.signature(of: folder)
            return summary
        }
    }

    /// The logs in the folder with their sizes and times: a line appended changes it.
    static func signature(of folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { LibraryLogFile.device(fileName: $0) != nil }.sorted().map { name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            let size = attributes?[.size] as? Int64 ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(name) \(size) \(modified)"
        }
    }
}
