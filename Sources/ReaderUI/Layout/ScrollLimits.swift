/// How far the paper and FAQ panes scroll at the state's size: update stops the scroll there, and
/// render draws from the same measure, so `G` and the last line on screen agree.
enum ScrollLimits {
    /// The furthest a pane scrolls: when the text overflows, the last row holds the "more" hint.
    static func maxScroll(lineCount: Int, height: Int) -> Int {
        let visible = lineCount > height ? height - 1 : height
        return max(0, lineCount - visible)
    }
}

extension AppState {
    /// The paper pane's furthest scroll (0 with no paper selected).
    var abstractScrollLimit: Int {
        let paneWidth = layout.abstract?.width ?? width
        let lines = selected.map { paperPaneLines(for: $0, width: paneWidth).count } ?? 0
        return ScrollLimits.maxScroll(lineCount: lines, height: layout.abstract?.height ?? 1)
    }

    /// The FAQ pane's furthest scroll (0 with no FAQ shown); its first row is the header.
    var faqScrollLimit: Int {
        let rect = layout.faq ?? Rect(row: 0, column: 0, width: width, height: 1)
        let lines = selectedFAQ.map { FAQText.lines($0, width: rect.width).count } ?? 0
        return ScrollLimits.maxScroll(lineCount: lines, height: max(1, rect.height - 1))
    }
}
