import ReaderStore

/// The venue picker: venue, then edition, then group, each with its count.
public struct VenuePicker: Sendable, Equatable {
    public enum Level: Sendable, Equatable {
        case venue
        case edition(venue: String)
        case group(edition: String)
    }

    public var editions: [EditionSummary]
    /// Saved searches, listed after the venues with their new matches.
    public var saved: [SavedSearch]
    /// The watched authors' and keywords' papers, listed first among the searches.
    public var watched: SavedSearch?
    /// What `watched` gathers: `2 authors, 1 keyword`.
    public var watchedSummary = ""
    public var level = Level.venue
    public var cursor = 0

    public init(editions: [EditionSummary], saved: [SavedSearch] = [], watched: SavedSearch? = nil, watchedSummary: String = "") {
        self.editions = editions
        self.saved = saved
        self.watched = watched
        self.watchedSummary = watchedSummary
    }

    /// The searches after the venues: the watched papers first, then the saved searches.
    var searches: [SavedSearch] { (watched.map { [$0] } ?? []) + saved }

    /// The venues, each with its papers (the top level's first rows).
    var venues: [(label: String, count: Int)] {
        var venues: [(label: String, count: Int)] = []
        for summary in editions {
            if let index = venues.firstIndex(where: { $0.label == summary.venue }) {
                venues[index].count += summary.total
            } else {
                venues.append((summary.venue, summary.total))
            }
        }
        return venues
    }

    /// The rows of the current level: a label, its count, and where Enter goes.
    public var rows: [(label: String, count: Int)] {
        switch level {
        case .venue:
            let watchedRow = watched.map { [("watched: \(watchedSummary) · new", min($0.newMatches, PaperStore.savedSearchNewLimit))] } ?? []
            return venues + watchedRow + saved.map { ("saved search: \($0.name) · new", min($0.newMatches, PaperStore.savedSearchNewLimit)) }
        case .edition(let venue):
            return editions.filter { $0.venue == venue }.map { ($0.edition, $0.total) }
        case .group(let edition):
            guard let summary = editions.first(where: { $0.edition == edition }) else { return [] }
            return [("All", summary.total)] + summary.groups.map { ($0.name, $0.count) }
        }
    }

    public static func == (lhs: VenuePicker, rhs: VenuePicker) -> Bool {
        lhs.editions == rhs.editions && lhs.saved == rhs.saved && lhs.watched == rhs.watched && lhs.level == rhs.level && lhs.cursor == rhs.cursor
    }
}
