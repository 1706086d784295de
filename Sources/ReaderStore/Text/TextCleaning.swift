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
    /// commas and " and "s that are not inside parentheses.
    public static func authors(fromList raw: String) -> [String] {
        var names: [String] = []
        var current = ""
        var depth = 0
        let decoded = TeXAccents.decode(raw)
            .replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: " and ", with: ", ")
        for character in decoded {
            switch character {
            case "(": depth += 1; current.append(character)
            case ")": depth = max(0, depth - 1); current.append(character)
            case "," where depth == 0:
                names.append(current)
                current = ""
            default: current.append(character)
            }
        }
        names.append(current)
        return names.compactMap { name in
            var cleaned = collapsingWhitespace(name)
            if cleaned.hasPrefix("and ") { cleaned.removeFirst(4) }
            return cleaned.isEmpty ? nil : cleaned
        }
    }
}
