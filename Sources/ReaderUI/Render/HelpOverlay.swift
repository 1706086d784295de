/// The `?` overlay: the command rows `HelpLayout` lays out, scrolled, and a footer saying how to
/// scroll or close it.
enum HelpOverlay {
    static let footer = "mouse: click selects, the wheel scrolls · any key closes this help"

    static func draw(_ state: AppState, theme: Theme, buffer: inout ScreenBuffer) {
        let lines = HelpLayout.bodyLines(state)
        let rows = HelpLayout.bodyRows(state)
        let first = max(0, min(state.helpScroll, HelpLayout.maxScroll(state)))
        var shown = Array(lines[first..<min(lines.count, first + rows)])
        let note: String
        if lines.count > rows {
            let keymap = state.keymap
            let keys = "\(keymap.keyName(for: .moveDown))/\(keymap.keyName(for: .moveUp)) \(keymap.keyName(for: .pageDown))"
            note = "\(keys) scroll · \(first + 1)–\(first + shown.count) of \(lines.count) · other keys close"
        } else {
            note = footer
        }
        shown += (shown.count < rows ? [""] : []) + [note]
        Chrome.box(title: "Keys", lines: shown.map { ($0, theme.overlay) }, state: state, theme: theme, buffer: &buffer)
    }
}
