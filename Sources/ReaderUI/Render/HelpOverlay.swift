/// The `?` overlay: every command with its keys, generated from the keymap. It takes one column when
/// the screen is tall enough, two when it is wide enough, and scrolls (j/k, PgDn/PgUp) when even that
/// does not fit.
enum HelpOverlay {
    /// Keys such as `Ctrl-F PgDn Space` get this many cells at most before they are cut.
    static let maxKeyWidth = 18
    static let footer = "mouse: click selects, the wheel scrolls · any key closes this help"

    /// Rows of the box that show commands: the screen less the box's frame and the two footer rows.
    static func bodyRows(_ state: AppState) -> Int {
        max(1, state.height - 6)
    }

    /// The command rows at this size, before scrolling.
    static func bodyLines(_ state: AppState) -> [String] {
        let entries = Command.allCases.map { command in
            (keys: state.keymap.keys(for: command).map(\.label).joined(separator: " "), summary: command.summary)
        }
        let available = max(1, state.width - 4)
        let keyWidth = min(maxKeyWidth, entries.map { TextWidth.width(of: $0.keys) }.max() ?? 0)
        let summaryWidth = entries.map { TextWidth.width(of: $0.summary) }.max() ?? 0
        func cell(_ entry: (keys: String, summary: String), keys: Int, width: Int) -> String {
            TextWidth.padded(TextWidth.padded(entry.keys, to: keys) + "  " + entry.summary, to: width)
        }
        let columnWidth = min((available - 1) / 2, keyWidth + 2 + summaryWidth)
        let twoColumnsFit = columnWidth >= 36
        guard entries.count > bodyRows(state), twoColumnsFit else {
            let width = min(available, keyWidth + 2 + summaryWidth)
            return entries.map { cell($0, keys: min(keyWidth, max(6, width / 3)), width: width) }
        }
        // Two columns: the keys are cut before the summaries lose their words.
        let keys = min(keyWidth, max(10, columnWidth - 2 - summaryWidth))
        let half = (entries.count + 1) / 2
        return (0..<half).map { row in
            cell(entries[row], keys: keys, width: columnWidth)
                + (row + half < entries.count ? " " + cell(entries[row + half], keys: keys, width: columnWidth) : "")
        }
    }

    /// The first row that can be scrolled to, so the last command stays at the bottom.
    static func maxScroll(_ state: AppState) -> Int {
        max(0, bodyLines(state).count - bodyRows(state))
    }

    static func draw(_ state: AppState, theme: Theme, buffer: inout ScreenBuffer) {
        let lines = bodyLines(state)
        let rows = bodyRows(state)
        let first = max(0, min(state.helpScroll, maxScroll(state)))
        var shown = Array(lines[first..<min(lines.count, first + rows)])
        let note: String
        if lines.count > rows {
            note = "j/k PgDn scroll · \(first + 1)–\(first + shown.count) of \(lines.count) · other keys close"
        } else {
            note = footer
        }
        shown += ["", note]
        Chrome.box(title: "Keys", lines: shown.map { ($0, theme.overlay) }, state: state, theme: theme, buffer: &buffer)
    }
}
