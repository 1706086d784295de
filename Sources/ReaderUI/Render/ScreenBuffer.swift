/// A colour as the terminal knows it: one of the 256 indexed colours.
public struct TerminalColor: Hashable, Sendable {
    public let index: Int
    public init(_ index: Int) { self.index = index }
}

/// How a cell looks.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false,
                dim: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = CellStyle()
}

/// One terminal cell: a grapheme cluster and the cells it covers (2 for wide characters, whose second
/// cell is a continuation with width 0 and no text).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: CellStyle

    public static let blank = Cell(text: " ", width: 1, style: .plain)
}

/// A frame: the whole screen as a grid of cells, built by `render` and drawn by the terminal adapter.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Paints `width` cells from (`row`, `column`) with spaces in `style`.
    public mutating func fill(row: Int, column: Int, width fillWidth: Int, style: CellStyle) {
        guard row >= 0, row < height else { return }
        let start = max(0, column)
        let end = min(width, column + fillWidth)
        guard start < end else { return }
        clearWideCharacter(row: row, column: start)
        clearWideCharacter(row: row, column: end - 1)
        for index in (row * width + start)..<(row * width + end) {
            cells[index] = Cell(text: " ", width: 1, style: style)
        }
    }

    /// Before a cell is overwritten: a wide character it is half of becomes a blank in both halves,
    /// so no half character is left on the screen.
    private mutating func clearWideCharacter(row: Int, column: Int) {
        guard column >= 0, column < width else { return }
        let index = row * width + column
        if cells[index].width == 0, column > 0 {
            cells[index - 1] = Cell(text: " ", width: 1, style: cells[index - 1].style)
            cells[index] = Cell(text: " ", width: 1, style: cells[index].style)
        } else if cells[index].width == 2, column + 1 < width {
            cells[index] = Cell(text: " ", width: 1, style: cells[index].style)
            cells[index + 1] = Cell(text: " ", width: 1, style: cells[index + 1].style)
        }
    }

    /// Writes `text` from (`row`, `column`) within `limit` cells, cluster by cluster, never splitting a
    /// wide character at the edge; control characters are dropped. Returns the cells used.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, limit: Int, style: CellStyle) -> Int {
        guard row >= 0, row < height, column >= 0 else { return 0 }
        let end = min(width, column + max(0, limit))
        if TextWidth.printableASCIICount(text[...]) != nil {
            return writeASCII(text, row: row, column: column, end: end, style: style)
        }
        var position = column
        for character in text {
            if let first = character.unicodeScalars.first, first.properties.generalCategory == .control { continue }
            let characterWidth = TextWidth.width(of: character)
            if characterWidth == 0 {
                if position > column {
                    let index = row * width + lastLeadCell(row: row, before: position)
                    cells[index].text.append(character)
                }
                continue
            }
            guard position + characterWidth <= end else { break }
            clearWideCharacter(row: row, column: position)
            if characterWidth == 2 { clearWideCharacter(row: row, column: position + 1) }
            let index = row * width + position
            cells[index] = Cell(text: String(character), width: characterWidth, style: style)
            if characterWidth == 2 { cells[index + 1] = Cell(text: "", width: 0, style: style) }
            position += characterWidth
        }
        return position - column
    }

    /// The common case, printable ASCII: one cell a byte, no cluster segmentation.
    private mutating func writeASCII(_ text: String, row: Int, column: Int, end: Int, style: CellStyle) -> Int {
        var position = column
        for byte in text.utf8 {
            guard position < end else { break }
            clearWideCharacter(row: row, column: position)
            cells[row * width + position] = Cell(text: String(UnicodeScalar(byte)), width: 1, style: style)
            position += 1
        }
        return position - column
    }

    private func lastLeadCell(row: Int, before position: Int) -> Int {
        var column = position - 1
        while column > 0, cells[row * width + column].width == 0 { column -= 1 }
        return column
    }

    /// True when `row` holds the same cells in both buffers (of the same width).
    public func rowEquals(_ other: ScreenBuffer, row: Int) -> Bool {
        guard width == other.width, row >= 0, row < height, row < other.height else { return false }
        let range = (row * width)..<((row + 1) * width)
        return cells[range] == other.cells[range]
    }

    /// The rows as plain text, for golden-screen tests and `capture`-style comparisons.
    public func textLines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where self[row, column].width > 0 { line += self[row, column].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
