import Foundation

/// The outcome of importing a Kaggle snapshot file.
public struct ImportSummary: Sendable {
    public var written = WriteSummary()
    public var skippedLines = 0
    public var firstSkipReason: String?
    /// Lines longer than `maxLineBytes`, skipped unread (not counted in `skippedLines`).
    public var skippedLongLines = 0
    public var maxLineBytes = LineReader.defaultMaxLineBytes
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
        /// Lines skipped for their length since the start of the file.
        var longLinesSoFar = 0
        /// The file could not be read on: the batch is the last one.
        var readError: FeedError?
    }

    public func importFile(
        _ path: String, progress: (_ bytesRead: Int, _ totalBytes: Int, _ papers: Int) -> Void = { _, _, _ in }
    ) throws -> ImportSummary {
        let reader = try LineReader(path: path)
        let totalBytes = reader.totalBytes ?? 0
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
        summary.maxLineBytes = reader.maxLineBytes
        var papers = 0
        let feedListed = try store.feedListedDays()
        try store.withBulkWriteSettings {
            while let batch = batches.receive() {
                summary.written.add(try store.saveEstimatingDays(batch.papers, days: batch.days, skipping: feedListed))
                papers += batch.papers.count
                summary.skippedLines += batch.skippedLines
                summary.skippedLongLines = batch.longLinesSoFar
                if summary.firstSkipReason == nil { summary.firstSkipReason = batch.firstSkipReason }
                progress(batch.bytesRead, totalBytes, papers)
                if let error = batch.readError { throw error }
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
        while true {
            let line: Data
            do {
                guard let next = try reader.next() else { break }
                line = next
            } catch {
                batch.readError = error
                break
            }
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
                batch.longLinesSoFar = reader.skippedLongLines
                guard batches.send(batch) else { return }
                batch = ParsedBatch()
                batch.papers.reserveCapacity(batchSize)
            }
        }
        batch.bytesRead = reader.bytesRead
        batch.longLinesSoFar = reader.skippedLongLines
        _ = batches.send(batch)
        batches.finish()
    }
}
