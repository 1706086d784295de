import Foundation
import ReaderStore

/// The paper pane's lines at a width: title, authors, facts, dates, links and the wrapped abstract,
/// remote text sanitized and LaTeX made readable. Update measures them to stop scrolling at the end;
/// render draws them.
public enum PaperText {
    public struct Line: Equatable, Sendable {
        public var text: String
        public var style: Style
        public enum Style: Sendable { case title, text, secondary, link }
    }

    private struct LinesKey: Hashable {
        let paper: Paper
        let venue: String?
        let announceType: String?
        let announceDate: String?
        let starred: Bool
        /// The version seen, when the paper has changed since.
        let changedFrom: Int?
        /// Why the ranking puts it where it is, in a list sorted by it.
        let why: String?
        /// The watched authors and keywords it matches.
        let watching: [Watch]
        let width: Int
    }

    private static let laidOut = RenderMemo<LinesKey, [Line]>(capacity: 64)

    /// The pane's lines for a paper at a width, laid out once and remembered.
    public static func lines(for listed: ListedPaper, width: Int, watching: [Watch] = []) -> [Line] {
        let key = LinesKey(paper: listed.paper, venue: listed.venueLabel, announceType: listed.announceType?.rawValue,
                           announceDate: listed.announceDate, starred: listed.isStarred,
                           changedFrom: listed.changedFrom, why: listed.ranking?.why, watching: watching, width: width)
        return laidOut.value(for: key) { layOut(listed, width: width, watching: watching) }
    }

    private static func layOut(_ listed: ListedPaper, width: Int, watching: [Watch]) -> [Line] {
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
        if let why = listed.ranking?.why { add("Why this rank: " + Sanitize.terminalText(why), .secondary) }
        if !watching.isEmpty {
            add("◆ Watching: " + watching.map { Sanitize.terminalText($0.description) }.joined(separator: ", "), .title)
        }
        if let old = listed.changedFrom {
            add("Changed since you saw it: v\(old)→v\(paper.version)" + (paper.comments == nil ? "" : " (its comments below)"), .title)
        }
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

    private struct NoteKey: Hashable {
        let text: String
        let width: Int
    }

    private static let notesLaidOut = RenderMemo<NoteKey, [Line]>(capacity: 16)

    /// Above the abstract when the paper has a note: the note itself is below it.
    static let noteMark = Line(text: "✎ your note is below the abstract", style: .title)

    /// The user's note under the abstract: a heading line, then its paragraphs as written; laid out
    /// once per text and width (a note of 32,000 characters is drawn on every frame).
    public static func noteLines(_ text: String, width: Int) -> [Line] {
        notesLaidOut.value(for: NoteKey(text: text, width: width)) { layOutNote(text, width: width) }
    }

    private static func layOutNote(_ text: String, width: Int) -> [Line] {
        let width = max(1, width - 1)
        var lines = [Line(text: "", style: .text), Line(text: "Your note (e edits it)", style: .title)]
        // Markdown as the FAQ pane reads it, in the pane's one style a line: headings stand out, and
        // emphasis shows as the words it marks.
        for line in MarkdownText.lines(Sanitize.terminalText(text, keepNewlines: true), width: width) {
            let heading = line.contains { $0.style == .heading }
            lines.append(Line(text: line.map(\.text).joined(), style: heading ? .title : .text))
        }
        return lines
    }

    /// Remote text as the reader shows it: sanitized, then LaTeX made readable.
    static func clean(_ text: String) -> String {
        LaTeXText.render(Sanitize.terminalText(text))
    }
}

/// The FAQ pane's answer as rendered Markdown at the pane's width (one column is the left margin).
enum FAQText {
    static func lines(_ view: FAQView, width: Int) -> [MarkdownText.Line] {
        MarkdownText.lines(Sanitize.terminalText(view.text, keepNewlines: true), width: max(4, width - 1))
    }
}

extension AppState {
    /// The paper pane's lines for the selected paper: its text, with its tags and the note mark above
    /// the abstract and the note below it. Drawn and scrolled by the same measure.
    func paperPaneLines(for listed: ListedPaper, width: Int) -> [PaperText.Line] {
        var lines = PaperText.lines(for: listed, width: width, watching: WatchMarks.matches(listed.paper, watches))
        var above: [PaperText.Line] = []
        if let tags, tags.paperID == listed.paper.id, !tags.names.isEmpty {
            above.append(PaperText.Line(text: "# " + tags.names.joined(separator: " · "), style: .title))
        }
        let ownNote = note.flatMap { $0.paperID == listed.paper.id ? $0.text : nil }
        if ownNote != nil { above.append(PaperText.noteMark) }
        lines.insert(contentsOf: above, at: lines.firstIndex { $0.text.isEmpty } ?? lines.count)
        if let ownNote { lines += PaperText.noteLines(ownNote, width: width) }
        return lines
    }
}
