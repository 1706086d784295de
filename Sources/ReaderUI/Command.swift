/// Everything a key can do, with the text the help overlay shows. The keymap binds keys to these,
/// and the help is generated from this table, so help never drifts from the keys.
public enum Command: String, CaseIterable, Sendable {
    case moveDown = "down"
    case moveUp = "up"
    case top
    case bottom
    case pageDown = "page-down"
    case pageUp = "page-up"
    case cycleFocus = "focus"
    case open
    case toggleStar = "star"
    case toggleRead = "read"
    case toggleDismissed = "dismiss"
    case toggleShowDismissed = "show-dismissed"
    case editKeywords = "keywords"
    case watch
    case editNote = "note"
    case editTags = "tags"
    case cycleSort = "sort"
    case markAllRead = "mark-all-read"
    case undoMarkAllRead = "undo-mark-all-read"
    case nextUnread = "next-unread"
    case previousUnread = "previous-unread"
    case toggleUnreadOnly = "unread-only"
    case toggleStarredOnly = "starred-only"
    case previousDay = "previous-day"
    case nextDay = "next-day"
    case inbox
    case categoryPicker = "categories"
    case sync
    case openPDF = "open-pdf"
    case openAbstractPage = "open-abs"
    case copyLink = "copy-link"
    case venues
    case toggleVenueOnly = "venue-only"
    case search
    case openReference = "open-id"
    case related
    case faq
    case regenerateFAQ = "regenerate-faq"
    case faqLanguage = "faq-language"
    case stopFAQ = "stop-faq"
    case help
    case back
    case quit
    case redraw

    /// The summary with the default keys.
    public var summary: String { summary(in: Keymap()) }

    /// The summary as the help shows it with these bindings: stop-faq says Esc stops a FAQ too only
    /// while Esc is back's key.
    public func summary(in keymap: Keymap) -> String {
        switch self {
        case .moveDown: "move down"
        case .moveUp: "move up"
        case .top: "first paper"
        case .bottom: "last paper"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .cycleFocus: "focus the next pane (it scrolls)"
        case .open: "open the paper"
        case .toggleStar: "star / unstar"
        case .toggleRead: "mark read / unread"
        case .toggleDismissed: "dismiss: not interested"
        case .toggleShowDismissed: "show dismissed papers"
        case .editKeywords: "preference keywords (-word sinks)"
        case .watch: "watch its authors or a keyword (◆)"
        case .editNote: "your note on the paper ($EDITOR)"
        case .editTags: "tags of the paper (Tab completes)"
        case .cycleSort: "sort: arXiv, your ranking, keywords"
        case .markAllRead: "mark the whole list read"
        case .undoMarkAllRead: "undo whole-list read"
        case .nextUnread: "next unread (in a search: next hit)"
        case .previousUnread: "previous unread (search: hit)"
        case .toggleUnreadOnly: "show only unread papers"
        case .toggleStarredOnly: "show only starred papers"
        case .previousDay: "previous announcement day"
        case .nextDay: "next announcement day"
        case .inbox: "inbox of papers not seen (again: back)"
        case .categoryPicker: "categories (\(CategoryPicker.keys.hint([.include, .exclude], separator: ", ")))"
        case .sync: "sync now, in the background"
        case .openPDF: "open the PDF in the browser"
        case .openAbstractPage: "open the abstract page in the browser"
        case .copyLink: "copy the link (OSC 52)"
        case .venues: "venues: pick venue, edition, group"
        case .toggleVenueOnly: "only papers a venue lists"
        case .search: "search everything as you type"
        case .openReference: "open papers by id or pasted URL"
        case .related: "papers related to this one"
        case .faq: "FAQ: ask the LLM the six questions"
        case .regenerateFAQ: "FAQ: generate again"
        case .faqLanguage: "FAQ: switch language (en / zh)"
        case .stopFAQ:
            keymap.command(for: Keymap.backKeyStoppingFAQ) == .back
                ? "FAQ: stop (\(Keymap.backKeyStoppingFAQ.label) too; keeps the part)" : "FAQ: stop writing (keeps the part)"
        case .help: "this help"
        case .back: "back (quit at the top)"
        case .quit: "quit"
        case .redraw: "redraw the screen"
        }
    }

    /// The summary at most 18 cells wide, for the help's two columns on a narrow screen (80x24),
    /// where `summary` would be cut.
    public func brief(in keymap: Keymap) -> String {
        switch self {
        case .cycleFocus: "next pane"
        case .toggleRead: "read / unread"
        case .toggleDismissed: "not interested"
        case .toggleShowDismissed: "show dismissed"
        case .editKeywords: "edit keywords"
        case .watch: "watch author / kw"
        case .editNote: "your note"
        case .editTags: "tags"
        case .cycleSort: "sort arXiv/rank/kw"
        case .markAllRead: "mark list read"
        case .undoMarkAllRead: "undo list read"
        case .nextUnread: "next unread / hit"
        case .previousUnread: "prev unread / hit"
        case .toggleUnreadOnly: "only unread"
        case .toggleStarredOnly: "only starred"
        case .previousDay: "previous day"
        case .nextDay: "next day"
        case .inbox: "inbox; again: back"
        case .categoryPicker: "categories"
        case .sync: "sync now"
        case .openPDF: "open the PDF"
        case .openAbstractPage: "open abstract page"
        case .copyLink: "copy the link"
        case .venues: "venues"
        case .toggleVenueOnly: "only venue papers"
        case .search: "search"
        case .openReference: "open id or URL"
        case .related: "related papers"
        case .faq: "FAQ: ask the LLM"
        case .regenerateFAQ: "FAQ: again"
        case .faqLanguage: "FAQ: language"
        case .stopFAQ: "FAQ: stop writing"
        case .back: "back / quit"
        case .redraw: "redraw"
        default: summary(in: keymap)
        }
    }
}
