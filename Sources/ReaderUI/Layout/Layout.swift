/// A rectangle of cells.
public struct Rect: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int
}

/// Where each pane goes for a terminal size: list beside abstract and FAQ on wide terminals, the
/// list alone (or the open paper full-width) on narrow ones, a notice when the terminal is too small.
public struct Layout: Sendable, Equatable {
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    public static let wideWidth = 120

    public let width: Int
    public let height: Int
    public let isTooSmall: Bool
    public let isWide: Bool
    public let title: Rect
    public let status: Rect
    public let list: Rect?
    public let abstract: Rect?
    public let faq: Rect?
    /// Columns (or the row) where pane borders are drawn.
    public let verticalBorder: Int?
    public let horizontalBorder: (row: Int, column: Int, width: Int)?

    /// `statusRows`: the rows the status line takes at the bottom (a long sentence wraps), taken from the list.
    public init(width: Int, height: Int, paperOpen: Bool, statusRows: Int = 1) {
        self.width = width
        self.height = height
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        isWide = width >= Self.wideWidth
        title = Rect(row: 0, column: 0, width: width, height: 1)
        let statusRows = max(1, min(statusRows, height - 2))
        status = Rect(row: max(0, height - statusRows), column: 0, width: width, height: statusRows)
        let bodyTop = 1
        let bodyHeight = max(0, height - 1 - statusRows)
        if isTooSmall {
            list = nil
            abstract = nil
            faq = nil
            verticalBorder = nil
            horizontalBorder = nil
        } else if isWide {
            // Three fifths up to 80 columns, so that at 120 a typical 90-character title fits in a row's two lines.
            let listWidth = max(width / 2, min(width * 3 / 5, 80))
            let rightColumn = listWidth + 1
            let rightWidth = width - rightColumn
            let abstractHeight = max(3, bodyHeight * 60 / 100)
            list = Rect(row: bodyTop, column: 0, width: listWidth, height: bodyHeight)
            abstract = Rect(row: bodyTop, column: rightColumn, width: rightWidth, height: abstractHeight)
            faq = Rect(row: bodyTop + abstractHeight + 1, column: rightColumn, width: rightWidth,
                       height: max(0, bodyHeight - abstractHeight - 1))
            verticalBorder = listWidth
            horizontalBorder = (bodyTop + abstractHeight, rightColumn, rightWidth)
        } else if paperOpen {
            let abstractHeight = max(3, bodyHeight * 65 / 100)
            list = nil
            abstract = Rect(row: bodyTop, column: 0, width: width, height: abstractHeight)
            faq = Rect(row: bodyTop + abstractHeight + 1, column: 0, width: width,
                       height: max(0, bodyHeight - abstractHeight - 1))
            verticalBorder = nil
            horizontalBorder = (bodyTop + abstractHeight, 0, width)
        } else {
            list = Rect(row: bodyTop, column: 0, width: width, height: bodyHeight)
            abstract = nil
            faq = nil
            verticalBorder = nil
            horizontalBorder = nil
        }
    }

    public static func == (lhs: Layout, rhs: Layout) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.list == rhs.list && lhs.abstract == rhs.abstract
            && lhs.faq == rhs.faq
    }
}
