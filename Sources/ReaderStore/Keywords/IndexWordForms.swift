import Foundation

/// Words as the search index sees them: split, case and accents folded, and Porter-stemmed by the
/// tokenizer `paper_fts` was created with, so `models`, `Modeling` and `modeled` are all `model` and
/// `Schrödinger` is `schroding`. A keyword matches a title exactly where a search for it would.
public enum IndexWordForms {
    /// A word of a text: its form, and where the word stands in the text (whole characters).
    public struct Word: Sendable, Equatable {
        public let form: String
        public let range: Range<String.Index>
    }

    /// The words of `text` in order.
    public static func words(in text: String) -> [Word] {
        words(in: [text])[0]
    }

    /// The words of each text, read in one go (for scoring a whole list).
    public static func words(in texts: [String]) -> [[Word]] {
        let tokens = IndexTokenizer.shared.tokens(of: texts)
        return zip(texts, tokens).map { text, tokens in
            tokens.map { token in
                let utf8 = text.utf8
                let lower = aligned(utf8.index(utf8.startIndex, offsetBy: token.bytes.lowerBound), in: text, up: false)
                let upper = aligned(utf8.index(utf8.startIndex, offsetBy: token.bytes.upperBound), in: text, up: true)
                return Word(form: token.form, range: lower..<upper)
            }
        }
    }

    /// The tokenizer splits between code points, a character may hold several (`e` and a combining
    /// accent): a range is widened to whole characters so that drawing it never splits one.
    private static func aligned(_ index: String.Index, in text: String, up: Bool) -> String.Index {
        var index = index
        while index.samePosition(in: text) == nil {
            index = up ? text.unicodeScalars.index(after: index) : text.unicodeScalars.index(before: index)
        }
        return index
    }
}
