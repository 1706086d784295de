import Foundation

/// The keywords as one line to edit (`K` in the reader): separated by commas (or, in a line without
/// one, by spaces), a phrase in double quotes or between commas, a leading `-` for a keyword that
/// pushes down: `diffusion, "kv cache", -survey` or `diffusion, kv cache, -survey`.
public enum KeywordLine {
    public static func format(_ keywords: PreferenceKeywords) -> String {
        keywords.keywords.map { keyword in
            // A quote inside is no word, and would end the phrase early when the line is read back.
            let text = keyword.text.filter { $0 != "\"" }
            let quoted = text.contains(where: { $0.isWhitespace || $0 == "," }) ? "\"\(text)\"" : text
            return (keyword.isNegative ? "-" : "") + quoted
        }.joined(separator: ", ")
    }

    /// The keywords of a line; an empty line has none.
    public static func parse(_ line: String) throws(KeywordLineError) -> PreferenceKeywords {
        var keywords: [PreferenceKeyword] = []
        for entry in try entries(line) {
            guard entry != "-" else { throw .lonePushDown }
            guard let keyword = PreferenceKeyword(entry) else { throw .noWord(entry) }
            keywords.append(keyword)
        }
        return PreferenceKeywords(keywords: keywords)
    }

    /// The entries as written, quotes kept.
    private static func entries(_ line: String) throws(KeywordLineError) -> [String] {
        let pieces = try split(line) { $0 == "," }
        // With commas, the words between two of them are one keyword (`kv cache, diffusion`), unless
        // quotes say where a phrase is; without, each word or quoted phrase is one.
        guard pieces.count > 1 else { return try split(line) { $0 == "," || $0.isWhitespace } }
        var entries: [String] = []
        for piece in pieces {
            entries += piece.contains("\"") ? try split(piece) { $0.isWhitespace } : [piece]
        }
        return entries
    }

    /// The non-empty pieces of `text` between separators outside double quotes, trimmed, quotes kept.
    private static func split(_ text: String, at isSeparator: (Character) -> Bool) throws(KeywordLineError) -> [String] {
        var pieces: [String] = []
        var current = ""
        var inQuotes = false
        func finish() {
            let piece = current.trimmingCharacters(in: .whitespaces)
            if !piece.isEmpty { pieces.append(piece) }
            current = ""
        }
        for character in text {
            if character == "\"" {
                inQuotes.toggle()
                current.append(character)
            } else if !inQuotes, isSeparator(character) {
                finish()
            } else {
                current.append(character)
            }
        }
        if inQuotes { throw .unclosedQuote }
        finish()
        return pieces
    }
}

/// Why a line of keywords cannot be read, as the status line says it.
public enum KeywordLineError: Error, Equatable, CustomStringConvertible {
    case unclosedQuote
    case lonePushDown
    case noWord(String)

    public var description: String {
        switch self {
        case .unclosedQuote: "a quote is not closed: write \"kv cache\" with both quotes"
        case .lonePushDown: "a lone '-' pushes nothing down: write -survey"
        case .noWord(let entry): "\(entry) has no word to match"
        }
    }
}
