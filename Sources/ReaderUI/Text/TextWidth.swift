/// Terminal cells taken by text, and truncating, padding and wrapping by cells rather than by
/// characters. A grapheme cluster (an emoji ZWJ sequence, a flag, a letter with its accents) is one
/// unit: it is never split, and it takes 0, 1 or 2 cells.
public enum TextWidth {
    /// 0 for control characters and clusters made only of combining marks or format characters,
    /// 2 for East Asian wide and fullwidth characters and emoji shown as emoji, 1 otherwise. The
    /// cluster's first scalar that is not a combining mark decides.
    public static func width(of character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first {
            return byte < 0x20 || byte == 0x7F ? 0 : 1
        }
        let scalars = character.unicodeScalars
        guard let first = scalars.first, !isControl(first) else { return 0 }
        guard let base = scalars.first(where: { !isZeroWidth($0) }) else { return 0 }
        if base.properties.isEmojiPresentation { return 2 }
        if base.properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
        return isWide(base.value) ? 2 : 1
    }

    public static func width(of text: String) -> Int {
        cells(text[...])
    }

    /// `text` cut to fit `width` cells, ending with `ellipsis` (counted in the width) when cut. A wide
    /// character that would straddle the limit is left out, so the result can be a cell short.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if self.width(of: text) <= width { return text }
        let mark = prefix(ellipsis[...], fitting: width)
        var kept = prefix(text[...], fitting: width - cells(mark))
        while let last = kept.last, last == " " || last == "\u{3000}" { kept.removeLast() }
        return String(kept + mark)
    }

    /// `text` truncated to `width` cells, then padded with spaces to exactly `width` cells.
    public static func padded(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - self.width(of: cut)))
    }

    /// Lines of at most `width` cells. Lines break at spaces (the spaces at a break are dropped), and
    /// between wide characters, so text without spaces such as Chinese or Japanese wraps too; a word
    /// longer than a line is split between clusters; each newline starts a new line. A cluster wider
    /// than `width` itself cannot be shown and is left out.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .flatMap { wrapParagraph($0, width: width) }
    }

    // MARK: - Wrapping

    private enum Piece {
        case space(Substring)
        case word(Substring)
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var lineStarted = false
        var gap: Substring = ""
        for piece in pieces(of: paragraph) {
            let word: Substring
            switch piece {
            case .space(let spaces):
                gap = spaces
                continue
            case .word(let text):
                word = text
            }
            let spaces = gap
            gap = ""
            let wordWidth = cells(word)
            let gapWidth = cells(spaces)
            if lineWidth + gapWidth + wordWidth <= width {
                line += spaces + word
                lineWidth += gapWidth + wordWidth
                lineStarted = true
                continue
            }
            if lineStarted {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            lineStarted = true
            for character in word {
                let characterWidth = self.width(of: character)
                if characterWidth > width { continue }
                if lineWidth + characterWidth > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(character)
                lineWidth += characterWidth
            }
        }
        lines.append(line)
        return lines
    }

    /// Runs of spaces, and words; two words with no space between them mark a break opportunity
    /// inside text without spaces.
    private static func pieces(of paragraph: Substring) -> [Piece] {
        var pieces: [Piece] = []
        var start = paragraph.startIndex
        var previous: Character?
        for index in paragraph.indices {
            let character = paragraph[index]
            let isSpace = breakingSpaces.contains(character)
            if let previous {
                let wasSpace = breakingSpaces.contains(previous)
                if isSpace != wasSpace || (!isSpace && canBreak(between: previous, and: character)) {
                    let run = paragraph[start..<index]
                    pieces.append(wasSpace ? .space(run) : .word(run))
                    start = index
                }
            }
            previous = character
        }
        if let previous, start < paragraph.endIndex {
            let run = paragraph[start...]
            pieces.append(breakingSpaces.contains(previous) ? .space(run) : .word(run))
        }
        return pieces
    }

    private static func canBreak(between before: Character, and after: Character) -> Bool {
        guard width(of: before) == 2 || width(of: after) == 2 else { return false }
        return !noBreakBefore.contains(after) && !noBreakAfter.contains(before)
    }

    private static let breakingSpaces: Set<Character> = [" ", "\u{3000}"]
    /// Closing punctuation and small kana, which must not start a line.
    private static let noBreakBefore = Set<Character>(
        ",.;:!?)]}%’”…、。，．：；！？）］｝」』】〉》〕ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々")
    /// Opening punctuation, which must not end a line.
    private static let noBreakAfter = Set<Character>("([{‘“（［｛「『【〈《〔")

    // MARK: - Cells

    private static func cells(_ text: Substring) -> Int {
        // Printable ASCII, most titles and abstracts, is one cell a byte; the rest goes by cluster.
        if let ascii = printableASCIICount(text) { return ascii }
        return text.reduce(0) { $0 + width(of: $1) }
    }

    static func printableASCIICount(_ text: Substring) -> Int? {
        var count = 0
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return nil }
            count += 1
        }
        return count
    }

    private static func prefix(_ text: Substring, fitting width: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let characterWidth = self.width(of: text[index])
            if used + characterWidth > width { break }
            used += characterWidth
            end = text.index(after: index)
        }
        return text[..<end]
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    /// Combining marks, and format characters such as ZWJ, soft hyphen and variation selectors.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: true
        default: false
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide and Fullwidth blocks and the emoji blocks, sorted. Whole emoji blocks are
    /// counted wide: guessing 2 for a symbol a terminal draws in 1 cell leaves a gap, guessing 1 for a
    /// wide one shifts the rest of the row.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
        0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
