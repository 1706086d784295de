import ReaderStore

/// One CSV row per paper (RFC 4180). A cell a spreadsheet would read as a formula (OWASP's CSV
/// injection: a leading `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe.
enum CSVExporter {
    static let header = "id,version,title,authors,categories,primary_category,date,starred,read,abs_url,pdf_url,doi,journal_ref"

    static func row(_ listed: ListedPaper) -> String {
        let paper = listed.paper
        return [
            paper.id, String(paper.version), paper.title, paper.authors.joined(separator: "; "),
            paper.categories.joined(separator: " "), paper.primaryCategory, listed.announceDate ?? "",
            listed.isStarred ? "true" : "false", listed.isRead ? "true" : "false", paper.absURL, paper.pdfURL,
            paper.doi ?? "", paper.journalRef ?? "",
        ].map { quote(neutralized($0)) }.joined(separator: ",")
    }

    static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        return "'" + field
    }

    /// Fields with commas, quotes or line breaks are quoted, quotes doubled, scalar by scalar: a quote
    /// followed by a combining mark is one `Character` but still a quote to a CSV reader.
    static func quote(_ field: String) -> String {
        let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
        guard field.unicodeScalars.contains(where: special.contains) else { return field }
        var quoted = String.UnicodeScalarView(["\""])
        for scalar in field.unicodeScalars {
            if scalar == "\"" { quoted.append(scalar) }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }
}
