import Foundation
import ReaderStore

/// The paper pane: title, authors, categories, comments, dates, links and the wrapped abstract.
public enum AbstractPane {
    public struct Line: Equatable {
        public var text: String
        public var style: Style
        public enum Style { case title, text, secondary, link }
    }

    /// The pane's lines at `width`; remote text sanitized and LaTeX made readable.
    private struct LinesKey: Hashable {
        let paper: Paper
        let venue: String?
        let announceType: String?
        let announceDate: String?
        let starred: Bool
        let width: Int
    }

    private static let laidOut = RenderMemo<LinesKey, [Line]>(capacity: 64)

    /// The pane's lines for a paper at a width, laid out once and remembered.
    public static func lines(for listed: ListedPaper, width: Int) -> [Line] {
        let key = LinesKey(paper: listed.paper, venue: listed.venueLabel, announceType: listed.announceType?.rawValue,
                           announceDate: listed.announceDate, starred: listed.isStarred, width: width)
        return laidOut.value(for: key) { layOut(listed, width: width) }
    }

    private static func layOut(_ listed: ListedPaper, width: Int) -> [Line] {
        let paper = listed.paper
        let width = max(1, width - 1)
        var lines: [Line] = []
        func add(_ text: String, _ style: Line.Style) {
            lines += TextWidth.wrap(text, width: width).map { Line(text: $0, style: style) }
        }
        add(clean(paper.title), .title)
        add(Sanitize.terminalText(paper.authors.joined(separator: ", ")), .text)
        var facts = paper.isArxiv ? ["arXiv:\(paper.id)v\(paper.version)", paper.categories.joined(separator: " ")]
            : [Sanitize.terminalText(paper.id)]
        if let venue = listed.venueLabel { facts.append(Sanitize.terminalText(venue)) }
        if let type = listed.announceType, type != .new { facts.append("(\(type.rawValue))") }
        if listed.isStarred { facts.append("★ starred") }
        add(facts.joined(separator: " · "), .secondary)
        if let comments = paper.comments { add("Comments: " + clean(comments), .secondary) }
        if let journal = paper.journalRef { add("Journal: " + Sanitize.terminalText(journal), .secondary) }
        var dates: [String] = []
        if let published = paper.published { dates.append("submitted \(ArxivDates.dayString(published))") }
        if let updated = paper.updated, paper.version > 1 { dates.append("v\(paper.version) \(ArxivDates.dayString(updated))") }
        if let day = listed.announceDate { dates.append("announced \(day)") }
        if !dates.isEmpty { add(dates.joined(separator: " · "), .secondary) }
        if !paper.absURL.isEmpty { add((paper.isArxiv ? "abs " : "page ") + Sanitize.terminalText(paper.absURL), .link) }
        if !paper.pdfURL.isEmpty { add("pdf " + Sanitize.terminalText(paper.pdfURL), .link) }
        lines.append(Line(text: "", style: .text))
        for paragraph in Sanitize.terminalText(paper.abstract, keepNewlines: true).split(separator: "\n") {
            add(LaTeXText.render(String(paragraph)), .text)
        }
        return lines
    }

    /// The furthest the pane scrolls: when the text overflows, the last row holds the "more" hint.
    static func maxScroll(lineCount: Int, height: Int) -> Int {
        let visible = lineCount > height ? height - 1 : height
        return max(0, lineCount - visible)
    }

    static func clean(_ text: String) -> String {
        LaTeXText.render(Sanitize.terminalText(text))
    }

    static func draw(_ state: AppState, in rect: Rect, theme: Theme, buffer: inout ScreenBuffer) {
        guard let listed = state.selected else {
            let message = state.counts.total == 0 ? "" : "Loading…"
            buffer.write(message, row: rect.row, column: rect.column + 1, limit: rect.width - 1, style: theme.secondary)
            return
        }
        let all = lines(for: listed, width: rect.width)
        let overflows = all.count > rect.height
        let visible = overflows ? rect.height - 1 : rect.height
        let top = min(state.abstractScroll, maxScroll(lineCount: all.count, height: rect.height))
        let highlighted = state.highlightTerms
        for (offset, line) in all.dropFirst(top).prefix(visible).enumerated() {
            let style: CellStyle = switch line.style {
            case .title: theme.heading
            case .text: theme.text
            case .secondary: theme.secondary
            case .link: theme.link
            }
            let terms = line.style == .title || line.style == .text ? highlighted : []
            Highlight.write(line.text, terms: terms, row: rect.row + offset, column: rect.column + 1, limit: rect.width - 1,
                            style: style, buffer: &buffer)
        }
        if overflows {
            let below = all.count - top - visible
            let more = below > 0 ? "↓ \(below) more (Tab, then j/k)" : "↑ top: g"
            let column = rect.column + max(1, rect.width - TextWidth.width(of: more) - 1)
            buffer.write(more, row: rect.row + rect.height - 1, column: column, limit: rect.width - 1, style: theme.secondary)
        }
    }
}
