import ReaderStore

/// A paper in two lines, where the list stands beside the paper: the title on the first, running on
/// into the second when long; the authors and category on the second.
///
///     12 ★• Attention Sinks in Long-Context Transformers: Why the First Token Matters and
///           How to Use It · Alice Smith et al.                              cs.CL [cross]
extension ListPane {
    struct Row {
        let listed: ListedPaper
        let index: Int
        let digits: Int
        /// The screen row of the first line.
        let line: Int
        let rect: Rect
        let base: CellStyle
        let watches: WatchList
        let tags: [String]
    }

    static func drawTwoLines(_ row: Row, theme: Theme, highlighting: Highlighting, showsGroup: Bool, buffer: inout ScreenBuffer) {
        let listed = row.listed
        let end = row.rect.column + row.rect.width
        var column = row.rect.column
        column += buffer.write(String(row.index + 1).leftPadded(to: row.digits), row: row.line, column: column,
                               limit: end - column, style: merge(row.base, theme.secondary))
        column += buffer.write(WatchMarks.mark(listed.paper, row.watches), row: row.line, column: column, limit: end - column,
                               style: merge(row.base, theme.star))
        column += buffer.write(listed.isStarred ? "★" : " ", row: row.line, column: column, limit: end - column,
                               style: merge(row.base, theme.star))
        column += buffer.write(readMark(listed), row: row.line, column: column, limit: end - column, style: row.base)
        // A column clear of the border on the right.
        let width = end - column - 1
        guard width > 0 else { return }
        let text = RowText.of(listed, showsGroup: showsGroup)
        let category = tagLabel(row.tags) + text.category
        let categoryWidth = min(TextWidth.width(of: category), width / 2)
        let split = TitleSplit.of(text.title, authors: listed.paper.authors, width: width, categoryWidth: categoryWidth)
        let titleStyle = titleStyle(listed, base: row.base, theme: theme)
        Highlight.write(split.first, highlighting, row: row.line, column: column, limit: width, style: titleStyle, buffer: &buffer)
        let second = row.line + 1
        var used = 0
        if !split.rest.isEmpty {
            used += Highlight.write(split.rest, highlighting, row: second, column: column, limit: width, style: titleStyle,
                                    buffer: &buffer)
        }
        used += buffer.write(split.authors, row: second, column: column + used, limit: max(0, width - used - categoryWidth),
                             style: merge(row.base, theme.secondary))
        let categoryColumn = max(column + used, column + width - categoryWidth)
        buffer.write(category, row: second, column: categoryColumn, limit: column + width - categoryColumn,
                     style: merge(row.base, theme.tag))
    }
}

/// A title laid out over a row's two lines, and the authors that fit beside its end; the same on
/// every frame until the title or the width changes.
struct TitleSplit: Hashable {
    /// The title's first line.
    let first: String
    /// Its continuation on the second line ("" when it fits on the first), cut with "…" if still too long.
    let rest: String
    /// " · Alice Smith, Bob Jones et al." after the continuation, or the names alone on a line of their own.
    let authors: String

    private struct Key: Hashable {
        let title: String
        let authors: [String]
        let width: Int
        let categoryWidth: Int
    }

    private static let memo = RenderMemo<Key, TitleSplit>(capacity: 4_096)

    static func of(_ title: String, authors: [String], width: Int, categoryWidth: Int) -> TitleSplit {
        memo.value(for: Key(title: title, authors: authors, width: width, categoryWidth: categoryWidth)) {
            let room = max(0, width - categoryWidth - 1)
            let names = authors.map { AuthorByline.name(Sanitize.terminalText($0)) }
            let lines = TextWidth.wrap(title, width: width)
            guard lines.count > 1 else {
                return TitleSplit(first: lines.first ?? "", rest: "", authors: Self.names(names, width: room))
            }
            // The title comes before the authors: the first author follows only if the title is whole
            // and a name still fits.
            let remainder = lines.dropFirst().joined(separator: " ")
            let rest = TextWidth.truncate(remainder, to: room)
            let nameRoom = room - TextWidth.width(of: rest) - 3
            let name = Self.names(names, width: nameRoom, firstOnly: true)
            let byline = name.isEmpty ? "" : " · " + name
            return TitleSplit(first: lines[0], rest: rest, authors: byline)
        }
    }

    /// As many names as fit in `width`, then " et al." for the rest; a name is never cut: the first
    /// alone falls back to its last word (the surname), else to nothing.
    static func names(_ names: [String], width: Int, firstOnly: Bool = false) -> String {
        guard let first = names.first, width > 0 else { return "" }
        let more = " et al."
        if firstOnly {
            let suffix = names.count > 1 ? more : ""
            for name in [first, first.split(separator: " ").last.map(String.init) ?? first]
            where TextWidth.width(of: name + suffix) <= width {
                return name + suffix
            }
            return ""
        }
        var shown = first
        var count = 1
        for name in names.dropFirst() {
            let candidate = shown + ", " + name
            let needsMore = count + 1 < names.count
            guard TextWidth.width(of: candidate) + (needsMore ? more.count : 0) <= width else { break }
            shown = candidate
            count += 1
        }
        let suffix = count < names.count ? more : ""
        guard TextWidth.width(of: shown + suffix) <= width else { return Self.names(names, width: width, firstOnly: true) }
        return shown + suffix
    }
}
