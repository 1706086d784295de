import Foundation

/// Readable text from an HTML page (arXiv's LaTeXML rendering of a paper): scripts, styles and page
/// furniture dropped, block elements on their own lines, math kept as its TeX `alttext`, entities decoded.
public enum HTMLText {
    private static let droppedElements = ["script", "style", "head", "nav", "header", "footer", "button", "noscript", "svg"]
    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "figcaption",
        "blockquote", "pre", "table", "ul", "ol", "dt", "dd", "hr",
    ]

    public static func extract(_ html: String) -> String {
        var text = html
        for element in droppedElements {
            text = text.replacingOccurrences(
                of: "(?s)<\(element)\\b[^>]*>.*?</\(element)\\s*>", with: " ",
                options: [.regularExpression, .caseInsensitive])
        }
        text = text.replacingOccurrences(of: "(?s)<!--.*?-->", with: " ", options: .regularExpression)
        text = replaceMath(in: text)
        var output = ""
        output.reserveCapacity(text.utf8.count / 2)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "<", let close = text[index...].firstIndex(of: ">") else {
                output.append(character)
                index = text.index(after: index)
                continue
            }
            let tag = text[text.index(after: index)..<close]
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            output.append(blockElements.contains(name) ? "\n" : " ")
            index = text.index(after: close)
        }
        return tidy(decodeEntities(output))
    }

    /// `<math alttext="x^2">…</math>` becomes ` $x^2$ `.
    private static func replaceMath(in html: String) -> String {
        guard let regex = try? NSRegularExpression(
            pattern: #"<math\b[^>]*?alttext="([^"]*)"[^>]*>.*?</math\s*>"#,
            options: [.caseInsensitive, .dotMatchesLineSeparators]) else { return html }
        return regex.stringByReplacingMatches(
            in: html, range: NSRange(html.startIndex..., in: html), withTemplate: " \\$$1\\$ ")
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") {
                let name = text[text.index(after: index)..<semicolon]
                if let decoded = entity(String(name)) {
                    output.append(decoded)
                    index = text.index(after: semicolon)
                    continue
                }
            }
            output.append(character)
            index = text.index(after: index)
        }
        return output
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        case "ndash": return "–"
        case "mdash": return "—"
        default: break
        }
        let scalar: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            scalar = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            scalar = UInt32(name.dropFirst())
        } else {
            scalar = nil
        }
        return scalar.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }

    /// Spaces collapsed inside lines, at most one blank line between paragraphs.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
