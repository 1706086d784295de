import Foundation

/// A few real days of arXiv announcements that ship beside the binary (Resources/BundledSample,
/// built by scripts/build-sample from the recorded feeds).
public enum BundledSample {
    public static let description = "cs.AI, cs.CL and cs.LG of 2026-04-27 and quant-ph of 2025-04-28"
    /// The announcement days it holds (BundledSampleTests checks them against the files).
    public static let days: Set<String> = ["2026-04-27", "2025-04-28"]

    /// Loads the sample into the cache as if it had been synced.
    public static func load(into store: PaperStore) throws -> WriteSummary {
        var summary = WriteSummary()
        for file in try BundledSampleFiles.feeds() {
            let feed = try ArxivRSSParser.parse(try BundledSampleFiles.contents(of: file.url), source: "the bundled sample")
            summary.add(try store.saveDailyFeed(feed, categories: [file.category]))
        }
        return summary
    }
}
