import Foundation

/// Markdown as an LLM writes it, made into styled terminal lines: headings, bold, inline code, lists
/// with hanging indents, quotes, rules and fenced code; `$…$` math goes through LaTeXText like the
/// abstract. Input must already be sanitized.
public enum MarkdownText {
    public enum Style: Equatable, Sendable {
        case text, bold, heading, code, secondary
    }

    public struct Span: Equatable, Sendable {
        public var text: String
        public var style: Style
    }

    public typealias Line = [Span]

    public static func lines(_ markdown: String, width: Int) -> [Line] {
        let width = max(4, width)
        var output: [Line] = []
        var inFence = false
        for raw in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence {
                for piece in TextWidth.wrap("  " + line, width: width) { output.append([Span(text: piece, style: .code)]) }
                continue
            }
            if trimmed.isEmpty {
                if let last = output.last, !last.isEmpty { output.append([]) }
                continue
            }
            if let heading = headingText(trimmed) {
                if let last = output.last, !last.isEmpty { output.append([]) }
                output += wrap(inline(heading, base: .heading), width: width, indent: 0, firstPrefix: [])
                continue
            }
            if trimmed.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == " " }), trimmed.filter({ $0 != " " }).count >= 3 {
                output.append([Span(text: String(repeating: "─", count: min(width, 40)), style: .secondary)])
                continue
            }
            if trimmed.hasPrefix(">") {
                let quoted = String(trimmed.dropFirst().drop { $0 == " " })
                output += wrap(inline(quoted, base: .secondary), width: width, indent: 2,
                               firstPrefix: [Span(text: "│ ", style: .secondary)], laterPrefix: "│ ")
                continue
            }
            if let item = listItem(line) {
                let indent = item.level * 2 + TextWidth.width(of: item.marker)
                let prefix = String(repeating: " ", count: item.level * 2) + item.marker
                output += wrap(inline(item.text, base: .text), width: width, indent: indent,
                               firstPrefix: [Span(text: prefix, style: .secondary)])
                continue
            }
            output += wrap(inline(trimmed, base: .text), width: width, indent: 0, firstPrefix: [])
        }
        while let last = output.last, last.isEmpty { output.removeLast() }
        return output
    }

    /// The plain text of a line, for tests and measurements.
    public static func plain(_ line: Line) -> String {
        line.map(\.text).joined()
    }

    private static func headingText(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        return rest.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "#"))
            .trimmingCharacters(in: .whitespaces)
    }

    private static func listItem(_ line: String) -> (level: Int, marker: String, text: String)? {
        let leading = line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
        let body = line.drop { $0 == " " || $0 == "\t" }
        let level = min(leading / 2, 4)
        if let first = body.first, "-*+".contains(first), body.dropFirst().first == " " {
            return (level, "• ", String(body.dropFirst(2)))
        }
        let digits = body.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let after = body.dropFirst(digits.count)
            if let dot = after.first, dot == "." || dot == ")", after.dropFirst().first == " " {
                return (level, "\(digits). ", String(after.dropFirst(2)))
            }
        }
        return nil
    }

    /// Inline markup: `**bold**`, `__bold__`, `` `code` ``, `*em*` and `_em_` (markers dropped),
    /// `[text](url)` as its text, and `$math$` rendered as text.
    static func inline(_ text: String, base: Style) -> [Span] {
        var spans: [Span] = []
        var current = ""
        var bold = false
        var emphasis: Character?
        func flush() {
            guard !current.isEmpty else { return }
            let style: Style = bold && base == .text ? .bold : base
            spans.append(Span(text: LaTeXText.render(current), style: style))
            current = ""
        }
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "*" where next == "*", "_" where next == "_":
                flush()
                bold.toggle()
                index += 2
                continue
            case "`":
                if let close = characters[(index + 1)...].firstIndex(of: "`") {
                    flush()
                    spans.append(Span(text: String(characters[(index + 1)..<close]), style: .code))
                    index = close + 1
                    continue
                }
            case "$":
                // Math is kept whole, so `_` and `*` inside it are not markup.
                let end = next == "$" ? "$$" : "$"
                if let close = find(end, in: characters, from: index + end.count) {
                    current += String(characters[index..<(close + end.count)])
                    index = close + end.count
                    continue
                }
            case "*", "_":
                if emphasis == character {
                    emphasis = nil
                    index += 1
                    continue
                }
                let isWordInside = index > 0 && characters[index - 1].isLetter && (next?.isLetter ?? false)
                if emphasis == nil, !isWordInside, next != " ", characters[(index + 1)...].contains(character) {
                    emphasis = character
                    index += 1
                    continue
                }
            case "[":
                if let close = characters[(index + 1)...].firstIndex(of: "]"), close + 1 < characters.count,
                   characters[close + 1] == "(", let end = characters[(close + 1)...].firstIndex(of: ")") {
                    current += String(characters[(index + 1)..<close])
                    index = end + 1
                    continue
                }
            default:
                break
            }
            current.append(character)
            index += 1
        }
        flush()
        return spans
    }

    private static func find(_ needle: String, in characters: [Character], from start: Int) -> Int? {
        let pattern = Array(needle)
        guard start <= characters.count - pattern.count else { return nil }
        for index in start...(characters.count - pattern.count) where Array(characters[index..<(index + pattern.count)]) == pattern {
            return index
        }
        return nil
    }

    /// Wraps styled spans at spaces to `width`, continuing lines indented by `indent` cells.
    static func wrap(_ spans: [Span], width: Int, indent: Int, firstPrefix: [Span], laterPrefix: String? = nil) -> [Line] {
        var lines: [Line] = []
        var line: Line = firstPrefix
        var used = firstPrefix.reduce(0) { $0 + TextWidth.width(of: $1.text) }
        let continuation = laterPrefix ?? String(repeating: " ", count: min(indent, width / 2))
        let continuationStyle: Style = laterPrefix == nil ? .text : .secondary
        var lineHasWords = false
        func newLine() {
            lines.append(line)
            line = continuation.isEmpty ? [] : [Span(text: continuation, style: continuationStyle)]
            used = TextWidth.width(of: continuation)
            lineHasWords = false
        }
        func append(_ text: String, _ style: Style) {
            if let last = line.last, last.style == style, lineHasWords {
                line[line.count - 1].text += text
            } else {
                line.append(Span(text: text, style: style))
            }
            used += TextWidth.width(of: text)
        }
        for span in spans {
            for (offset, word) in span.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                let needsSpace = offset > 0
                let wordWidth = TextWidth.width(of: String(word))
                if needsSpace {
                    if used + 1 + wordWidth > width, lineHasWords {
                        newLine()
                    } else if lineHasWords || used > 0 {
                        append(" ", span.style)
                    }
                } else if used + wordWidth > width, lineHasWords {
                    newLine()
                }
                guard !word.isEmpty else { continue }
                if wordWidth > width - used {
                    // A word longer than the room left is broken between clusters.
                    for piece in TextWidth.wrap(String(word), width: max(1, width - used)) {
                        if lineHasWords, used + TextWidth.width(of: piece) > width { newLine() }
                        append(piece, span.style)
                        lineHasWords = true
                    }
                } else {
                    append(String(word), span.style)
                    lineHasWords = true
                }
            }
        }
        if lineHasWords || lines.isEmpty { lines.append(line) }
        return lines
    }
}
