import ReaderStore

/// Where a list's section dividers fall among its rows. The cursor and `listTop` count papers only;
/// a divider takes a screen row above the first paper of its section, so fewer papers fit, and `j`
/// and `k` pass over dividers without stopping.
struct ListSections: Equatable {
    /// The index of each section's first paper, with the section.
    let starts: [(index: Int, section: ListSection)]

    init(_ sections: [ListSection]) {
        var index = 0
        var starts: [(index: Int, section: ListSection)] = []
        for section in sections where section.count > 0 {
            starts.append((index, section))
            index += section.count
        }
        self.starts = starts
    }

    static func == (lhs: ListSections, rhs: ListSections) -> Bool {
        lhs.starts.map(\.index) == rhs.starts.map(\.index) && lhs.starts.map(\.section) == rhs.starts.map(\.section)
    }

    /// The section whose divider stands above the paper at `index`, if one does.
    func divider(before index: Int) -> ListSection? {
        starts.first { $0.index == index }?.section
    }

    /// What the screen shows from the paper at `top` in `rows` rows: dividers and papers, in order.
    func screenRows(from top: Int, rows: Int, total: Int) -> [ScreenRow] {
        var shown: [ScreenRow] = []
        var index = top
        while shown.count < rows, index < total {
            if let section = divider(before: index) {
                shown.append(.divider(section))
                if shown.count == rows { break }
            }
            shown.append(.paper(index))
            index += 1
        }
        return shown
    }

    /// How many papers fit on the screen from the paper at `top`.
    func papersShown(from top: Int, rows: Int, total: Int) -> Int {
        guard !starts.isEmpty else { return max(0, min(rows, total - top)) }
        var used = 0
        var papers = 0
        var index = top
        while index < total {
            let cost = divider(before: index) == nil ? 1 : 2
            guard used + cost <= rows else { break }
            used += cost
            papers += 1
            index += 1
        }
        return papers
    }

    /// The first paper to show so that the list's last rows fill the screen.
    func lastTop(rows: Int, total: Int) -> Int {
        guard !starts.isEmpty else { return max(0, total - rows) }
        var top = total
        var used = 0
        while top > 0 {
            let cost = divider(before: top - 1) == nil ? 1 : 2
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
}

extension AppState {
    var sections: ListSections { ListSections(counts.sections) }

    /// How many papers the list pane shows from `listTop`.
    var papersOnScreen: Int { sections.papersShown(from: listTop, rows: listRows, total: counts.total) }
}
