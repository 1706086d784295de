import Foundation
import ReaderStore

/// What a frame marks in titles and abstracts: the words a search looks for, and the user's
/// preference keywords, those that pull a paper up and those that push it down in their own styles.
struct Highlighting {
    var terms: [String] = []
    var keywords = PreferenceKeywords.none
    var liked = CellStyle(bold: true)
    var disliked = CellStyle(dim: true)

    static let none = Highlighting()

    init(terms: [String] = [], keywords: PreferenceKeywords = .none, theme: Theme? = nil) {
        self.terms = terms
        self.keywords = keywords
        if let theme {
            liked = theme.liked
            disliked = theme.disliked
        }
    }

    var isEmpty: Bool { terms.isEmpty && keywords.isEmpty }
}

/// Search matches and keywords shown in place: the words of the query, found regardless of case and
/// accents, and the keywords' word forms (`PreferenceKeywords.matches`).
enum Highlight {
    enum Kind: Equatable { case search, liked, disliked }

    /// The parts of `text` that match one of `terms`, in order, not overlapping.
    static func ranges(in text: String, terms: [String]) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        for term in terms where !term.isEmpty {
            var start = text.startIndex
            while start < text.endIndex,
                  let range = text.range(of: term, options: [.caseInsensitive, .diacriticInsensitive], range: start..<text.endIndex) {
                found.append(range)
                start = range.upperBound
            }
        }
        found.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for range in found {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Every part of `text` to mark, in order and not overlapping: search matches first, then the
    /// keywords around them.
    static func marks(in text: String, _ highlighting: Highlighting) -> [(range: Range<String.Index>, kind: Kind)] {
        let searched = ranges(in: text, terms: highlighting.terms).map { (range: $0, kind: Kind.search) }
        guard !highlighting.keywords.isEmpty else { return searched }
        let keywords = keywordMatches(text, highlighting.keywords).filter { match in
            !searched.contains { $0.range.overlaps(match.range) }
        }.map { (range: $0.range, kind: $0.isNegative ? Kind.disliked : .liked) }
        return (searched + keywords).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private struct MemoKey: Hashable {
        let text: String
        let keywords: PreferenceKeywords
    }

    /// As UTF-8 offsets, valid for any copy of the text: the same titles are drawn frame after frame.
    private static let memo = RenderMemo<MemoKey, [(Range<Int>, Bool)]>(capacity: 4_096)

    private static func keywordMatches(_ text: String, _ keywords: PreferenceKeywords) -> [PreferenceKeywords.Match] {
        let offsets = memo.value(for: MemoKey(text: text, keywords: keywords)) {
            keywords.matches(in: text).map { match in
                (text.utf8.distance(from: text.startIndex, to: match.range.lowerBound)
                    ..< text.utf8.distance(from: text.startIndex, to: match.range.upperBound), match.isNegative)
            }
        }
        return offsets.map { range, negative in
            let lower = text.utf8.index(text.startIndex, offsetBy: range.lowerBound)
            let upper = text.utf8.index(text.startIndex, offsetBy: range.upperBound)
            return PreferenceKeywords.Match(range: lower..<upper, isNegative: negative)
        }
    }

    /// Writes `text` like `ScreenBuffer.write`, search matches made bold and underlined, keywords in
    /// their styles.
    @discardableResult
    static func write(_ text: String, _ highlighting: Highlighting, row: Int, column: Int, limit: Int, style: CellStyle,
                      buffer: inout ScreenBuffer) -> Int {
        let matches = highlighting.isEmpty ? [] : marks(in: text, highlighting)
        guard !matches.isEmpty else { return buffer.write(text, row: row, column: column, limit: limit, style: style) }
        var used = 0
        var position = text.startIndex
        for match in matches {
            used += buffer.write(String(text[position..<match.range.lowerBound]), row: row, column: column + used,
                                 limit: limit - used, style: style)
            used += buffer.write(String(text[match.range]), row: row, column: column + used, limit: limit - used,
                                 style: matchStyle(match.kind, on: style, highlighting))
            position = match.range.upperBound
        }
        used += buffer.write(String(text[position...]), row: row, column: column + used, limit: limit - used, style: style)
        return used
    }

    private static func matchStyle(_ kind: Kind, on style: CellStyle, _ highlighting: Highlighting) -> CellStyle {
        switch kind {
        case .search:
            var matched = style
            matched.bold = true
            matched.underline = true
            return matched
        case .liked: return keywordStyle(highlighting.liked, on: style)
        case .disliked: return keywordStyle(highlighting.disliked, on: style)
        }
    }

    /// A keyword's style over the text's. On the selected row (a background, or reverse video) the
    /// text's own colour gives way to the keyword's, or a keyword there would look like any word; a
    /// theme whose keywords have no colour underlines them.
    private static func keywordStyle(_ keyword: CellStyle, on style: CellStyle) -> CellStyle {
        var merged = ListPane.merge(style, keyword)
        guard style.background != nil || style.reverse else { return merged }
        if let colour = keyword.foreground { merged.foreground = colour } else { merged.underline = true }
        return merged
    }
}
