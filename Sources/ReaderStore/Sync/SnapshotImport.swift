import Foundation

/// The outcome of importing a Kaggle snapshot file.
public struct ImportSummary: Sendable {
    public var written = WriteSummary()
    public var skippedLines = 0
    public var firstSkipReason: String?
}

/// Imports Kaggle's `arxiv-metadata-oai-snapshot.json` line by line in constant memory, writing a
/// batch per transaction: an interrupted import keeps every batch written before, and re-running it
/// changes nothing that is already there. A line that is not a paper is skipped and counted.
public struct SnapshotImporter: Sendable {
    public let store: PaperStore
    public var batchSize = 2_000

    public init(store: PaperStore) {
        self.store = store
    }

    public func importFile(
        _ path: String, progress: (_ bytesRead: Int, _ totalBytes: Int, _ papers: Int) -> Void = { _, _, _ in }
    ) throws -> ImportSummary {
        let totalBytes = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        var reader = try LineReader(path: path)
        var summary = ImportSummary()
        var batch: [Paper] = []
        batch.reserveCapacity(batchSize)
        let decoder = JSONDecoder()
        var papers = 0
        func flush() throws {
            summary.written.add(try store.savePapers(batch))
            papers += batch.count
            batch.removeAll(keepingCapacity: true)
            progress(reader.bytesRead, totalBytes, papers)
        }
        while let line = reader.next() {
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
            do {
                batch.append(try KaggleSnapshotParser.parse(line: line, decoder: decoder))
            } catch {
                summary.skippedLines += 1
                if summary.firstSkipReason == nil { summary.firstSkipReason = "\(error)" }
            }
            if batch.count >= batchSize { try flush() }
        }
        try flush()
        return summary
    }
}
