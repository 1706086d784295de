import Foundation

/// Normalisation applied to remote metadata before it is stored.
public enum TextCleaning {
    /// Collapses every run of whitespace (newlines included) to one space, drops control characters
    /// (ESC among them, so no terminal escape sequence survives) and trims the ends.
    public static func collapsingWhitespace(_ text: String) -> String {
        // Byte-wise with an ASCII fast path: Unicode properties are looked up for non-ASCII scalars
        // only (this function is most of an import's parsing time otherwise).
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isWhitespace: Bool
            if value < 0x80 {
                isWhitespace = value == 0x20 || (0x09...0x0D).contains(value)
                if !isWhitespace, value < 0x20 || value == 0x7F { continue }
            } else {
                isWhitespace = scalar.properties.isWhitespace
                if !isWhitespace, scalar.properties.generalCategory == .control { continue }
            }
            if isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            if value < 0x80 {
                out.append(UInt8(value))
            } else {
                out.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The longest title and abstract kept. arXiv's longest titles are about 300 characters and its
    /// abstracts are limited to 1,920; a runaway field from a broken or hostile source is cut
    /// rather than stored, indexed and laid out whole.
    public static let maxTitleCharacters = 1_000
    public static let maxAbstractCharacters = 20_000
    /// Collaborations of 3,000 authors exist; their lists run to about 100,000 characters.
    public static let maxAuthorListCharacters = 300_000

    /// A title as stored: TeX accents decoded, whitespace collapsed, at most `maxTitleCharacters`.
    public static func title(_ raw: String) -> String {
        capped(collapsingWhitespace(TeXAccents.decode(bounded(raw, maxTitleCharacters * 2))), to: maxTitleCharacters)
    }

    /// At most `limit` Unicode scalars (not characters: one letter with a million combining marks is
    /// one character), the last of them an ellipsis when text was cut.
    private static func capped(_ text: String, to limit: Int) -> String {
        guard text.utf8.count > limit, text.unicodeScalars.count > limit else { return text }
        var scalars = String.UnicodeScalarView(text.unicodeScalars.prefix(limit - 1))
        scalars.append("…")
        return String(scalars)
    }

    /// The start of a raw field, before any work is spent on it.
    private static func bounded(_ raw: String, _ limit: Int) -> String {
        raw.utf8.count > limit ? String(String.UnicodeScalarView(raw.unicodeScalars.prefix(limit))) : raw
    }

    /// An abstract as stored: TeX accents decoded, line breaks of the source's fixed-width wrapping
    /// joined, paragraph breaks kept: a blank line, or a line indented deeper than the text's usual
    /// indentation (arXiv marks paragraphs so; a re-indented XML file indents every line alike).
    public static func abstract(_ raw: String) -> String {
        let decoded = TeXAccents.decode(bounded(raw, maxAbstractCharacters))
        guard decoded.utf8.contains(0x0A) else {
            return collapsingWhitespace(decoded)
        }
        let lines = decoded.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        func indentation(_ line: Substring.UnicodeScalarView) -> Int { line.prefix { $0 == " " || $0 == "\t" }.count }
        func isBlank(_ line: Substring.UnicodeScalarView) -> Bool { line.allSatisfy { $0.properties.isWhitespace } }
        let usual = lines.dropFirst().filter { !isBlank($0) }.map(indentation).min() ?? 0
        var paragraphs: [String] = []
        var current: [Substring.UnicodeScalarView] = []
        func close() {
            if !current.isEmpty { paragraphs.append(collapsingWhitespace(current.map { String($0) }.joined(separator: " "))) }
            current = []
        }
        for line in lines {
            if isBlank(line) {
                close()
            } else {
                if !current.isEmpty, indentation(line) > usual { close() }
                current.append(line)
            }
        }
        close()
        return paragraphs.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// A comma-separated author string ("A. One, B. Two (MIT, Cambridge) and C. Three") split at the
    /// commas and " and "s that are not inside parentheses; a trailing "et al." is not an author.
    public static func authors(fromList raw: String) -> [String] {
        let characters = Array(TeXAccents.decode(bounded(raw, maxAuthorListCharacters)).replacingOccurrences(of: "\n", with: " "))
        var names: [String] = []
        var current = ""
        var depth = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if depth == 0, character == " ", index + 4 < characters.count,
               String(characters[(index + 1)...(index + 4)]) == "and " {
                names.append(current)
                current = ""
                index += 5
                continue
            }
            switch character {
            case "(": depth += 1; current.append(character)
            case ")": depth = max(0, depth - 1); current.append(character)
            case "," where depth == 0:
                names.append(current)
                current = ""
            default: current.append(character)
            }
            index += 1
        }
        names.append(current)
        return names.compactMap { name in
            let cleaned = collapsingWhitespace(name)
            let lowered = cleaned.lowercased()
            return cleaned.isEmpty || lowered == "et al" || lowered == "et al." ? nil : cleaned
        }
    }

    /// Text whose every line is its own paragraph (RSS descriptions come unwrapped).
    public static func paragraphs(_ raw: String) -> String {
        TeXAccents.decode(bounded(raw, maxAbstractCharacters)).split(separator: "\n").map { collapsingWhitespace(String($0)) }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
