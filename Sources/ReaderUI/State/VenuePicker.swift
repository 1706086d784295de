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
    public var level = Level.venue
    public var cursor = 0

    public init(editions: [EditionSummary], saved: [SavedSearch] = []) {
        self.editions = editions
        self.saved = saved
    }

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
            return venues + saved.map { ("saved search: \($0.name) · new", min($0.newMatches, PaperStore.savedSearchNewLimit)) }
        case .edition(let venue):
            return editions.filter { $0.venue == venue }.map { ($0.edition, $0.total) }
        case .group(let edition):
            guard let summary = editions.first(where: { $0.edition == edition }) else { return [] }
            return [("All", summary.total)] + summary.groups.map { ($0.name, $0.count) }
        }
    }

    public static func == (lhs: VenuePicker, rhs: VenuePicker) -> Bool {
        lhs.editions == rhs.editions && lhs.saved == rhs.saved && lhs.level == rhs.level && lhs.cursor == rhs.cursor
    }
}
