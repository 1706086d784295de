import ReaderUI

/// Text from a feed, a venue or an LLM made fit for the command line's output: nothing in it can
/// drive the terminal (the reader's sanitizer), and titles read as the reader shows them.
enum CLIText {
    static func plain(_ text: String) -> String {
        Sanitize.terminalText(text)
    }

    static func paragraphs(_ text: String) -> String {
        Sanitize.terminalText(text, keepNewlines: true)
    }

    /// Common LaTeX as text (`$\alpha$` as α). Sanitized before rendering, so an escape sequence's
    /// payload is gone before the renderer sees it, and after, so nothing the renderer makes escapes.
    static func title(_ text: String) -> String {
        Sanitize.terminalText(LaTeXText.render(Sanitize.terminalText(text)))
    }

    /// An abstract as the reader shows it: paragraphs kept, each with its LaTeX read as text.
    static func abstract(_ text: String) -> String {
        paragraphs(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { Sanitize.terminalText(LaTeXText.render(String($0))) }.joined(separator: "\n")
    }
}
