/// A key or mouse event as the reader sees it, independent of the terminal library.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, tab, backTab, escape, backspace
    case mouseClick(row: Int, column: Int)
    case wheelUp, wheelDown

    /// Parses a key name as written in config.toml: `j`, `G`, `Space`, `Enter`, `Tab`, `Esc`, `Up`,
    /// `PgDn`, `Home`, `C-l`.
    public init?(name: String) {
        switch name.lowercased() {
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "home": self = .home
        case "end": self = .end
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "enter", "return": self = .enter
        case "tab": self = .tab
        case "backtab", "s-tab": self = .backTab
        case "esc", "escape": self = .escape
        case "backspace": self = .backspace
        case "space": self = .character(" ")
        default:
            if name.count == 1, let character = name.first {
                self = .character(character)
            } else if name.lowercased().hasPrefix("c-"), name.count == 3, let letter = name.last {
                self = .control(Character(letter.lowercased()))
            } else {
                return nil
            }
        }
    }

    /// How the help overlay names the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-\(letter.uppercased())"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .mouseClick: "click"
        case .wheelUp: "wheel up"
        case .wheelDown: "wheel down"
        }
    }
}
