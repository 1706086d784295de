/// The program and arguments that open a URL: `$BROWSER` read as a shell word list (quotes and
/// backslashes as a shell reads them, but no shell runs), `%s` replaced by the URL when present (as
/// xdg-open and sensible-browser users write it), else the URL appended; `xdg-open` when unset.
public struct BrowserCommand: Sendable, Equatable {
    public let arguments: [String]

    public var program: String { arguments.first ?? "" }

    /// Openers whose option parser takes `--` as the end of options. xdg-open, sensible-browser,
    /// firefox, w3m and lynx do not (xdg-open refuses it as an unknown option), so they get the URL
    /// alone; a checked URL starts with `http`, so it cannot be read as an option anyway.
    static let takesEndOfOptions: Set<String> = [
        "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "brave-browser", "microsoft-edge",
        "vivaldi",
    ]

    /// Browsers that run in the terminal: the reader hands the terminal over and waits for them.
    static let textMode: Set<String> = ["w3m", "lynx", "links", "links2", "elinks", "browsh", "carbonyl", "www-browser"]

    /// A text-mode browser, which needs the terminal the reader is drawn on.
    public var usesTerminal: Bool {
        Self.textMode.contains(program.split(separator: "/").last.map(String.init) ?? program)
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unterminatedQuote
        case empty

        public var description: String {
            switch self {
            case .unterminatedQuote: "$BROWSER has a quote that is never closed: fix it, or unset it to use xdg-open"
            case .empty: "$BROWSER names no program: set it to your browser, or unset it to use xdg-open"
            }
        }
    }

    public init(browser: String?, url: String) throws(Problem) {
        guard let browser, !browser.allSatisfy(\.isWhitespace) else {
            arguments = ["xdg-open", url]
            return
        }
        let words = try Self.words(browser)
        guard let program = words.first, !program.isEmpty else { throw .empty }
        if words.contains(where: { $0.contains("%s") }) {
            arguments = [program] + words.dropFirst().map { $0.replacingOccurrences(of: "%s", with: url) }
        } else {
            let name = program.split(separator: "/").last.map(String.init) ?? program
            arguments = words + (Self.takesEndOfOptions.contains(name) ? ["--", url] : [url])
        }
    }

    /// Splits `text` into words as a POSIX shell does, without expansions: whitespace separates,
    /// '…' keeps everything, "…" keeps everything but `\` before `"`, `\`, `$` or a backquote, and a
    /// backslash outside quotes keeps the next character.
    public static func words(_ text: String) throws(Problem) -> [String] {
        enum Quote { case none, single, double }
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote = Quote.none
        var escaped = false
        for character in text {
            if escaped {
                if quote == .double, !["\"", "\\", "$", "`"].contains(character) { current.append("\\") }
                current.append(character)
                escaped = false
                inWord = true
                continue
            }
            switch (quote, character) {
            case (.single, "'"): quote = .none
            case (.single, _): current.append(character)
            case (.double, "\""): quote = .none
            case (.double, "\\"), (.none, "\\"): escaped = true
            case (.double, _): current.append(character)
            case (.none, "'"):
                quote = .single
                inWord = true
            case (.none, "\""):
                quote = .double
                inWord = true
            case (.none, _) where character.isWhitespace:
                if inWord { words.append(current) }
                current = ""
                inWord = false
            case (.none, _):
                current.append(character)
                inWord = true
            }
        }
        guard quote == .none, !escaped else { throw .unterminatedQuote }
        if inWord { words.append(current) }
        return words
    }
}
