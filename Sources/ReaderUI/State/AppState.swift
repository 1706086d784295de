import Foundation
import ReaderStore

/// The whole state of the reader. `update` changes it, `render` draws it.
public struct AppState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var day: String?
    public var categories: CategoryExpression?
    /// The days `[` and `]` go to from `day`, once found in the background (nil: not yet, or a change
    /// to the cache may have moved them).
    public var adjacentDays: AdjacentDays?
    public var unreadOnly = false
    /// Only papers a cached venue lists.
    public var venueOnly = false
    public var starredOnly = false
    /// Papers marked "not interested" shown (greyed) in the lists that hide them.
    public var showDismissed = false
    /// The preference keywords, highlighted in titles and abstracts (`K` edits them).
    /// Watched authors and keywords (`W`): their papers are marked in every list.
    public var watches = WatchList.none
    public var keywords = PreferenceKeywords.none
    /// The order lists are sorted in (`S`).
    public var sort = SortChoice.arxiv
    /// `[llm] prefetch_top`: after a sync, the FAQs of this many of the ranking's top papers are written.
    public var faqPrefetchTop = 0
    /// `[rank] embeddings_url` is set: papers are given vectors for the ranking after each sync.
    public var embeddingsConfigured = false
    public var ranking = RankingState.unknown
    public var counts = ListCounts(total: 0, starred: 0, unread: 0)
    /// The list was asked for and its counts are not read yet: an empty list is not known to be empty.
    public var counting = false
    /// The selected paper's note, read with its FAQ (paper id, text).
    public var note: PaperNote?
    /// The selected paper's tags, read with its FAQ.
    public var tags: PaperTags?
    /// Every tag in use, read when `t` opens its line, for Tab to complete from.
    public var knownTags: [String] = []
    /// Every tagged paper's tags, shown in its row.
    public var paperTags: [String: [String]] = [:]
    /// Papers in the whole cache when the reader opened, for a cache with papers but no day's list.
    public var cachedPapers: Int?
    public var cursor = 0
    public var listTop = 0
    public var window = ListWindow.empty
    /// The rows on screen asked for and not yet read: the same rows are not asked for twice (the
    /// counts of a filtered list and the paper found in it each want them).
    var windowAsked: WindowRequest?
    /// A window being read in the background ahead of the cursor.
    public var prefetching = false
    /// A search's results are being read (in the background).
    public var searching = false
    public var focus = Pane.list
    public var abstractScroll = 0
    public var faqScroll = 0
    /// On narrow terminals the paper opens full-width over the list.
    public var paperOpen = false
    public var overlay: Overlay?
    /// The first command row the help overlay shows, when it is taller than the screen.
    public var helpScroll = 0
    public var status: String?
    /// The rows the status line takes (`StatusLines`), kept as each action is taken.
    public var statusRows = 1
    public var statusIsError = false
    public var sync = SyncState.idle
    public var markReadOnOpen = true
    public var listRowStyle = ListRowStyle.auto
    /// How many of the latest announcement days the inbox gathers unseen papers from.
    public var inboxDays = AppState.defaultInboxDays
    public static let defaultInboxDays = 30
    public var wantsQuit = false
    public var keymap = Keymap()
    public var source = ListSource.day {
        didSet { searchQuery = source.searchText.flatMap { try? SearchQuery(parsing: $0) } }
    }
    /// A search source's query, parsed once when the source is set rather than on every read of
    /// `query` (update reads it about ten times a key, render once a row).
    public private(set) var searchQuery: SearchQuery?
    public var isSearch: Bool {
        if case .search = source { return true }
        return false
    }
    public var input: TextInput?
    public var dayPosition: ListPosition?
    /// The inbox or venue list a search or an opened list was started from, and where its cursor was:
    /// back goes there rather than to the day.
    public var outerList: OuterList?
    /// The paper under the cursor when `S` left arXiv's order: where the cursor goes back to when the
    /// cycle comes back to it.
    public var paperBeforeSort: String?
    /// The cursor is on its way to a paper (the list was read again, or the reader resumed): the row
    /// under it meanwhile is not the user's choice, so it is not marked seen.
    public var locating = false
    /// The papers being followed meanwhile, nearest first (kept if the list changes again on the way).
    public var followed: [String] = []
    /// The paper last under the cursor in this list: followed when a filter empties the list and
    /// is turned off again.
    public var lastSelected: String?
    /// Where the reader was left, while the cursor goes back there.
    public var resume: ResumePoint?
    /// The status line has said once that seen papers are not being saved.
    public var seenNotSavedShown = false
    public var faqLanguage = FAQLanguage.en
    /// The model FAQs are asked of, for the pane's hints; nil when no LLM is configured.
    public var faqModel: String?
    /// Why FAQs cannot be generated (no LLM configured), shown instead of generating.
    public var faqUnavailable: String?
    /// FAQs by paper and language: the selected paper's, and every one being generated.
    public var faqs: [FAQJob: FAQView] = [:]
    /// `A`'s question, while it waits for y or n.
    public var confirm: PendingConfirm?
    /// The last bulk change (`A`), until `U` takes it back.
    public var lastBulkChange: BulkChange?
    /// Papers marked in this list that stay in it until it is left, whatever its filters.
    public var markedHere = PapersMarkedHere()
    /// The bulk change (or undo) being written, its papers known once written: `A` and `U` wait for it.
    public var bulkWriting: BulkChange?
    /// The paper `n`/`p` is bringing up in the full-width view, to mark read once it is there.
    public var opening: PendingOpen?

    public init(width: Int, height: Int, day: String?, categories: CategoryExpression?) {
        self.width = width
        self.height = height
        self.day = day
        self.categories = categories
    }

    public var query: ListQuery? {
        var query = queryAsFiltered
        if let filtered = query, markedHere.list == filtered { query?.markedHere = markedHere.ids }
        return query
    }

    /// The list shown, without the papers kept in it after a mark that its filters leave out.
    var queryAsFiltered: ListQuery? {
        var query = ownOrderQuery
        query?.order = listOrder
        return query
    }

    /// The list shown, in its own order.
    private var ownOrderQuery: ListQuery? {
        switch source {
        case .day:
            guard let day else { return nil }
            return ListQuery(scope: .day(day), categories: categories, onlyStarred: starredOnly, onlyUnread: unreadOnly,
                             onlyVenue: venueOnly, dismissed: dismissedPapers)
        case .search:
            guard let search = searchQuery else { return nil }
            return ListQuery(scope: .search(search), onlyStarred: starredOnly, onlyUnread: unreadOnly)
        case .papers(let ids, _):
            return ListQuery(scope: .papers(ids), onlyStarred: starredOnly, onlyUnread: unreadOnly)
        case .venue(let edition, let group):
            return ListQuery(scope: .venue(edition: edition, group: group), onlyStarred: starredOnly, onlyUnread: unreadOnly,
                             dismissed: dismissedPapers)
        case .inbox(let since):
            return inboxQuery(since: since)
        }
    }

    /// The inbox as opened at `since`, with the categories and filters in use.
    public func inboxQuery(since: Date) -> ListQuery {
        ListQuery(scope: .inbox(since: since, days: inboxDays), categories: categories, onlyStarred: starredOnly,
                  onlyUnread: unreadOnly, dismissed: dismissedPapers)
    }

    private var dismissedPapers: ListQuery.DismissedPapers { showDismissed ? .shown : .hidden }

    /// The words a search looks for, to highlight in titles and abstracts.
    public var highlightTerms: [String] {
        searchQuery?.highlightWords ?? []
    }

    /// The paper under the cursor; none while the rows on screen are the last search's, kept while
    /// the next is read (a key must not star, mark or open a paper of a list no longer asked for).
    public var selected: ListedPaper? {
        if let shown = window.query, shown != query { return nil }
        return window.row(cursor)
    }

    public var selectedFAQ: FAQView? { selected.flatMap { faqs[FAQJob(paperID: $0.paper.id, lang: faqLanguage)] } }

    public var activeFAQCount: Int { faqs.values.filter(\.isActive).count }

    public var layout: Layout { Layout(width: width, height: height, paperOpen: paperOpen, statusRows: statusRows) }

    /// Rows of the list pane that show papers; while the paper is open over the list, the rows it has
    /// once closed, so that going to another paper there scrolls the list as if it were shown.
    public var listRows: Int {
        max(1, (layout.list ?? Layout(width: width, height: height, paperOpen: false, statusRows: statusRows).list)?.height ?? 1)
    }

    /// The list's indexes on screen.
    var visibleRows: Range<Int> { listTop..<min(counts.total, listTop + papersOnScreen) }
}
