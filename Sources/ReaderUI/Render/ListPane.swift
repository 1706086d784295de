import ReaderStore

/// The day's list: index, star, unread mark, title cut to the width, first author, category, tags.
enum ListPane {
    static func draw(_ state: AppState, in rect: Rect, theme: Theme, buffer: inout ScreenBuffer) {
        guard state.counts.total > 0 else {
            let message = state.searching ? "Searching…" : state.counting ? "Loading…" : emptyListMessage(state)
            for (offset, line) in TextWidth.wrap(message, width: max(1, rect.width - 2)).enumerated()
            where offset < rect.height {
                buffer.write(line, row: rect.row + offset, column: rect.column + 1, limit: rect.width - 1, style: theme.secondary)
            }
            return
        }
        let digits = String(state.counts.total).count
        let highlighting = Highlighting(terms: state.highlightTerms, keywords: state.keywords, theme: theme)
        let isVenueList = if case .venue = state.source { true } else { false }
        let lines = state.paperLines
        for placed in state.sections.screenRows(from: state.listTop, rows: rect.height, total: state.counts.total) {
            let row = rect.row + placed.line
            guard case .paper(let index) = placed.row else {
                if case .divider(let section) = placed.row { drawDivider(section, row: row, rect: rect, theme: theme, buffer: &buffer) }
                continue
            }
            let isSelected = index == state.cursor
            let base = isSelected ? (state.focus == .list || !state.layout.isWide ? theme.selected : theme.selectedUnfocused) : theme.text
            for line in 0..<lines { buffer.fill(row: row + line, column: rect.column, width: rect.width, style: base) }
            guard let listed = state.window.row(index) else {
                buffer.write(String(index + 1).leftPadded(to: digits) + "  …", row: row, column: rect.column,
                             limit: rect.width, style: merge(base, theme.secondary))
                continue
            }
            if lines > 1 {
                let placedRow = Row(listed: listed, index: index, digits: digits, line: row, rect: rect, base: base, watches: state.watches,
                                    tags: state.paperTags[listed.paper.id] ?? [])
                drawTwoLines(placedRow, theme: theme, highlighting: highlighting, showsGroup: isVenueList, buffer: &buffer)
            } else {
                drawRow(listed, index: index, digits: digits, row: row, rect: rect, base: base, theme: theme,
                        highlighting: highlighting, showsGroup: isVenueList, watches: state.watches,
                        tags: state.paperTags[listed.paper.id] ?? [], buffer: &buffer)
            }
        }
    }

    /// `── New submissions · 120 ──────`: the heading of a section, across the pane.
    static func drawDivider(_ section: ListSection, row: Int, rect: Rect, theme: Theme, buffer: inout ScreenBuffer) {
        let label = "── \(sectionTitle(section.heading)) · \(section.count) "
        let rule = String(repeating: "─", count: max(0, rect.width - TextWidth.width(of: label)))
        buffer.fill(row: row, column: rect.column, width: rect.width, style: theme.text)
        buffer.write(label + rule, row: row, column: rect.column, limit: rect.width, style: theme.border)
    }

    static func sectionTitle(_ heading: ListSection.Heading) -> String {
        switch heading {
        case .type(.new): "New submissions"
        case .type(.cross): "Cross-lists"
        case .type(.replace): "Replacements"
        case .type(.replaceCross): "Replaced cross-lists"
        case .day(let day): ArxivDates.weekdayName(of: day).map { "\($0) \(day)" } ?? day
        }
    }

    /// Why the list is empty, and the key that changes that.
    static func emptyListMessage(_ state: AppState) -> String {
        let keymap = state.keymap
        if state.counts.isPartial { return "Counting the papers not seen yet…" }
        if case .inbox = state.source, !state.unreadOnly, !state.starredOnly {
            return "Nothing new: every paper of the last \(state.inboxDays) days' lists has been seen. "
                + "\(keymap.keyName(for: .inbox)) goes back to the day, \(keymap.keyName(for: .sync)) syncs."
        }
        if case .inbox = state.source {
            return "Nothing in the inbox matches the filter (\(keymap.keyName(for: .toggleUnreadOnly)) / \(keymap.keyName(for: .toggleStarredOnly)) to clear it)."
        }
        // Ids typed into the search line, none of them cached (a filter on marks could hide a cached one).
        if case .papers(let ids, _) = state.source, let input = state.input, input.kind == .search,
           PaperReference.ids(alone: input.text) == ids, !state.unreadOnly, !state.starredOnly, !state.venueOnly {
            let which = "\(ids.joined(separator: ", ")) \(ids.count == 1 ? "is" : "are") not in the cache"
            guard ids.allSatisfy(Paper.isArxiv(id:)) else { return which + "." }
            return which + ": \(TextInput.keys.keyName(.commit)) fetches \(ids.count == 1 ? "it" : "them") from arXiv."
        }
        if state.source != .day {
            return state.input != nil ? "No papers match yet: keep typing, or \(TextInput.keys.keyName(.cancel)) to go back."
                : "No papers here: \(keymap.keyName(for: .back, preferring: .escape)) goes back to the day."
        }
        if state.day == nil { return emptyCacheMessage(state) }
        if state.unreadOnly || state.starredOnly {
            return "Nothing matches the filter (\(keymap.keyName(for: .toggleUnreadOnly)) / \(keymap.keyName(for: .toggleStarredOnly)) to clear it)."
        }
        if state.venueOnly {
            return "No paper of this day is at a cached venue (\(keymap.keyName(for: .toggleVenueOnly)) shows them all, "
                + "\(keymap.keyName(for: .venues)) picks a venue)."
        }
        return "No papers for these categories on this day."
    }

    /// No day to show: the cache may still hold papers (an imported snapshot, a harvest), which `/` finds.
    static func emptyCacheMessage(_ state: AppState) -> String {
        let sync = state.keymap.keyName(for: .sync)
        guard let papers = state.cachedPapers, papers > 0 else {
            return "No papers cached. Press \(sync) to sync (or run `papers-tui import --sample`)."
        }
        return "\(papers.formatted()) paper\(papers == 1 ? "" : "s") cached, none in a day's list: "
            + "\(state.keymap.keyName(for: .search)) searches them all, \(sync) syncs today's list."
    }

    static func drawRow(
        _ listed: ListedPaper, index: Int, digits: Int, row: Int, rect: Rect, base: CellStyle, theme: Theme,
        highlighting: Highlighting = .none, showsGroup: Bool = false, watches: WatchList = .none, tags: [String] = [],
        buffer: inout ScreenBuffer
    ) {
        var column = rect.column
        let end = rect.column + rect.width
        column += buffer.write(String(index + 1).leftPadded(to: digits), row: row, column: column,
                               limit: end - column, style: merge(base, theme.secondary))
        column += buffer.write(WatchMarks.mark(listed.paper, watches), row: row, column: column, limit: end - column,
                               style: merge(base, theme.star))
        column += buffer.write(listed.isStarred ? "★" : " ", row: row, column: column, limit: end - column,
                               style: merge(base, theme.star))
        column += buffer.write(readMark(listed), row: row, column: column, limit: end - column, style: base)
        let paper = listed.paper
        let text = RowText.of(listed, showsGroup: showsGroup)
        let category = tagLabel(tags) + text.category
        let available = end - column
        // Room for " cs.AI [cross]" on every row, so that most rows line up.
        let categoryWidth = max(TextWidth.width(of: category), available >= 50 ? 15 : 0)
        // One author column for the whole pane, so rows line up; narrow panes give it to the title.
        let authorWidth = available >= 60 ? min(24, available / 3) : 0
        var authorText = ""
        if authorWidth > 0, let first = text.firstAuthor {
            let suffix = paper.authors.count > 1 ? " et al." : ""
            authorText = RowText.fitted.value(for: .init(text: first, suffix: suffix, width: authorWidth)) {
                let name = TextWidth.truncate(first, to: authorWidth - 3 - TextWidth.width(of: suffix))
                return TextWidth.padded(" · " + name + suffix, to: authorWidth)
            }
        }
        let titleWidth = max(0, available - categoryWidth - authorWidth)
        let title = RowText.fitted.value(for: .init(text: text.title, suffix: nil, width: titleWidth)) {
            TextWidth.padded(text.title, to: titleWidth)
        }
        let titleStyle = titleStyle(listed, base: base, theme: theme)
        column += Highlight.write(title, highlighting,
                                  row: row, column: column, limit: titleWidth, style: titleStyle, buffer: &buffer)
        column += buffer.write(authorText, row: row, column: column, limit: end - column, style: merge(base, theme.secondary))
        let categoryColumn = max(column, end - categoryWidth)
        buffer.write(category, row: row, column: categoryColumn, limit: end - categoryColumn, style: merge(base, theme.tag))
    }

    /// ` #kv-cache +1` before the category (which begins with its own space): the paper's first tag,
    /// and how many more.
    static func tagLabel(_ tags: [String]) -> String {
        guard let first = tags.first else { return "" }
        return " #" + TextWidth.truncate(first, to: 16) + (tags.count > 1 ? " +\(tags.count - 1)" : "")
    }

    /// `• ` for a paper not read, `✗ ` for one dismissed (shown only once `D` asks for them).
    static func readMark(_ listed: ListedPaper) -> String {
        listed.isDismissed ? "✗ " : listed.isRead ? "  " : "• "
    }

    /// A title in bold until read; a dismissed one greyed, as out of the way.
    static func titleStyle(_ listed: ListedPaper, base: CellStyle, theme: Theme) -> CellStyle {
        listed.isDismissed ? merge(base, theme.secondary) : listed.isRead ? base : merge(base, theme.unread)
    }

    /// A row's highlight with a part's own colour and weight on top.
    static func merge(_ base: CellStyle, _ part: CellStyle) -> CellStyle {
        var style = base
        if base.background == nil, !base.reverse { style.foreground = part.foreground ?? base.foreground }
        style.bold = base.bold || part.bold
        style.dim = part.dim && !base.reverse
        style.underline = base.underline || part.underline
        return style
    }
}

extension String {
    /// Right-aligned in `width` characters (for numbers).
    public func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// What a list row shows of a paper, cleaned (sanitized, LaTeX rendered) once per paper rather than on
/// every frame.
struct RowText: Hashable {
    let title: String
    let firstAuthor: String?
    /// " cs.AI [cross] ICLR.2025 Oral"
    let category: String

    private struct Key: Hashable {
        let id: String
        let version: Int
        let title: String
        let firstAuthor: String?
        let primaryCategory: String
        let announceType: String?
        let venue: String?
        let changedFrom: Int?
    }

    private static let memo = RenderMemo<Key, RowText>(capacity: 4_096)

    /// A title or author column cut and padded to a width: the same on every frame until it changes.
    struct Fitting: Hashable {
        let text: String
        let suffix: String?
        let width: Int
    }

    static let fitted = RenderMemo<Fitting, String>(capacity: 8_192)

    /// `showsGroup`: a venue's own list, where every row is of the same edition and the group
    /// (Oral, Poster) is what tells rows apart.
    static func of(_ listed: ListedPaper, showsGroup: Bool = false) -> RowText {
        let paper = listed.paper
        let venue = listed.venue.flatMap { showsGroup ? $0.group : listed.isOwnVenuePaper ? nil : "\($0.edition) \($0.group)" }
        let category = showsGroup && listed.isOwnVenuePaper ? nil : paper.primaryCategory
        let key = Key(id: paper.id, version: paper.version, title: paper.title, firstAuthor: paper.authors.first,
                      primaryCategory: category ?? "", announceType: listed.announceType?.rawValue, venue: venue,
                      changedFrom: listed.changedFrom)
        return memo.value(for: key) {
            var tag = ""
            if let type = listed.announceType, type != .new { tag = " [\(type == .cross ? "cross" : type.rawValue)]" }
            if let venue { tag += " " + Sanitize.terminalText(venue) }
            if let old = key.changedFrom { tag += " v\(old)→v\(paper.version)" }
            return RowText(title: PaperText.clean(paper.title), firstAuthor: paper.authors.first.map { AuthorByline.name(Sanitize.terminalText($0)) },
                           category: (category.map { " " + Sanitize.terminalText($0) } ?? "") + tag)
        }
    }
}
