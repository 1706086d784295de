import Foundation
import ReaderStore
import ReaderUI

/// Plain-text rendering of lists and papers for the command line.
enum ListPrinter {
    static func header(day: String?, categories: CategoryExpression?, counts: ListCounts) -> String {
        let place = [day, categories?.description].compactMap { $0 }.joined(separator: " · ")
        return "\(place.isEmpty ? "starred" : place) · Total \(counts.total) · ★ \(counts.starred) · unread \(counts.unread)"
    }

    /// `showsGroup`: a venue's list, where the group (Oral, Poster) tells rows apart, not the edition.
    static func row(_ listed: ListedPaper, index: Int, showsGroup: Bool = false) -> String {
        let paper = listed.paper
        let star = listed.isStarred ? "★" : " "
        let unread = listed.isRead ? " " : "•"
        var tag = ""
        if let type = listed.announceType, type != .new { tag = " (\(type.rawValue))" }
        if let venue = showsGroup ? listed.venue?.group : listed.venueLabel { tag += " {\(Sanitize.terminalText(venue))}" }
        let firstAuthor = paper.authors.first.map { paper.authors.count > 1 ? "\($0) et al." : $0 } ?? ""
        let number = String(index).leftPadded(to: 4)
        let title = Sanitize.terminalText(paper.title)
        let author = Sanitize.terminalText(firstAuthor)
        let ownVenuePaper = listed.venue?.edition == paper.primaryCategory
        let category = showsGroup && ownVenuePaper ? "" : " [\(paper.primaryCategory)]"
        return "\(number) \(star)\(unread) \(paper.id.rightPadded(to: 17))\(category)\(tag) \(title) — \(author)"
    }

    static func details(_ listed: ListedPaper) -> String {
        let paper = listed.paper
        var lines = [Sanitize.terminalText(paper.title), ""]
        lines.append(paper.isArxiv ? "arXiv:\(paper.id)v\(paper.version)  [\(paper.categories.joined(separator: ", "))]" : paper.id)
        if let venue = listed.venueLabel { lines.append("Venue: " + Sanitize.terminalText(venue)) }
        lines.append("Authors: " + Sanitize.terminalText(paper.authors.joined(separator: ", ")))
        if let comments = paper.comments { lines.append("Comments: " + Sanitize.terminalText(comments)) }
        if let journal = paper.journalRef { lines.append("Journal: " + Sanitize.terminalText(journal)) }
        if let doi = paper.doi { lines.append("DOI: " + Sanitize.terminalText(doi)) }
        if let published = paper.published { lines.append("Submitted: \(published.formatted(.iso8601))") }
        if let date = listed.announceDate {
            lines.append("Announced: \(date)" + (listed.announceType.map { " (\($0.rawValue))" } ?? ""))
        }
        lines.append("Marks: \(listed.isStarred ? "★ starred" : "not starred"), \(listed.isRead ? "read" : "unread")")
        lines.append("Links: \(paper.absURL)  \(paper.pdfURL)")
        lines.append("")
        lines.append(Sanitize.terminalText(paper.abstract, keepNewlines: true))
        return lines.joined(separator: "\n")
    }
}

extension String {
    func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
