import Foundation
import ReaderStore

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
        let unread = listed.isDismissed ? "✗" : listed.isRead ? " " : "•"
        var tag = ""
        if let type = listed.announceType, type != .new { tag = " (\(type.rawValue))" }
        if let venue = showsGroup ? listed.venue?.group : listed.venueLabel { tag += " {\(CLIText.plain(venue))}" }
        if listed.isChanged, let seen = listed.seenVersion { tag += " v\(seen)→v\(paper.version)" }
        let firstAuthor = paper.authors.first.map { paper.authors.count > 1 ? "\($0) et al." : $0 } ?? ""
        let number = String(index).leftPadded(to: 4)
        let id = CLIText.plain(paper.id).rightPadded(to: 17)
        let category = showsGroup && listed.isOwnVenuePaper ? "" : " [\(CLIText.plain(paper.primaryCategory))]"
        return "\(number) \(star)\(unread) \(id)\(category)\(tag) \(CLIText.title(paper.title)) — \(CLIText.plain(firstAuthor))"
    }

    static func details(_ listed: ListedPaper) -> String {
        let paper = listed.paper
        var lines = [CLIText.title(paper.title), ""]
        let id = CLIText.plain(paper.id)
        lines.append(paper.isArxiv ? "arXiv:\(id)v\(paper.version)  [\(CLIText.plain(paper.categories.joined(separator: ", ")))]" : id)
        if let venue = listed.venueLabel { lines.append("Venue: " + CLIText.plain(venue)) }
        lines.append("Authors: " + CLIText.plain(paper.authors.joined(separator: ", ")))
        if let comments = paper.comments { lines.append("Comments: " + CLIText.plain(comments)) }
        if let journal = paper.journalRef { lines.append("Journal: " + CLIText.plain(journal)) }
        if let doi = paper.doi { lines.append("DOI: " + CLIText.plain(doi)) }
        if let published = paper.published { lines.append("Submitted: \(published.formatted(.iso8601))") }
        if let date = listed.announceDate {
            lines.append("Announced: \(date)" + (listed.announceType.map { " (\($0.rawValue))" } ?? ""))
        }
        lines.append("Marks: \(listed.isStarred ? "★ starred" : "not starred"), \(listed.isRead ? "read" : "unread"), "
            + (listed.isSeen ? "seen" : "not seen") + (listed.isDismissed ? ", dismissed (not interested)" : "")
            + (listed.isChanged ? " (changed since: v\(listed.seenVersion ?? 0)→v\(listed.paper.version))" : ""))
        let links = [paper.absURL, paper.pdfURL].filter { !$0.isEmpty }.map(CLIText.plain)
        if !links.isEmpty { lines.append("Links: " + links.joined(separator: "  ")) }
        lines.append("")
        lines.append(CLIText.abstract(paper.abstract))
        return lines.joined(separator: "\n")
    }
}

extension String {
    func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
