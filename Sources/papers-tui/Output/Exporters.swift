import Foundation
import ReaderStore

/// The formats `papers-tui export` writes.
enum ExportFormat: String, CaseIterable {
    case bibtex, json, csv, ris
}

/// BibTeX entries for arXiv papers: `@misc` with `eprint`, `archivePrefix` and `primaryClass`, and a
/// citation key (`cooper2026math`) stable across runs, made unique within one export.
struct BibTeXExporter {
    private var usedKeys: [String: Int] = [:]

    mutating func entry(_ listed: ListedPaper) -> String {
        let paper = listed.paper
        let key = uniqueKey(Self.baseKey(paper, year: Self.year(listed)))
        var fields: [(String, String)] = [
            ("title", "{" + Self.escape(paper.title) + "}"),
            ("author", paper.authors.map(Self.escape).joined(separator: " and ")),
            ("year", Self.year(listed)),
        ]
        // A paper a venue lists cites the venue; an arXiv paper also carries its eprint.
        if let venue = listed.venue, let edition = VenueEdition(parsing: venue.edition) {
            fields.append(("booktitle", Self.escape("\(edition.venue) \(edition.year)")))
        }
        if paper.isArxiv {
            fields += [("eprint", paper.id), ("archivePrefix", "arXiv"), ("primaryClass", paper.primaryCategory)]
        }
        fields.append(("url", paper.absURL))
        if let doi = paper.doi { fields.append(("doi", Self.escape(doi))) }
        if let journal = paper.journalRef { fields.append(("note", Self.escape(journal))) }
        let width = fields.map(\.0.count).max() ?? 0
        let body = fields.map { "  \($0.0.padding(toLength: width, withPad: " ", startingAt: 0)) = {\($0.1)}" }
            .joined(separator: ",\n")
        let type = listed.venue == nil ? "misc" : "inproceedings"
        return "@\(type){\(key),\n\(body)\n}\n"
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
        let word = paper.title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { ascii(String($0)) }
            .first { !$0.isEmpty && !stop.contains($0) } ?? ""
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

    /// Text safe inside braces: LaTeX specials outside math escaped, braces balanced, no newlines.
    static func escape(_ text: String) -> String {
        var output = ""
        var inMath = false
        var depth = 0
        var previous: Character?
        for character in text.replacingOccurrences(of: "\n", with: " ") {
            defer { previous = character }
            if character == "$", previous != "\\" { inMath.toggle() }
            switch character {
            case "{":
                depth += 1
                output.append(character)
            case "}":
                if depth == 0 {
                    output += "\\}"
                } else {
                    depth -= 1
                    output.append(character)
                }
            case "&", "%", "#":
                output += inMath || previous == "\\" ? String(character) : "\\" + String(character)
            default:
                if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) { output.append(character) }
            }
        }
        if inMath { output = output.replacingOccurrences(of: "$", with: "\\$") }
        return output + String(repeating: "}", count: depth)
    }
}

enum RISExporter {
    static func entry(_ paper: Paper) -> String {
        var lines = ["TY  - UNPB", "TI  - \(flat(paper.title))"]
        lines += paper.authors.map { "AU  - \(flat($0))" }
        if let published = paper.published { lines.append("PY  - \(ArxivDates.dayString(published).prefix(4))") }
        lines.append("AB  - \(flat(paper.abstract))")
        lines.append("UR  - \(paper.absURL)")
        lines.append("L1  - \(paper.pdfURL)")
        lines.append("AN  - arXiv:\(paper.id)")
        lines.append("KW  - \(paper.categories.joined(separator: " "))")
        if let doi = paper.doi { lines.append("DO  - \(flat(doi))") }
        if let journal = paper.journalRef { lines.append("JO  - \(flat(journal))") }
        lines.append("ER  - ")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

enum CSVExporter {
    static let header = "id,version,title,authors,categories,primary_category,date,starred,read,abs_url,pdf_url,doi,journal_ref"

    static func row(_ listed: ListedPaper) -> String {
        let paper = listed.paper
        return [
            paper.id, String(paper.version), paper.title, paper.authors.joined(separator: "; "),
            paper.categories.joined(separator: " "), paper.primaryCategory, listed.announceDate ?? "",
            listed.isStarred ? "true" : "false", listed.isRead ? "true" : "false", paper.absURL, paper.pdfURL,
            paper.doi ?? "", paper.journalRef ?? "",
        ].map(quote).joined(separator: ",")
    }

    /// RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
