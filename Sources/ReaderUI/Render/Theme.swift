/// The styles the reader paints with. `NO_COLOR` and 8-colour terminals get fitting variants.
public struct Theme: Sendable, Equatable {
    public var title: CellStyle
    public var text: CellStyle
    public var unread: CellStyle
    public var selected: CellStyle
    public var selectedUnfocused: CellStyle
    public var star: CellStyle
    public var tag: CellStyle
    public var secondary: CellStyle
    public var heading: CellStyle
    public var link: CellStyle
    public var border: CellStyle
    public var status: CellStyle
    public var error: CellStyle
    public var overlay: CellStyle
    /// A preference keyword in a title or abstract, and one written with `-` (it pushes papers down).
    public var liked: CellStyle
    public var disliked: CellStyle

    public static let standard = Theme(
        title: CellStyle(foreground: TerminalColor(231), background: TerminalColor(24), bold: true),
        text: .plain,
        unread: CellStyle(bold: true),
        selected: CellStyle(foreground: TerminalColor(231), background: TerminalColor(31), bold: true),
        selectedUnfocused: CellStyle(background: TerminalColor(238)),
        star: CellStyle(foreground: TerminalColor(220), bold: true),
        tag: CellStyle(foreground: TerminalColor(108)),
        secondary: CellStyle(foreground: TerminalColor(245)),
        heading: CellStyle(foreground: TerminalColor(117), bold: true),
        link: CellStyle(foreground: TerminalColor(75), underline: true),
        border: CellStyle(foreground: TerminalColor(240)),
        status: CellStyle(foreground: TerminalColor(252), background: TerminalColor(236)),
        error: CellStyle(foreground: TerminalColor(231), background: TerminalColor(124), bold: true),
        overlay: CellStyle(foreground: TerminalColor(252), background: TerminalColor(235)),
        liked: CellStyle(foreground: TerminalColor(114), bold: true),
        disliked: CellStyle(foreground: TerminalColor(174))
    )

    /// For terminals with 8 colours.
    public static let basic = Theme(
        title: CellStyle(foreground: TerminalColor(7), background: TerminalColor(4), bold: true),
        text: .plain,
        unread: CellStyle(bold: true),
        selected: CellStyle(reverse: true),
        selectedUnfocused: CellStyle(underline: true),
        star: CellStyle(foreground: TerminalColor(3), bold: true),
        tag: CellStyle(foreground: TerminalColor(2)),
        secondary: CellStyle(dim: true),
        heading: CellStyle(foreground: TerminalColor(6), bold: true),
        link: CellStyle(foreground: TerminalColor(4), underline: true),
        border: CellStyle(dim: true),
        status: CellStyle(reverse: true),
        error: CellStyle(foreground: TerminalColor(7), background: TerminalColor(1), bold: true),
        overlay: CellStyle(reverse: true),
        liked: CellStyle(foreground: TerminalColor(2), bold: true),
        disliked: CellStyle(foreground: TerminalColor(1))
    )

    /// No colour at all (NO_COLOR): attributes only.
    public static let monochrome = Theme(
        title: CellStyle(bold: true, reverse: true), text: .plain, unread: CellStyle(bold: true),
        selected: CellStyle(reverse: true), selectedUnfocused: CellStyle(underline: true),
        star: CellStyle(bold: true), tag: CellStyle(dim: true), secondary: CellStyle(dim: true),
        heading: CellStyle(bold: true), link: CellStyle(underline: true), border: CellStyle(dim: true),
        status: CellStyle(reverse: true), error: CellStyle(bold: true, reverse: true), overlay: CellStyle(reverse: true),
        liked: CellStyle(underline: true), disliked: CellStyle(dim: true)
    )

    /// Picks the theme for the environment and the terminal's colour count.
    public static func choose(name: String?, colors: Int, noColor: Bool) -> Theme {
        if noColor || name == "monochrome" || colors < 8 { return .monochrome }
        if name == "basic" || colors < 256 { return .basic }
        return .standard
    }
}
