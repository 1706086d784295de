import Foundation

/// The outcome of importing a Kaggle snapshot file.
public struct ImportSummary: Sendable {
    public var written = WriteSummary()
    public var skippedLines = 0
    public var firstSkipReason: String?
}

/// Imports Kaggle's `arxiv-metadata-oai-snapshot.json` line by line in constant memory, writing a
/// batch per transaction (each paper listed under its estimated announcement day): an interrupted import keeps every batch written before, and re-running it
/// changes nothing that is already there. A line that is not a paper is skipped and counted.
///
/// Lines are parsed on a thread of their own while the calling thread writes the batch before, so
/// parsing and SQLite each have a core; at most two parsed batches wait for the writer (an import
/// peaks at about 190 MB resident, whatever the file's size).
public struct SnapshotImporter: Sendable {
    public let store: PaperStore
    /// Papers per transaction: fewer, larger transactions let the full-text index merge less
    /// (2,000 papers a transaction indexed at half the speed of 10,000 in the sqlite3 shell).
    public var batchSize = 10_000

    public init(store: PaperStore) {
        self.store = store
    }

    private struct ParsedBatch: Sendable {
        var papers: [Paper] = []
        /// Each paper's estimated announcement day, from its first version's submission time.
        var days: [String?] = []
        var bytesRead = 0
        var skippedLines = 0
        var firstSkipReason: String?
    }

    public func importFile(
        _ path: String, progress: (_ bytesRead: Int, _ totalBytes: Int, _ papers: Int) -> Void = { _, _, _ in }
    ) throws -> ImportSummary {
        let totalBytes = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        let reader = try LineReader(path: path)
        let batches = HandOff<ParsedBatch>(capacity: 2)
        let parsed = DispatchSemaphore(value: 0)
        let batchSize = batchSize
        let parser = Thread {
            Self.parse(reader, into: batches, batchSize: batchSize)
            parsed.signal()
        }
        // JSONDecoder, the fallback for unusual lines, recurses as deep as a line nests.
        parser.stackSize = 8 << 20
        parser.start()
        defer {
            batches.cancel()
            parsed.wait()
        }
        var summary = ImportSummary()
        var papers = 0
        let feedListed = try store.feedListedDays()
        try store.withBulkWriteSettings {
            while let batch = batches.receive() {
                summary.written.add(try store.saveEstimatingDays(batch.papers, days: batch.days, skipping: feedListed))
                papers += batch.papers.count
                summary.skippedLines += batch.skippedLines
                if summary.firstSkipReason == nil { summary.firstSkipReason = batch.firstSkipReason }
                progress(batch.bytesRead, totalBytes, papers)
            }
        }
        return summary
    }

    private static func parse(_ reader: LineReader, into batches: HandOff<ParsedBatch>, batchSize: Int) {
        var reader = reader
        let decoder = JSONDecoder()
        var batch = ParsedBatch()
        batch.papers.reserveCapacity(batchSize)
        var estimator = AnnounceDayEstimator()
        while let line = reader.next() {
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
            do {
                let paper = try KaggleSnapshotParser.parse(line: line, decoder: decoder)
                batch.papers.append(paper)
                batch.days.append(paper.published.map { estimator.day(submitted: $0) })
            } catch {
                batch.skippedLines += 1
                if batch.firstSkipReason == nil { batch.firstSkipReason = "\(error)" }
            }
            if batch.papers.count >= batchSize {
                batch.bytesRead = reader.bytesRead
                guard batches.send(batch) else { return }
                batch = ParsedBatch()
                batch.papers.reserveCapacity(batchSize)
            }
        }
        batch.bytesRead = reader.bytesRead
        _ = batches.send(batch)
        batches.finish()
    }
}
