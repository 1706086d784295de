/// The `?` overlay's rows: every command with its keys, from the keymap. One column when the screen
/// is tall enough, two when it is wide enough; the help key's update scrolls them when even that
/// does not fit, and render draws them.
enum HelpLayout {
    /// Keys such as `Ctrl-F PgDn Space` get this many cells at most before they are cut.
    static let maxKeyWidth = 18

    /// Rows of the box that show commands: the screen less the box's title and the footer row. The
    /// blank row above the footer, the box's bottom margin, and then the title and status lines
    /// behind the box are given up when the commands need them, as on 80x24.
    static func bodyRows(_ state: AppState) -> Int {
        max(1, state.height - 2)
    }

    /// The command rows at this size, before scrolling. A summary too wide for its column gives way
    /// to the command's brief one, so no word is cut on 80 columns.
    static func bodyLines(_ state: AppState) -> [String] {
        let entries = Command.allCases.map { command in
            (keys: state.keymap.keys(for: command).map(\.label).joined(separator: " "), summary: command.summary(in: state.keymap),
             brief: command.brief(in: state.keymap))
        }
        let available = max(1, state.width - 4)
        let keyWidth = min(maxKeyWidth, entries.map { TextWidth.width(of: $0.keys) }.max() ?? 0)
        let summaryWidth = entries.map { TextWidth.width(of: $0.summary) }.max() ?? 0
        func cell(_ entry: (keys: String, summary: String, brief: String), keys: Int, width: Int) -> String {
            let room = width - keys - 2
            let summary = TextWidth.width(of: entry.summary) <= room ? entry.summary : entry.brief
            return TextWidth.padded(TextWidth.padded(entry.keys, to: keys) + "  " + summary, to: width)
        }
        // The columns share the box's whole width (the right one takes an odd cell), with a gap that
        // reads as one: a summary that fills its column would otherwise run into the next key.
        let leftWidth = min((available - columnGap) / 2, keyWidth + 2 + summaryWidth)
        let rightWidth = min(available - columnGap - leftWidth, keyWidth + 2 + summaryWidth)
        let briefWidth = entries.map { TextWidth.width(of: $0.brief) }.max() ?? 0
        let twoColumnsFit = leftWidth >= keyWidth + 2 + briefWidth
        guard entries.count > bodyRows(state), twoColumnsFit else {
            let width = min(available, keyWidth + 2 + summaryWidth)
            return entries.map { cell($0, keys: min(keyWidth, max(6, width / 3)), width: width) }
        }
        let half = (entries.count + 1) / 2
        let gap = String(repeating: " ", count: columnGap)
        return (0..<half).map { row in
            cell(entries[row], keys: keyWidth, width: leftWidth)
                + (row + half < entries.count ? gap + cell(entries[row + half], keys: keyWidth, width: rightWidth) : "")
        }
    }

    static let columnGap = 2

    /// The first row that can be scrolled to, so the last command stays at the bottom.
    static func maxScroll(_ state: AppState) -> Int {
        max(0, bodyLines(state).count - bodyRows(state))
    }
}
