/// One day's announcement list as a feed gives it (rss.arxiv.org's RSS 2.0 or Atom flavour): the
/// papers in the feed's order, each with how it was announced.
public struct DailyFeed: Sendable {
    /// The announcement date (YYYY-MM-DD, arXiv's Eastern calendar), or nil for an empty feed without one.
    public var announceDate: String?
    public var entries: [DailyEntry]
}

public struct DailyEntry: Sendable {
    public var paper: Paper
    public var announceType: AnnounceType
}
