import ReaderStore

/// The title line, the status line, pane borders and the overlays.
enum Chrome {
    static func title(_ state: AppState, theme: Theme, buffer: inout ScreenBuffer) {
        buffer.fill(row: 0, column: 0, width: state.width, style: theme.title)
        var parts = ["papers-tui"]
        switch state.source {
        case .day:
            parts += [state.day ?? "no day", state.categories?.description ?? "all categories", progress(state)]
        case .search(let text):
            let total = state.counts.total > PaperStore.searchCountLimit ? "\(PaperStore.searchCountLimit)+" : "\(state.counts.total)"
            // The watched papers' list is a search the user never typed: named by what it gathers.
            parts.append(text == state.watches.query ? "watched: \(state.watches.summary)" : "search: \(Sanitize.terminalText(text))")
            parts.append(state.searching ? "searching…"
                : "\(place(state))\(total) result\(state.counts.total == 1 ? "" : "s") · ★ \(state.counts.starred)")
        case .papers(_, let label):
            let count = state.counting ? "…" : "\(place(state))\(state.counts.total) paper\(state.counts.total == 1 ? "" : "s")"
            parts += [Sanitize.terminalText(label), count]
        case .venue(let edition, let group):
            parts += [Sanitize.terminalText(edition), Sanitize.terminalText(group ?? "all groups"), progress(state)]
        case .inbox:
            parts += ["inbox", state.categories?.description ?? "all categories", progress(state)]
        }
        // The order first, so that a narrow terminal cuts it last: it changes what every row means.
        if let sort = state.sortFlag { parts.append(sort) }
        if state.counts.estimated, state.source == .day { parts.append("[days estimated from submission times]") }
        if state.venueOnly, state.source == .day { parts.append("[venue papers only]") }
        if state.unreadOnly { parts.append("[unread only]") }
        if state.starredOnly { parts.append("[starred only]") }
        if let dismissed = dismissedFlag(state) { parts.append(dismissed) }
        var right: String = switch state.sync {
        case .idle: ""
        case .running(let text): "⟳ " + text + " "
        case .finished(let text): "✓ " + text + " "
        case .failed: "✗ sync failed "
        }
        let generating = state.activeFAQCount
        if generating > 0 { right = "FAQ ⟳ \(generating) " + (right.isEmpty ? "" : "· ") + right }
        let rightWidth = min(TextWidth.width(of: right), state.width / 2)
        // On a narrow terminal the name goes first, then "all categories" shortens, so that the counts
        // and the filters stay in view.
        var left = " " + parts.joined(separator: " · ")
        if TextWidth.width(of: left) > state.width - rightWidth {
            parts.removeFirst()
            left = " " + parts.map { $0 == "all categories" ? "all" : $0 }.joined(separator: " · ")
        }
        buffer.write(TextWidth.truncate(left, to: state.width - rightWidth), row: 0, column: 0,
                     limit: state.width - rightWidth, style: theme.title)
        buffer.write(TextWidth.truncate(right, to: rightWidth), row: 0, column: state.width - rightWidth,
                     limit: rightWidth, style: theme.title)
    }

    /// Whether the papers marked not interested are shown, and how many the list holds: said only for
    /// a list that hides them, once there are some or `D` shows them.
    static func dismissedFlag(_ state: AppState) -> String? {
        guard state.query?.canHideDismissed == true else { return nil }
        let count = state.counts.dismissed
        if state.showDismissed { return "[dismissed shown: \(count)]" }
        guard count > 0 else { return nil }
        // Some may be kept greyed where they were dismissed, until the list is left.
        return state.query?.markedHere.isEmpty == false ? "[\(count) dismissed]" : "[\(count) dismissed hidden]"
    }

    /// `42/301 · seen 57 · ★ 3 · unread 244`: where the cursor is, and how far through the list.
    static func progress(_ state: AppState) -> String {
        let counts = state.counts
        // The inbox's first day, counted while the other days are: more are coming.
        if counts.isPartial { return counts.total > 0 ? "\(place(state))\(counts.total)+ · counting…" : "counting…" }
        guard counts.total > 0 else { return "no papers" }
        return "\(place(state))\(counts.total) · seen \(counts.seen) · ★ \(counts.starred) · unread \(counts.unread)"
    }

    /// `42/`: the cursor's place in the list, counted from 1; nothing in an empty list.
    static func place(_ state: AppState) -> String {
        state.counts.total == 0 ? "" : "\(min(state.cursor, state.counts.total - 1) + 1)/"
    }

    static func status(_ state: AppState, theme: Theme, buffer: inout ScreenBuffer) {
        let row = state.height - 1
        let style = state.statusIsError ? theme.error : theme.status
        let area = state.layout.status
        if let input = state.input {
            let problem = StatusLines.problemLines(input, state: state, rows: area.height).dropLast()
            for (index, line) in problem.enumerated() {
                let above = row - problem.count + index
                buffer.fill(row: above, column: 0, width: state.width, style: theme.error)
                buffer.write(TextWidth.truncate(" " + line, to: state.width), row: above, column: 0, limit: state.width, style: theme.error)
            }
            inputLine(input, row: row, problemAbove: !problem.isEmpty, state: state, theme: theme, buffer: &buffer)
            return
        }
        let lines = StatusLines.lines(state, rows: area.height)
        guard !lines.isEmpty else {
            buffer.fill(row: row, column: 0, width: state.width, style: style)
            let text = " " + (state.searching ? "searching…" : footerHints(state))
            buffer.write(TextWidth.truncate(text, to: state.width), row: row, column: 0, limit: state.width, style: style)
            return
        }
        // Drawn on the status's last rows: the rows above the sentence's first stay the list's.
        let top = row - lines.count + 1
        for (index, line) in lines.enumerated() {
            buffer.fill(row: top + index, column: 0, width: state.width, style: style)
            buffer.write(TextWidth.truncate(" " + line, to: state.width), row: top + index, column: 0, limit: state.width, style: style)
        }
    }

    /// The footer's key hints, naming the keys as bound (a command without a key is left out).
    static func footerHints(_ state: AppState) -> String {
        if let focused = focusedPaneHints(state) { return focused }
        let keymap = state.keymap
        func hint(_ command: Command, _ text: String) -> String? { keymap.label(for: command).map { "\($0) \(text)" } }
        func pair(_ first: Command, _ second: Command, separator: String, _ text: String) -> String? {
            guard let one = keymap.label(for: first), let two = keymap.label(for: second) else { return nil }
            return "\(one)\(separator)\(two) \(text)"
        }
        // Each hint with its rank: on a narrow line the lowest gives way first, and help and the way
        // out (rank 9) always stay.
        let parts: [(hint: String?, rank: Int)]
        if state.layout.isWide || !state.paperOpen {
            parts = [(pair(.moveDown, .moveUp, separator: "/", "move"), 5), (hint(.open, "open"), 7),
                     (hint(.toggleStar, "star"), 8), (hint(.toggleRead, "read"), 6), (hint(.faq, "FAQ"), 4),
                     (hint(.toggleUnreadOnly, "unread"), 2),
                     // [ and ] change the day only where a day is shown.
                     (state.source == .day ? pair(.previousDay, .nextDay, separator: " ", "day") : nil, 3),
                     (hint(.sync, "sync"), 1), (hint(.help, "help"), 9), (hint(.back, "quit"), 9)]
        } else {
            parts = [(pair(.moveDown, .moveUp, separator: "/", "scroll"), 5), (hint(.cycleFocus, "pane"), 4),
                     (hint(.faq, "FAQ"), 3), (hint(.toggleStar, "star"), 6), (hint(.openPDF, "PDF"), 2),
                     (hint(.back, "back"), 9), (hint(.help, "help"), 9)]
        }
        return fitted(parts.compactMap { part in part.hint.map { ($0, part.rank) } }, width: state.width - 1)
    }

    /// The hints joined, leaving out the lowest ranked until the line holds them.
    static func fitted(_ hints: [(String, Int)], width: Int) -> String {
        var kept = hints
        while TextWidth.width(of: kept.map(\.0).joined(separator: " · ")) > width,
              let lowest = kept.indices.filter({ kept[$0].1 < 9 }).min(by: { kept[$0].1 < kept[$1].1 }) {
            kept.remove(at: lowest)
        }
        return kept.map(\.0).joined(separator: " · ")
    }

    /// `/query▏`, `:ids▏` or `keywords: words▏`, the end kept in view, with what is wrong with it after.
    static func inputLine(_ input: TextInput, row: Int, problemAbove: Bool, state: AppState, theme: Theme,
                          buffer: inout ScreenBuffer) {
        buffer.fill(row: row, column: 0, width: state.width, style: theme.status)
        let prompt = switch input.kind {
        case .search: "/"
        case .open: ":"
        case .keywords: "keywords: "
        case .watchKeyword: "watch keyword: "
        case .tags: "tags: "
        }
        let problem = problemAbove ? "" : input.problem.map { "  " + Sanitize.terminalText($0) } ?? ""
        let hint = input.problem != nil ? ""
            : input.text.isEmpty ? emptyInputHint(input.kind)
            : input.kind == .keywords ? "  " + keywordLineKeys
            : input.kind == .watchKeyword ? "  " + keywordKeys
            : input.kind.isTags ? "  " + tagLineKeys
            : input.kind == .search ? searchHint(input.text, state)
            : ""
        var text = Sanitize.terminalText(input.text)
        let room = max(1, state.width - 2 - TextWidth.width(of: prompt) - min(TextWidth.width(of: problem), state.width / 2))
        while TextWidth.width(of: text) > room - 1, !text.isEmpty { text.removeFirst() }
        var column = buffer.write(" " + prompt + text + "▏", row: row, column: 0, limit: state.width, style: theme.status)
        column += buffer.write(hint, row: row, column: column, limit: state.width - column, style: theme.status)
        buffer.write(problem, row: row, column: column, limit: state.width - column, style: theme.error)
    }

    /// While a search is typed: that it is being read, or, for paper ids alone, that Enter opens them.
    private static func searchHint(_ text: String, _ state: AppState) -> String {
        if let ids = PaperReference.ids(alone: text) {
            let enter = TextInput.keys.keyName(.commit)
            let opens = ids.count == 1 ? "a paper id: \(enter) opens it" : "paper ids: \(enter) opens them"
            // Only arXiv papers are fetched; a venue's paper comes with its venue's listing.
            return "  \(opens)" + (ids.allSatisfy(Paper.isArxiv(id:)) ? ", from arXiv if not cached" : "")
        }
        return state.searching ? "  searching…" : ""
    }

    private static func emptyInputHint(_ kind: TextInput.Kind) -> String {
        switch kind {
        case .search: "  search titles, authors, abstracts (\(TextInput.keys.keyName(.commit)) goes to the results, "
            + "\(TextInput.keys.hint([.cancel, .save], separator: ", ")))"
        case .open: "  arXiv ids or URLs (\(TextInput.keys.hint([.commit])))"
        case .keywords: "  diffusion, \"kv cache\", -survey (\(keywordLineKeys))"
        case .watchKeyword: "  a word or a phrase, such as kv cache (\(keywordKeys))"
        case .tags: "  tags, comma-separated, such as kv-cache (\(tagLineKeys))"
        }
    }

    private static let tagLineKeys = "\(TextInput.keys.hint([.complete])), \(TextInput.keys.keyName(.commit)) saves, "
        + "\(TextInput.keys.keyName(.cancel)) back"

    private static let keywordKeys = "\(TextInput.keys.keyName(.commit)) saves, \(TextInput.keys.keyName(.cancel)) back"
    private static let keywordLineKeys = "\(TextInput.keys.keyName(.commit)) saves, \(TextInput.keys.hint([.externalEditor])), "
        + "\(TextInput.keys.keyName(.cancel)) back"

    static func borders(_ layout: Layout, theme: Theme, buffer: inout ScreenBuffer) {
        if let column = layout.verticalBorder {
            for row in 1..<max(1, layout.height - 1) {
                buffer.write("│", row: row, column: column, limit: 1, style: theme.border)
            }
        }
        if let border = layout.horizontalBorder {
            buffer.write(String(repeating: "─", count: max(0, border.width)), row: border.row, column: border.column,
                         limit: border.width, style: theme.border)
            buffer.write(" FAQ ", row: border.row, column: border.column + 2, limit: 5, style: theme.border)
        }
    }

    /// The last row of a pane whose text overflows: how much is below, or the way back to the top.
    /// The way to scroll names the pane-switching key only when `pane` does not have the focus.
    static func moreHint(below: Int, in rect: Rect, pane: Pane, state: AppState, theme: Theme, buffer: inout ScreenBuffer) {
        let keymap = state.keymap
        let scroll = "\(keymap.keyName(for: .moveDown))/\(keymap.keyName(for: .moveUp))"
        let more = below > 0
            ? "↓ \(below) more (\(state.focus == pane ? scroll : "\(keymap.keyName(for: .cycleFocus)), then \(scroll)"))"
            : "↑ top: \(keymap.keyName(for: .top))"
        let column = rect.column + max(1, rect.width - TextWidth.width(of: more) - 1)
        buffer.write(more, row: rect.row + rect.height - 1, column: column, limit: rect.width - 1, style: theme.secondary)
    }

    static func tooSmall(_ state: AppState, theme: Theme, buffer: inout ScreenBuffer) {
        let message = "Terminal too small: papers-tui needs at least \(Layout.minimumWidth)x\(Layout.minimumHeight)."
        for (offset, line) in TextWidth.wrap(message, width: max(1, state.width)).enumerated() where offset < state.height {
            buffer.write(line, row: offset, column: 0, limit: state.width, style: theme.text)
        }
    }

    /// A centred box with a title and lines, clipped to the screen.
    static func box(title: String, lines: [(String, CellStyle)], state: AppState, theme: Theme, buffer: inout ScreenBuffer) {
        let contentWidth = min(state.width - 4, max(TextWidth.width(of: title) + 4, lines.map { TextWidth.width(of: $0.0) }.max() ?? 0))
        // A box as tall as the screen gives up its bottom margin before a line, and then covers the
        // title and status lines (the help on 80x24).
        let coversChrome = lines.count + 1 > state.height - 2
        let available = coversChrome ? state.height : state.height - 2
        let margin = lines.count + 2 > available ? 1 : 2
        let height = min(available, lines.count + margin)
        let width = contentWidth + 4
        let top = coversChrome ? 0 : max(1, (state.height - height) / 2)
        let left = max(0, (state.width - width) / 2)
        for row in top..<(top + height) { buffer.fill(row: row, column: left, width: width, style: theme.overlay) }
        var heading = theme.overlay
        heading.bold = true
        buffer.write(" " + title + " ", row: top, column: left + 1, limit: width - 2, style: heading)
        for (offset, line) in lines.prefix(height - margin).enumerated() {
            var style = theme.overlay
            style.bold = line.1.bold
            style.underline = line.1.underline
            buffer.write(TextWidth.truncate(line.0, to: contentWidth), row: top + 1 + offset, column: left + 2,
                         limit: contentWidth, style: style)
        }
    }

    static func watchPicker(_ picker: WatchPicker, state: AppState, theme: Theme, buffer: inout ScreenBuffer) {
        let rows = picker.rows.map { row in
            switch row {
            case .watch(let watch):
                let mark = state.watches.watched(watch) != nil ? "◆" : " "
                return "\(mark) \(watch.kind == .author ? "author " : "keyword") \(Sanitize.terminalText(watch.description))"
            case .newKeyword:
                return "+ watch a keyword…"
            }
        }
        choiceBox(title: "Watch (◆ watched: marked in every list, gathered under \(state.keymap.keyName(for: .venues)))", rows: rows,
                  cursor: picker.cursor, empty: nil, hint: WatchPicker.keys.hint(), state: state, theme: theme, buffer: &buffer)
    }

    static func venuePicker(_ picker: VenuePicker, state: AppState, theme: Theme, buffer: inout ScreenBuffer) {
        let rows = picker.rows
        let labelWidth = min(40, rows.map { TextWidth.width(of: $0.label) }.max() ?? 0)
        let title: String = switch picker.level {
        case .venue: "Venues"
        case .edition(let venue): "\(Sanitize.terminalText(venue)): editions"
        case .group(let edition): "\(Sanitize.terminalText(edition)): groups"
        }
        choiceBox(title: title, rows: rows.map { row in
            TextWidth.padded(Sanitize.terminalText(row.label), to: labelWidth) + "  " + String(row.count).leftPadded(to: 6)
        }, cursor: picker.cursor, empty: nil, hint: VenuePicker.keys.hint(), state: state, theme: theme,
                  buffer: &buffer)
    }

    static func picker(_ picker: CategoryPicker, state: AppState, theme: Theme, buffer: inout ScreenBuffer) {
        let rows = picker.categories.map { category in
            let mark = switch picker.choices[category, default: .none] {
            case .none: "[ ]"
            case .include: "[+]"
            case .exclude: "[-]"
            }
            let name = ArxivTaxonomy.name(of: category).map { "  " + $0 } ?? ""
            return "\(mark) \(TextWidth.padded(Sanitize.terminalText(category), to: 18))\(picker.listed.contains(category) ? "•" : " ")\(name)"
        }
        choiceBox(title: "Categories (• in the cache on this day)", rows: rows, cursor: picker.cursor, empty: "no categories cached for this day",
                  hint: CategoryPicker.keys.hint(), state: state, theme: theme,
                  buffer: &buffer)
    }

    /// A box of choices with the cursor's row marked, the key hints below them.
    static func choiceBox(title: String, rows: [String], cursor: Int, empty: String?, hint: String, state: AppState,
                          theme: Theme, buffer: inout ScreenBuffer) {
        var lines: [(String, CellStyle)] = rows.enumerated().map { index, row in
            var style = theme.overlay
            style.underline = index == cursor
            style.bold = index == cursor
            return ("\(index == cursor ? "›" : " ") \(row)", style)
        }
        if lines.isEmpty, let empty { lines = [(empty, theme.overlay)] }
        // Keep the cursor in view and the key hints below it when the list is longer than the screen.
        let room = max(1, state.height - 6)
        if lines.count > room {
            let first = max(0, min(cursor - room / 2, lines.count - room))
            lines = Array(lines[first..<(first + room)])
        }
        lines.append(("", theme.overlay))
        lines.append((hint, theme.overlay))
        box(title: title, lines: lines, state: state, theme: theme, buffer: &buffer)
    }
}
