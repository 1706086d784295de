import Foundation
import ReaderStore

public enum Pane: Sendable, Equatable {
    case list, abstract, faq
}

/// A tri-state choice in the category picker.
public enum CategoryChoice: Sendable, Equatable {
    case none, include, exclude
}

public struct CategoryPicker: Sendable, Equatable {
    public var categories: [String]
    public var choices: [String: CategoryChoice]
    /// The categories the cache lists on the day shown (the others come from arXiv's taxonomy).
    public var listed: Set<String> = []
    public var cursor = 0

    public var expression: CategoryExpression? {
        let included = categories.filter { choices[$0] == .include }
        let excluded = categories.filter { choices[$0] == .exclude }
        return included.isEmpty && excluded.isEmpty ? nil : CategoryExpression(included: included, excluded: excluded)
    }
}

public enum Overlay: Sendable, Equatable {
    case help
    case categoryPicker(CategoryPicker)
    case venuePicker(VenuePicker)
}

/// What the background sync is doing, for the title and status lines.
public enum SyncState: Sendable, Equatable {
    case idle
    case running(String)
    case finished(String)
    case failed(String)
}

/// What the list shows: the announcement day, a search's results, or papers opened by id or related
/// to a paper.
public enum ListSource: Sendable, Equatable {
    case day
    /// The text of a query that parses.
    case search(String)
    case papers([String], label: String)
    /// A conference edition (`ICLR.2025`), one group or all.
    case venue(edition: String, group: String?)
}

/// The venue picker: venue, then edition, then group, each with its count.
public struct VenuePicker: Sendable, Equatable {
    public enum Level: Sendable, Equatable {
        case venue
        case edition(venue: String)
        case group(edition: String)
    }

    public var editions: [EditionSummary]
    public var level = Level.venue
    public var cursor = 0

    public init(editions: [EditionSummary]) {
        self.editions = editions
    }

    /// The rows of the current level: a label, its count, and where Enter goes.
    public var rows: [(label: String, count: Int)] {
        switch level {
        case .venue:
            var venues: [(label: String, count: Int)] = []
            for summary in editions {
                if let index = venues.firstIndex(where: { $0.label == summary.venue }) {
                    venues[index].count += summary.total
                } else {
                    venues.append((summary.venue, summary.total))
                }
            }
            return venues
        case .edition(let venue):
            return editions.filter { $0.venue == venue }.map { ($0.edition, $0.total) }
        case .group(let edition):
            guard let summary = editions.first(where: { $0.edition == edition }) else { return [] }
            return [("All", summary.total)] + summary.groups.map { ($0.name, $0.count) }
        }
    }

    public static func == (lhs: VenuePicker, rhs: VenuePicker) -> Bool {
        lhs.editions == rhs.editions && lhs.level == rhs.level && lhs.cursor == rhs.cursor
    }
}

/// A line being typed in the status line: a search (`/`) or ids and URLs to open (`:`).
public struct TextInput: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case search, open
    }

    public var kind: Kind
    public var text = ""
    /// Why the text does not parse (yet), shown after it.
    public var problem: String?
    /// The list to go back to when the input is cancelled.
    public var returnTo: ListSource
}

/// The cursor and scroll of the day's list, kept while a search or an opened list is shown.
public struct ListPosition: Sendable, Equatable {
    public var cursor: Int
    public var listTop: Int
}

/// The rows of the list currently held in memory: a window around what is on screen.
public struct ListWindow: Sendable, Equatable {
    public var offset: Int
    public var rows: [ListedPaper]
    /// The list the rows belong to: rows read in the background for a list no longer shown are dropped.
    public var query: ListQuery?

    public init(offset: Int, rows: [ListedPaper], query: ListQuery? = nil) {
        self.offset = offset
        self.rows = rows
        self.query = query
    }

    public static let empty = ListWindow(offset: 0, rows: [])

    public func row(_ index: Int) -> ListedPaper? {
        let local = index - offset
        return rows.indices.contains(local) ? rows[local] : nil
    }

    public func covers(_ range: Range<Int>) -> Bool {
        range.isEmpty || (range.lowerBound >= offset && range.upperBound <= offset + rows.count)
    }
}

/// The whole state of the reader. `update` changes it, `render` draws it.
public struct AppState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var day: String?
    public var categories: CategoryExpression?
    public var unreadOnly = false
    /// Only papers a cached venue lists.
    public var venueOnly = false
    public var starredOnly = false
    public var counts = ListCounts(total: 0, starred: 0, unread: 0)
    /// Papers in the whole cache when the reader opened, for a cache with papers but no day's list.
    public var cachedPapers: Int?
    public var cursor = 0
    public var listTop = 0
    public var window = ListWindow.empty
    /// A window being read in the background ahead of the cursor.
    public var prefetching = false
    /// A search's results are being read (in the background).
    public var searching = false
    /// Enter was pressed while they were: the first result opens when it arrives.
    public var openWhenLoaded = false
    public var focus = Pane.list
    public var abstractScroll = 0
    public var faqScroll = 0
    /// On narrow terminals the paper opens full-width over the list.
    public var paperOpen = false
    public var overlay: Overlay?
    /// The first command row the help overlay shows, when it is taller than the screen.
    public var helpScroll = 0
    public var status: String?
    public var statusIsError = false
    public var sync = SyncState.idle
    public var markReadOnOpen = true
    public var wantsQuit = false
    public var keymap = Keymap()
    public var source = ListSource.day
    public var isSearch: Bool {
        if case .search = source { return true }
        return false
    }
    public var input: TextInput?
    public var dayPosition: ListPosition?
    public var faqLanguage = FAQLanguage.en
    /// The model FAQs are asked of, for the pane's hints; nil when no LLM is configured.
    public var faqModel: String?
    /// Why FAQs cannot be generated (no LLM configured), shown instead of generating.
    public var faqUnavailable: String?
    /// FAQs by paper and language: the selected paper's, and every one being generated.
    public var faqs: [FAQJob: FAQView] = [:]

    public init(width: Int, height: Int, day: String?, categories: CategoryExpression?) {
        self.width = width
        self.height = height
        self.day = day
        self.categories = categories
    }

    public var query: ListQuery? {
        switch source {
        case .day:
            guard let day else { return nil }
            return ListQuery(scope: .day(day), categories: categories, onlyStarred: starredOnly, onlyUnread: unreadOnly,
                             onlyVenue: venueOnly)
        case .search(let text):
            guard let search = try? SearchQuery(parsing: text) else { return nil }
            return ListQuery(scope: .search(search), onlyStarred: starredOnly, onlyUnread: unreadOnly)
        case .papers(let ids, _):
            return ListQuery(scope: .papers(ids), onlyStarred: starredOnly, onlyUnread: unreadOnly)
        case .venue(let edition, let group):
            return ListQuery(scope: .venue(edition: edition, group: group), onlyStarred: starredOnly, onlyUnread: unreadOnly)
        }
    }

    /// The words a search looks for, to highlight in titles and abstracts.
    public var highlightTerms: [String] {
        guard case .search(let text) = source, let search = try? SearchQuery(parsing: text) else { return [] }
        return search.highlightWords
    }

    /// The paper under the cursor; none while the rows on screen are the last search's, kept while
    /// the next is read (a key must not star, mark or open a paper of a list no longer asked for).
    public var selected: ListedPaper? {
        if let shown = window.query, shown != query { return nil }
        return window.row(cursor)
    }

    public var selectedFAQ: FAQView? { selected.flatMap { faqs[FAQJob(paperID: $0.paper.id, lang: faqLanguage)] } }

    public var activeFAQCount: Int { faqs.values.filter(\.isActive).count }

    public var layout: Layout { Layout(width: width, height: height, paperOpen: paperOpen) }

    /// Rows of the list pane that show papers.
    public var listRows: Int { max(1, layout.list?.height ?? 1) }

    /// The list's indexes on screen.
    var visibleRows: Range<Int> { listTop..<min(counts.total, listTop + listRows) }
}
