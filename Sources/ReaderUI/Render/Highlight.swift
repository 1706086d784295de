import Foundation

/// Search matches shown in place: the words of the query, found regardless of case and accents.
enum Highlight {
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

    /// Writes `text` like `ScreenBuffer.write`, with the matches in `style` made bold and underlined.
    @discardableResult
    static func write(_ text: String, terms: [String], row: Int, column: Int, limit: Int, style: CellStyle,
                      buffer: inout ScreenBuffer) -> Int {
        let matches = ranges(in: text, terms: terms)
        guard !matches.isEmpty else { return buffer.write(text, row: row, column: column, limit: limit, style: style) }
        var matchStyle = style
        matchStyle.bold = true
        matchStyle.underline = true
        var used = 0
        var position = text.startIndex
        for match in matches {
            used += buffer.write(String(text[position..<match.lowerBound]), row: row, column: column + used,
                                 limit: limit - used, style: style)
            used += buffer.write(String(text[match]), row: row, column: column + used, limit: limit - used, style: matchStyle)
            position = match.upperBound
        }
        used += buffer.write(String(text[position...]), row: row, column: column + used, limit: limit - used, style: style)
        return used
    }
}
