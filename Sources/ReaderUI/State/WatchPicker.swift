import ReaderStore

/// `W`: the selected paper's authors and the watched keywords, each watched or not, and a last row
/// that asks for a keyword to watch.
public struct WatchPicker: Sendable, Equatable {
    public enum Row: Sendable, Equatable {
        case watch(Watch)
        case newKeyword
    }

    /// A paper of a large collaboration lists hundreds of authors: the picker offers the first ones
    /// (and any further one already watched).
    static let authorLimit = 30

    public let paperID: String
    public private(set) var rows: [Row]
    public var cursor = 0
    private let authors: [Watch]

    public init(paper: Paper, watches: WatchList) {
        paperID = paper.id
        var seen = Set<String>()
        authors = paper.authors.enumerated().compactMap { index, name in
            guard let watch = Watch(.author, name), index < Self.authorLimit || watches.watched(watch) != nil,
                  seen.insert(watch.key).inserted else { return nil }
            return watch
        }
        rows = []
        refresh(watches)
    }

    /// The rows again once the watches changed (a keyword added shows among them).
    public mutating func refresh(_ watches: WatchList) {
        rows = authors.map { .watch(watches.watched($0) ?? $0) } + watches.keywordWatches.map { .watch($0) } + [.newKeyword]
        cursor = min(cursor, rows.count - 1)
    }
}
