import Foundation
import ReaderStore
import ReaderUI

/// BibTeX entries: `@misc` with `eprint`, `archivePrefix` and `primaryClass` for arXiv papers,
/// `@inproceedings` for papers a venue lists, and a citation key (`cooper2026math`) stable across
/// runs, made unique within one export. Every value goes through `BibTeXText`.
struct BibTeXExporter {
    private var usedKeys: [String: Int] = [:]

    mutating func entry(_ listed: ListedPaper) -> String {
        let paper = listed.paper
        let key = uniqueKey(Self.baseKey(paper, year: Self.year(listed)))
        var fields: [(String, String)] = [
            ("title", "{" + BibTeXText.escape(paper.title) + "}"),
            ("author", paper.authors.map(Self.name).filter { !$0.isEmpty }.joined(separator: " and ")),
            ("year", Self.year(listed)),
        ]
        if let venue = listed.venue, let edition = VenueEdition(parsing: venue.edition) {
            fields.append(("booktitle", BibTeXText.escape("\(edition.venue) \(edition.year)")))
        }
        if paper.isArxiv {
            fields += [("eprint", BibTeXText.verbatim(paper.id)), ("archivePrefix", "arXiv"),
                       ("primaryClass", BibTeXText.verbatim(paper.primaryCategory))]
        }
        if !paper.absURL.isEmpty { fields.append(("url", BibTeXText.verbatim(paper.absURL))) }
        if let doi = paper.doi { fields.append(("doi", BibTeXText.verbatim(doi))) }
        if let journal = paper.journalRef { fields.append(("note", BibTeXText.escape(journal))) }
        let width = fields.map(\.0.count).max() ?? 0
        let body = fields.map { "  \($0.0.padding(toLength: width, withPad: " ", startingAt: 0)) = {\($0.1)}" }
            .joined(separator: ",\n")
        let type = listed.venue == nil ? "misc" : "inproceedings"
        return "@\(type){\(key),\n\(body)\n}\n"
    }

    /// A name holding the word "and" is braced, or BibTeX would read it as two people.
    private static func name(_ author: String) -> String {
        let escaped = BibTeXText.escape(author).trimmingCharacters(in: .whitespaces)
        let words = escaped.split(whereSeparator: \.isWhitespace)
        return words.contains { $0.lowercased() == "and" } ? "{" + escaped + "}" : escaped
    }

    private mutating func uniqueKey(_ base: String) -> String {
        let count = usedKeys[base, default: 0]
        usedKeys[base] = count + 1
        guard count > 0 else { return base }
        return base + String(UnicodeScalar(UInt8(96 + min(count, 26))))
    }

    /// First author's family name, year, first word of the title that is not a stop word.
    static func baseKey(_ paper: Paper, year: String) -> String {
        let family = paper.authors.first.map { name in
            name.split(separator: " ").last.map(String.init) ?? name
        } ?? "anon"
        let stop: Set<String> = ["a", "an", "the", "on", "of", "for", "and", "in", "to", "with", "towards", "toward", "via", "is", "are"]
        let word = TitleWords.words(paper.title).map(ascii).first { !$0.isEmpty && !stop.contains($0) } ?? ""
        return (ascii(family).isEmpty ? "anon" : ascii(family)) + year + word
    }

    private static func year(_ listed: ListedPaper) -> String {
        let paper = listed.paper
        if !paper.isArxiv, let edition = VenueEdition(parsing: paper.primaryCategory) { return String(edition.year) }
        if let published = paper.published { return String(ArxivDates.dayString(published).prefix(4)) }
        let digits = paper.id.prefix(2)
        return digits.allSatisfy(\.isNumber) ? "20" + digits : ""
    }

    /// Lowercase ASCII letters and digits only, accents folded.
    private static func ascii(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        return String(folded.lowercased().unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0)) }.map(Character.init))
    }
}
