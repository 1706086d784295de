import Foundation
import ReaderStore

/// RIS records: `TY  - UNPB` with `AN  - arXiv:ID` for arXiv papers, `TY  - CPAPER` with the venue
/// as `T2`/`C3` for papers a venue lists. A record is tag lines, so every value is one line.
enum RISExporter {
    static func entry(_ listed: ListedPaper) -> String {
        let paper = listed.paper
        let edition = listed.venue.flatMap { VenueEdition(parsing: $0.edition) }
            ?? (paper.isArxiv ? nil : VenueEdition(parsing: paper.primaryCategory))
        var lines = [("TY", edition == nil ? "UNPB" : "CPAPER"), ("TI", paper.title)]
        lines += paper.authors.map { ("AU", $0) }
        if let year = year(paper, edition: edition) { lines.append(("PY", year)) }
        if let edition {
            let venue = "\(edition.venue) \(edition.year)"
            lines += [("T2", venue), ("C3", venue)]
        }
        lines.append(("AB", paper.abstract))
        if !paper.absURL.isEmpty { lines.append(("UR", paper.absURL)) }
        if !paper.pdfURL.isEmpty { lines.append(("L1", paper.pdfURL)) }
        if paper.isArxiv {
            lines.append(("AN", "arXiv:\(paper.id)"))
            lines.append(("KW", paper.categories.joined(separator: " ")))
        }
        if let doi = paper.doi { lines.append(("DO", doi)) }
        if let journal = paper.journalRef { lines.append(("JO", journal)) }
        let record = lines.map { "\($0.0)  - \(flat($0.1))" } + ["ER  - "]
        return record.joined(separator: "\n") + "\n"
    }

    private static func year(_ paper: Paper, edition: VenueEdition?) -> String? {
        if let published = paper.published { return String(ArxivDates.dayString(published).prefix(4)) }
        return edition.map { String($0.year) }
    }

    static func flat(_ text: String) -> String {
        ExportText.oneLine(text).trimmingCharacters(in: .whitespaces)
    }
}
