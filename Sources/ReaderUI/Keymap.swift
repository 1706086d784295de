/// Keys to commands: the defaults, with the user's bindings from config.toml on top.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [Key: Command]

    public static let defaults: [Key: Command] = [
        .character("j"): .moveDown, .down: .moveDown, .character("k"): .moveUp, .up: .moveUp,
        .character("g"): .top, .home: .top, .character("G"): .bottom, .end: .bottom,
        .pageDown: .pageDown, .character(" "): .pageDown, .control("f"): .pageDown,
        .pageUp: .pageUp, .character("b"): .pageUp, .control("b"): .pageUp,
        .tab: .cycleFocus, .enter: .open, .character("s"): .toggleStar, .character("r"): .toggleRead,
        .character("n"): .nextUnread, .character("p"): .previousUnread,
        .character("u"): .toggleUnreadOnly, .character("*"): .toggleStarredOnly,
        .character("["): .previousDay, .character("]"): .nextDay, .character("c"): .categoryPicker,
        .character("R"): .sync, .character("o"): .openPDF, .character("O"): .openAbstractPage,
        .character("y"): .copyLink, .character("f"): .faq, .character("F"): .regenerateFAQ,
        .character("L"): .faqLanguage, .character("/"): .search, .character("v"): .venues, .character("V"): .toggleVenueOnly, .character(":"): .openReference,
        .character("="): .related, .character("N"): .previousUnread, .character("x"): .stopFAQ, .character("?"): .help, .character("q"): .back, .escape: .back,
        .character("Q"): .quit, .control("l"): .redraw, .character("i"): .inbox,
        .character("A"): .markAllRead, .character("U"): .undoMarkAllRead,
        .character("d"): .toggleDismissed, .character("D"): .toggleShowDismissed, .character("K"): .editKeywords, .character("W"): .watch, .character("e"): .editNote, .character("t"): .editTags,
        .character("S"): .cycleSort,
    ]

    public init(overrides: [Key: Command] = [:]) {
        bindings = Self.defaults.merging(overrides) { _, user in user }
    }

    private init(bindings: [Key: Command]) {
        self.bindings = bindings
    }

    /// Parses `[keys]` from config: command name to a key name or a list of them. A command named
    /// there loses its default keys (the binding replaces them), and a key left bound to two commands
    /// is an error naming both.
    public static func parse(_ table: [String: [String]]) throws(KeymapError) -> Keymap {
        var chosen: [Key: Command] = [:]
        var rebound = Set<Command>()
        for name in table.keys.sorted() {
            // `previous-match` was N's own command until notes and tags needed its row in the help; it
            // always did what `previous-unread` does, and a config naming it still works.
            guard let command = Command(rawValue: name) ?? (name == "previous-match" ? .previousUnread : nil) else {
                throw .unknownCommand(name)
            }
            rebound.insert(command)
            for keyName in table[name] ?? [] {
                guard let key = Key(name: keyName) else { throw .unknownKey(keyName) }
                if let other = chosen[key], other != command {
                    throw .clash(key: key.label, first: other.rawValue, second: command.rawValue, otherIsDefault: false)
                }
                chosen[key] = command
            }
        }
        var bindings = defaults.filter { !rebound.contains($0.value) }
        for (key, command) in chosen.sorted(by: { $0.value.rawValue < $1.value.rawValue }) {
            if let other = bindings[key], other != command {
                throw .clash(key: key.label, first: other.rawValue, second: command.rawValue, otherIsDefault: true)
            }
            bindings[key] = command
        }
        return Keymap(bindings: bindings)
    }

    public func command(for key: Key) -> Command? { bindings[key] }

    /// The keys bound to a command, in a stable order for the help overlay.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.value == command }.map(\.key).sorted { $0.label < $1.label }
    }

    /// How hints name the key of a command: a letter if one is bound, else a named key (PgDn, Enter),
    /// else Space or a Ctrl chord; nil when the command has no key.
    public func label(for command: Command) -> String? {
        func rank(_ key: Key) -> Int {
            switch key {
            case .character(" "): 2
            case .character: 0
            case .control: 3
            case .mouseClick, .wheelUp, .wheelDown: 4
            default: 1
            }
        }
        return keys(for: command).min { rank($0) < rank($1) }?.label
    }

    /// The key to name in a sentence ("F generates it again"); the command's name when it has no key.
    public func keyName(for command: Command) -> String {
        label(for: command) ?? command.rawValue
    }

    /// The key to name for a command, `preferred` while it is bound to it: "Esc goes back" reads
    /// better than "q goes back" where Esc is what one just pressed.
    public func keyName(for command: Command, preferring preferred: Key) -> String {
        bindings[preferred] == command ? preferred.label : keyName(for: command)
    }

    /// Esc, while it is back's key, first stops a FAQ being written (only then goes back).
    public static let backKeyStoppingFAQ = Key.escape

    /// The key hints name for stopping a FAQ: Esc while back has it, else stop-faq's own.
    public var stopFAQKeyName: String {
        bindings[Self.backKeyStoppingFAQ] == .back ? Self.backKeyStoppingFAQ.label : keyName(for: .stopFAQ)
    }
}

public enum KeymapError: Error, CustomStringConvertible, Equatable {
    case unknownCommand(String)
    case unknownKey(String)
    /// `key` bound to two commands; `otherIsDefault` when `first` holds it by default.
    case clash(key: String, first: String, second: String, otherIsDefault: Bool)

    public var description: String {
        switch self {
        case .unknownCommand(let name):
            "config.toml [keys] names '\(name)', which is not a command (see `?` in the reader)"
        case .unknownKey(let name):
            "config.toml [keys] names the key '\(name)', which papers-tui does not know (try j, G, Space, PgDn, C-l)"
        case .clash(let key, let first, let second, true):
            "config.toml [keys] binds \(key) to \(second), but \(key) is \(first)'s key by default: bind \(first) to another key in [keys] too"
        case .clash(let key, let first, let second, false):
            "config.toml [keys] binds \(key) to both \(first) and \(second): give each its own key"
        }
    }
}
