import Foundation

/// A paper named by a reference manager's export (a BibTeX entry), by what can find it in the cache:
/// its arXiv id, its DOI, its title.
public struct LibraryReference: Sendable, Equatable {
    public var arxivID: String?
    /// Lower case, without `https://doi.org/`.
    public var doi: String?
    /// Folded for matching (`foldedTitle`).
    public var title: String?
    /// The entry's BibTeX key, to name it in messages.
    public var key: String?

    public init(arxivID: String? = nil, doi: String? = nil, title: String? = nil) {
        self.arxivID = arxivID
        self.doi = doi
        self.title = title
    }

    /// Fields where exporters put an arXiv id or link: `eprint` (with `archiveprefix = {arXiv}` or
    /// none), JabRef's `arxivid`, and links or notes such as `journal = {arXiv preprint arXiv:2504.17886}`.
    private static let linkFields = ["arxivid", "arxiv", "url", "journal", "note", "howpublished", "eprint"]
    /// arXiv's own DOIs: `10.48550/arXiv.2504.17886`.
    private static let arxivDOIPrefix = "10.48550/arxiv."

    public init(_ entry: BibTeXEntries.Entry) {
        let fields = entry.fields
        key = entry.key.isEmpty ? nil : entry.key
        let doi = fields["doi"].map(Self.normalisedDOI)
        self.doi = doi?.isEmpty == false ? doi : nil
        if let doi, doi.hasPrefix(Self.arxivDOIPrefix) {
            arxivID = Self.arxivID(in: String(doi.dropFirst(Self.arxivDOIPrefix.count)))
        }
        let prefix = (fields["archiveprefix"] ?? fields["eprinttype"])?.lowercased()
        for name in Self.linkFields where arxivID == nil {
            // An eprint of another archive (PubMed, HAL) is not an arXiv id.
            if name == "eprint", let prefix, prefix != "arxiv" { continue }
            if let text = fields[name] { arxivID = Self.arxivID(in: text) }
        }
        let title = fields["title"].map(Self.foldedTitle)
        self.title = title?.isEmpty == false ? title : nil
    }

    private static func arxivID(in text: String) -> String? {
        for piece in text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "{" || $0 == "}" }) {
            // `(arXiv:2504.17886)`, `arXiv:2504.17886.`: the brackets and the sentence's full stop are not the id's.
            let token = piece.trimmingCharacters(in: CharacterSet(charactersIn: "<>()[]\"'.:"))
            if case .arxiv(let id)? = PaperReference(parsing: token) { return id.value }
        }
        return nil
    }

    static func normalisedDOI(_ text: String) -> String {
        var doi = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where doi.hasPrefix(prefix) {
            doi.removeFirst(prefix.count)
        }
        return doi
    }

    /// A title as both a BibTeX export and arXiv write it, reduced to the words: LaTeX commands
    /// (`\emph`, accents such as `\"o`), braces and math signs gone, accents and case folded, every
    /// run of other characters one space.
    /// Accents named by a letter: `\H{o}` (ő), `\c{c}` (ç), `\v{s}` (š)...
    private static let accentCommands: Set<String> = ["H", "c", "v", "u", "k", "r", "d", "b", "t", "G", "h", "f"]
    /// Letters written as commands, folded as `foldedTitle` folds the letters themselves.
    private static let letterCommands = ["o": "o", "O": "o", "ss": "ss", "i": "i", "j": "j", "l": "l", "L": "l",
                                         "ae": "ae", "AE": "ae", "oe": "oe", "OE": "oe", "aa": "a", "AA": "a"]

    private static let foldedLetters = ["ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th"]

    public static func foldedTitle(_ text: String) -> String {
        var plain = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            // Braces only group (`{B}ERT`, `Schr{\"o}dinger`): they part no words.
            if scalar == "{" || scalar == "}" { continue }
            guard scalar == "\\" else {
                plain.append(scalar)
                continue
            }
            // A command's name (`\emph`) parts words; an accent (`\"`, `\H`) is left out, and the letter it
            // applies to stays in its word; a letter written as a command (`\o`, `\ss`) is that letter.
            if let next = pending, next.properties.isAlphabetic {
                var name = ""
                while let letter = pending, letter.properties.isAlphabetic {
                    name.unicodeScalars.append(letter)
                    pending = scalars.next()
                }
                if let letters = Self.letterCommands[name] {
                    plain.append(contentsOf: letters.unicodeScalars)
                } else if !Self.accentCommands.contains(name) {
                    plain.append(" ")
                }
            } else {
                pending = scalars.next()
            }
        }
        var folded = String(plain).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // Letters that are not a letter and an accent, which folding leaves: written as BibTeX writes them.
        for (letter, plainLetters) in Self.foldedLetters where folded.contains(letter) {
            folded = folded.replacingOccurrences(of: letter, with: plainLetters)
        }
        return folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }
}
