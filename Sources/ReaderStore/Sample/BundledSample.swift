import Foundation

/// A few real days of arXiv announcements that ship beside the binary (Resources/BundledSample,
/// built by scripts/build-sample from the recorded feeds).
public enum BundledSample {
    public static let description = "cs.AI, cs.CL and cs.LG of 2026-04-27 and quant-ph of 2025-04-28"
    /// The announcement days it holds (BundledSampleTests checks them against the files).
    public static let days: Set<String> = ["2026-04-27", "2025-04-28"]

    /// Loads the sample into the cache as if it had been synced, its rows marked as the sample's; a
    /// day and category already fetched keeps its own list.
    public static func load(into store: PaperStore) throws -> WriteSummary {
        var summary = WriteSummary()
        for (feed, category) in try feeds() {
            summary.add(try store.saveSampleFeed(feed, category: category))
        }
        return summary
    }

    /// Takes the sample back out, keeping the papers the user starred or read and what a sync brought
    /// (`PaperStore.removeSample`).
    public static func remove(from store: PaperStore) throws -> SampleRemoval {
        try store.removeSample(try feeds())
    }

    private static func feeds() throws -> [(feed: DailyFeed, category: String)] {
        try BundledSampleFiles.feeds().map { file in
            (try ArxivRSSParser.parse(try BundledSampleFiles.contents(of: file.url), source: "the bundled sample"), file.category)
        }
    }
}
