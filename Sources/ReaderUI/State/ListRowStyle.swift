/// `[reader] list_rows`: how many lines a paper takes in the list.
public enum ListRowStyle: String, Sendable, CaseIterable {
    /// Two lines where the list stands beside the paper (120 columns and wider), one otherwise.
    case auto
    /// The title, first author and category on one line.
    case oneLine = "one-line"
    /// The title on the first line (running on into the second when long), the authors and category on the second.
    case twoLine = "two-line"

    func paperLines(wide: Bool) -> Int {
        switch self {
        case .auto: wide ? 2 : 1
        case .oneLine: 1
        case .twoLine: 2
        }
    }
}

extension AppState {
    /// Lines each paper takes in the list pane.
    public var paperLines: Int { listRowStyle.paperLines(wide: layout.isWide) }
}
