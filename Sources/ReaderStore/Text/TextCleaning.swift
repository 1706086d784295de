import Foundation

/// Normalisation applied to remote metadata before it is stored.
public enum TextCleaning {
    /// Collapses every run of whitespace (newlines included) to one space, drops control characters
    /// (ESC among them, so no terminal escape sequence survives) and trims the ends.
    public static func collapsingWhitespace(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control, !scalar.properties.isWhitespace {
                continue
            } else if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A title as stored: TeX accents decoded, whitespace collapsed.
    public static func title(_ raw: String) -> String {
        collapsingWhitespace(TeXAccents.decode(raw))
    }

    /// An abstract as stored: TeX accents decoded, line breaks of the source's fixed-width wrapping
    /// joined, paragraph breaks kept: a blank line, or a line indented deeper than the text's usual
    /// indentation (arXiv marks paragraphs so; a re-indented XML file indents every line alike).
    public static func abstract(_ raw: String) -> String {
        let lines = TeXAccents.decode(raw).split(separator: "\n", omittingEmptySubsequences: false)
        func indentation(_ line: Substring) -> Int { line.prefix { $0 == " " || $0 == "\t" }.count }
        let usual = lines.dropFirst().filter { !$0.allSatisfy(\.isWhitespace) }.map(indentation).min() ?? 0
        var paragraphs: [String] = []
        var current: [Substring] = []
        func close() {
            if !current.isEmpty { paragraphs.append(collapsingWhitespace(current.joined(separator: " "))) }
            current = []
        }
        for line in lines {
            if line.allSatisfy(\.isWhitespace) {
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
        let characters = Array(TeXAccents.decode(raw).replacingOccurrences(of: "\n", with: " "))
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
        TeXAccents.decode(raw).split(separator: "\n").map { collapsingWhitespace(String($0)) }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
