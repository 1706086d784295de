import ReaderStore

/// The FAQ pane: a header line saying where the FAQ stands (cached, queued, streaming, failed) and
/// the answer as rendered Markdown, following the newest text while it streams.
enum FAQPane {
    static func draw(_ state: AppState, in rect: Rect, theme: Theme, buffer: inout ScreenBuffer) {
        guard rect.height > 0, state.selected != nil else { return }
        let view = state.selectedFAQ ?? FAQView(phase: .loading)
        let width = rect.width - 1
        let (header, isError) = header(view, state: state)
        buffer.write(TextWidth.truncate(header, to: width), row: rect.row, column: rect.column + 1, limit: width,
                     style: isError ? theme.error : theme.secondary)
        let room = rect.height - 1
        guard room > 0 else { return }
        if view.phase == .none, view.text.isEmpty {
            for (offset, line) in TextWidth.wrap(hint(state), width: max(1, width)).prefix(room).enumerated() {
                buffer.write(line, row: rect.row + 1 + offset, column: rect.column + 1, limit: width, style: theme.secondary)
            }
            return
        }
        let lines = FAQText.lines(view, width: rect.width)
        let maxScroll = ScrollLimits.maxScroll(lineCount: lines.count, height: room)
        let following = view.phase == .streaming && state.focus != .faq
        let top = following ? max(0, lines.count - room) : min(state.faqScroll, maxScroll)
        let overflows = lines.count > room && !following
        let visible = overflows ? room - 1 : room
        for (offset, line) in lines.dropFirst(top).prefix(visible).enumerated() {
            var column = rect.column + 1
            for span in line {
                column += buffer.write(span.text, row: rect.row + 1 + offset, column: column,
                                       limit: rect.column + rect.width - column, style: style(span.style, theme))
            }
        }
        if overflows {
            Chrome.moreHint(below: lines.count - top - visible, in: rect, pane: .faq, state: state, theme: theme, buffer: &buffer)
        }
    }

    static func header(_ view: FAQView, state: AppState) -> (String, Bool) {
        let model = view.model ?? state.faqModel ?? "the LLM"
        let source = view.source.map { " · from \($0.label)" } ?? ""
        let language = state.faqLanguage == .en ? "en" : "中文"
        let regenerate = state.keymap.keyName(for: .regenerateFAQ)
        let stop = state.keymap.stopFAQKeyName
        switch view.phase {
        case .loading: return ("FAQ", false)
        case .none: return ("FAQ · \(language) · none yet", false)
        case .queued(let position): return ("⋯ FAQ queued (#\(position) in line) · \(stop) cancels", false)
        case .fetchingText: return ("⟳ fetching the paper's full text… · \(stop) stops", false)
        case .waiting(let seconds, let reason): return ("⏳ \(reason): trying again in \(seconds) s · \(stop) stops", false)
        case .streaming: return ("⟳ \(model) is writing\(source) · \(stop) stops", false)
        case .complete:
            let note = view.note.map { " · \($0)" } ?? ""
            if let paper = state.selected?.paper, view.isStale(paperVersion: paper.version, model: state.faqModel) {
                let why = view.version != paper.version ? "written for v\(view.version ?? 0)" : view.model != state.faqModel ? "by \(model)" : "older prompt"
                return ("✓ cached, \(why) · \(state.keymap.keyName(for: .faq)) asks \(state.faqModel ?? "the LLM") anew", false)
            }
            return ("✓ \(model) · \(language)\(source)\(note) · \(regenerate) regenerates", false)
        case .incomplete:
            return ("⚠ incomplete (\(view.note ?? "cut short")) · \(model) · \(regenerate) finishes it", true)
        case .failed(let message): return ("✗ \(message) · \(regenerate) tries again", true)
        case .stopped: return ("■ stopped: the partial answer is kept · \(regenerate) generates it again", false)
        }
    }

    private static func hint(_ state: AppState) -> String {
        if let reason = state.faqUnavailable { return "FAQs need an LLM: \(reason)" }
        let other = state.faqLanguage == .en ? "中文" : "English"
        return "\(state.keymap.keyName(for: .faq)) asks \(state.faqModel ?? "the LLM") six questions about this paper, answered from its full text "
            + "(what problem, related work, method, experiments, what next, summary). \(state.keymap.keyName(for: .faqLanguage)) switches to \(other)."
    }

    private static func style(_ style: MarkdownText.Style, _ theme: Theme) -> CellStyle {
        switch style {
        case .text: return theme.text
        case .bold:
            var bold = theme.text
            bold.bold = true
            return bold
        case .heading: return theme.heading
        case .code: return theme.tag
        case .secondary: return theme.secondary
        }
    }
}
