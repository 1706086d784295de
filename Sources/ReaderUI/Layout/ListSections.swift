import ReaderStore

/// Where a list's section dividers fall among its rows. The cursor and `listTop` count papers only;
/// a divider takes a screen line above the first paper of its section, so fewer papers fit, and `j`
/// and `k` pass over dividers without stopping. A paper takes `paperLines` lines (two where the
/// title and authors get a line each).
struct ListSections: Equatable {
    /// The index of each section's first paper, with the section.
    let starts: [(index: Int, section: ListSection)]
    let paperLines: Int

    init(_ sections: [ListSection], paperLines: Int = 1) {
        self.paperLines = max(1, paperLines)
        var index = 0
        var starts: [(index: Int, section: ListSection)] = []
        for section in sections where section.count > 0 {
            starts.append((index, section))
            index += section.count
        }
        self.starts = starts
    }

    static func == (lhs: ListSections, rhs: ListSections) -> Bool {
        lhs.paperLines == rhs.paperLines && lhs.starts.map(\.index) == rhs.starts.map(\.index)
            && lhs.starts.map(\.section) == rhs.starts.map(\.section)
    }

    /// The section whose divider stands above the paper at `index`, if one does.
    func divider(before index: Int) -> ListSection? {
        starts.first { $0.index == index }?.section
    }

    /// What the screen shows from the paper at `top` in `rows` lines: dividers and papers, in order,
    /// each at its first line. Only papers whose every line fits are shown.
    func screenRows(from top: Int, rows: Int, total: Int) -> [PlacedRow] {
        var shown: [PlacedRow] = []
        var line = 0
        var index = top
        while index < total {
            if let section = divider(before: index) {
                guard line < rows else { break }
                shown.append(PlacedRow(line: line, row: .divider(section)))
                line += 1
            }
            guard line + paperLines <= rows else { break }
            shown.append(PlacedRow(line: line, row: .paper(index)))
            line += paperLines
            index += 1
        }
        return shown
    }

    /// The row drawn on a line of the pane (a paper's every line belongs to it).
    func row(atLine target: Int, from top: Int, rows: Int, total: Int) -> ScreenRow? {
        screenRows(from: top, rows: rows, total: total).last { $0.line <= target }.flatMap { placed in
            let height = if case .divider = placed.row { 1 } else { paperLines }
            return target < placed.line + height ? placed.row : nil
        }
    }

    /// How many papers fit on the screen from the paper at `top`.
    func papersShown(from top: Int, rows: Int, total: Int) -> Int {
        guard !starts.isEmpty else { return max(0, min(rows / paperLines, total - top)) }
        var used = 0
        var papers = 0
        var index = top
        while index < total {
            let cost = paperLines + (divider(before: index) == nil ? 0 : 1)
            guard used + cost <= rows else { break }
            used += cost
            papers += 1
            index += 1
        }
        return papers
    }

    /// The first paper to show so that the list's last rows fill the screen.
    func lastTop(rows: Int, total: Int) -> Int {
        guard !starts.isEmpty else { return max(0, total - rows / paperLines) }
        var top = total
        var used = 0
        while top > 0 {
            let cost = paperLines + (divider(before: top - 1) == nil ? 0 : 1)
            guard used + cost <= rows else { break }
            used += cost
            top -= 1
        }
        return top
    }

    enum ScreenRow: Equatable {
        case divider(ListSection)
        case paper(Int)
    }

    struct PlacedRow: Equatable {
        /// The pane's line the row starts on.
        let line: Int
        let row: ScreenRow
    }
}

extension AppState {
    var sections: ListSections { ListSections(counts.sections, paperLines: paperLines) }

    /// How many papers the list pane shows from `listTop`.
    var papersOnScreen: Int { sections.papersShown(from: listTop, rows: listRows, total: counts.total) }
}
