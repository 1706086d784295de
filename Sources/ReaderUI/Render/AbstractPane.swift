import ReaderStore

/// The paper pane: the selected paper's lines (`PaperText`), scrolled, with search matches and
/// preference keywords highlighted.
enum AbstractPane {
    static func draw(_ state: AppState, in rect: Rect, theme: Theme, buffer: inout ScreenBuffer) {
        guard let listed = state.selected else {
            let message = state.counts.total == 0 ? "" : "Loading…"
            buffer.write(message, row: rect.row, column: rect.column + 1, limit: rect.width - 1, style: theme.secondary)
            return
        }
        let all = state.paperPaneLines(for: listed, width: rect.width)
        let overflows = all.count > rect.height
        let visible = overflows ? rect.height - 1 : rect.height
        let top = min(state.abstractScroll, ScrollLimits.maxScroll(lineCount: all.count, height: rect.height))
        let highlighted = Highlighting(terms: state.highlightTerms, keywords: state.keywords, theme: theme)
        for (offset, line) in all.dropFirst(top).prefix(visible).enumerated() {
            let style: CellStyle = switch line.style {
            case .title: theme.heading
            case .text: theme.text
            case .secondary: theme.secondary
            case .link: theme.link
            }
            let highlighting = line.style == .title || line.style == .text ? highlighted : .none
            Highlight.write(line.text, highlighting, row: rect.row + offset, column: rect.column + 1, limit: rect.width - 1,
                            style: style, buffer: &buffer)
        }
        if overflows {
            Chrome.moreHint(below: all.count - top - visible, in: rect, pane: .abstract, state: state, theme: theme, buffer: &buffer)
        }
    }
}
